package org.certex.schemas;

import java.time.Duration;

/**
 * The bounds of exercise control's requests, shared by the engine that applies them and by every
 * place they enter (the CLI, the dashboard's control endpoint), so that a request one accepts the
 * others accept too.
 */
public final class ControlLimits {

  /** The slowest exercise clock: scenario seconds per wall second. */
  public static final double MIN_SPEED = 1;

  /** The fastest exercise clock: an hour of scenario time per wall second. */
  public static final double MAX_SPEED = 3600;

  /** The longest jump asked for: longer than any exercise. */
  public static final Duration MAX_JUMP = Duration.ofDays(3650);

  private ControlLimits() {}
}
