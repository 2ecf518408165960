package org.certex.producers.exercise;

/**
 * How to play a run.
 *
 * @param speed scenario seconds per wall-clock second (live runs)
 * @param seed the seed for noise and mixed automatic players
 * @param players automatic players for a dry run; null for a live run (trainees play)
 * @param hold whether a live run waits before STARTEX for exercise control's START ({@code certex
 *     run --hold}); a dry run has no exercise control to wait for
 */
public record RunOptions(double speed, long seed, PlayerMode players, boolean hold) {

  public RunOptions {
    if (hold && players != null) {
      throw new IllegalArgumentException("a dry run cannot be held: no one would start it");
    }
  }

  public static RunOptions live(double speed, long seed) {
    return new RunOptions(speed, seed, null, false);
  }

  public static RunOptions dryRun(long seed, PlayerMode players) {
    return new RunOptions(1, seed, players, false);
  }

  /** These options, held before STARTEX or not. */
  public RunOptions held(boolean held) {
    return new RunOptions(speed, seed, players, held);
  }

  public boolean dryRun() {
    return players != null;
  }
}
