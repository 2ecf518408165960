package org.certex.dashboard.views;

/** An organisation taking part in a run, as the page shows it. */
public record ParticipantView(String id, String name, String country, String kind) {}
