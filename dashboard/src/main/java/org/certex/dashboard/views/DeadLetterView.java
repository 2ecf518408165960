package org.certex.dashboard.views;

import java.time.Instant;

/**
 * A record parked on the run's dead-letter topic, as exercise control's page lists it: why, and
 * from which topic; never its payload.
 *
 * @param topic null when the dead letter's headers do not say
 * @param at the dead letter's timestamp, or null
 */
public record DeadLetterView(String reason, String topic, Instant at) {}
