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
   * run at 1x must keep up with it: a dry run's pipeline took about 10,000 alerts a second (30
   * participants, five addressees each) on a loaded 2-core machine, so 1,000 leaves a live run room
   * for the dashboard and the players.
   */
  public static final double NOISE_PER_SECOND = 1_000;

  /**
   * The most noise alerts a run may be expected to publish (each profile's rate times the exercise
   * duration, all profiles together). A dry run plays everything at full speed and streams its
   * event log through disk, so its memory does not grow with this, but its time and disk do:
   * 1,000,000 alerts of 30 participants, five addressees each, took 6.5 to 8 minutes within a 1 GB
   * heap on a loaded 2-core machine and made 8,000,000 events, an {@code events.jsonl} of 8.9 GB (9
   * KB per alert, most of it each decision's verdicts) and about 13 GB of temporary data besides
   * (4.6 GB of broker logs, the rest the log's sorted chunks). Ten times more would take an hour
   * and 200 GB.
   */
  public static final long NOISE_ALERTS = 1_000_000;

  private ScenarioLimits() {}
}
