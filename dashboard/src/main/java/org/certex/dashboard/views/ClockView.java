package org.certex.dashboard.views;

import java.time.Instant;

/**
 * The exercise's clock as everyone may see it (it carries no alert content): where scenario time
 * stands, how fast it runs, whether exercise control paused it or holds it before STARTEX, and the
 * run's status.
 *
 * @param scenarioTime the engine's latest, or the scenario's start before the engine said any
 * @param speed scenario seconds per wall second; null in a dry run or before the engine said
 */
public record ClockView(
    Instant scenarioTime, Double speed, boolean paused, boolean held, String status) {}
