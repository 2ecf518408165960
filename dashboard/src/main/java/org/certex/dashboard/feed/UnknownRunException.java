package org.certex.dashboard.feed;

import java.util.SortedSet;

/** The runs topic holds no run of that id; the message names the runs it holds. */
public final class UnknownRunException extends RuntimeException {

  private static final int NAMED = 20;

  private final String runId;

  UnknownRunException(String runId, SortedSet<String> known) {
    super(message(runId, known));
    this.runId = runId;
  }

  public String runId() {
    return runId;
  }

  private static String message(String runId, SortedSet<String> known) {
    if (known.isEmpty()) {
      return "no run " + runId + ": the cluster holds no run at all";
    }
    String named =
        known.size() <= NAMED
            ? String.join(", ", known)
            : String.join(", ", known.stream().limit(NAMED).toList())
                + " and "
                + (known.size() - NAMED)
                + " more";
    return "no run " + runId + " on the cluster; it holds " + named;
  }
}
