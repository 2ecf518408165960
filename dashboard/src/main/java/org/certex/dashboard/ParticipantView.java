package org.certex.dashboard;

/** An organisation taking part in a run, as the page shows it. */
record ParticipantView(String id, String name, String country, String kind) {}
