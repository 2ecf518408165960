package org.certex.producers.scenario;

/**
 * Limits of a scenario file as a whole, beyond those of the records it becomes ({@link
 * org.certex.schemas.RecordLimits}, which the loader checks every field against). They keep {@code
 * validate}, {@code run} and {@code dry-run} in agreement: a file within them is read in time
 * linear in its size, and a run of it ends.
 */
public final class ScenarioLimits {

  /**
   * The largest file read, checked before parsing: 4 MiB, a hundred times the largest shipped drill
   * (38 KB), and room for an MSEL of a thousand injects with long texts.
   */
  public static final long FILE_BYTES = 4L * 1024 * 1024;

  /**
   * The longest line, checked before parsing. SnakeYAML's reader copies its buffer for every 1 KB
   * it reads while one token lasts, so a token of n characters costs n squared (a 50 MB scalar took
   * 508 s); bounding the line bounds every token but block scalars, which SnakeYAML reads line by
   * line, so reading stays linear. Four times {@link org.certex.schemas.RecordLimits#TEXT_CHARS}:
   * the longest text fits on one line, quoted and escaped.
   */
  public static final int LINE_CHARS = 65_536;

  /**
   * The most noise alerts per second of scenario time, all profiles together. The engine draws
   * noise gaps in whole milliseconds, so one profile never exceeds 1,000 a second anyway; a live
   * run at 1x must keep up with it (a dry run's pipeline measured about 2,000 alerts a second on a
   * 2-core machine).
   */
  public static final double NOISE_PER_SECOND = 1_000;

  /**
   * The most noise alerts a run may be expected to publish (each profile's rate times the exercise
   * duration, all profiles together). A dry run plays everything at full speed and keeps its event
   * log in memory to sort it: 36,000 noise alerts took 24 s on a quiet 2-core machine (57 s under
   * load), wrote about 70 MB of broker data and made 153,000 events. This bound keeps a dry run to
   * a few minutes, a few hundred MB of temporary data and about half a million events.
   */
  public static final long NOISE_ALERTS = 100_000;

  private ScenarioLimits() {}
}
