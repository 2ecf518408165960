package org.certex.producers.exercise;

/**
 * How to play a run.
 *
 * @param speed scenario seconds per wall-clock second (live runs)
 * @param seed the seed for noise and mixed automatic players
 * @param players automatic players for a dry run; null for a live run (trainees play)
 */
public record RunOptions(double speed, long seed, PlayerMode players) {

  public static RunOptions live(double speed, long seed) {
    return new RunOptions(speed, seed, null);
  }

  public static RunOptions dryRun(long seed, PlayerMode players) {
    return new RunOptions(1, seed, players);
  }

  public boolean dryRun() {
    return players != null;
  }
}
