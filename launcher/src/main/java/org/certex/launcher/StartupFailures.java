package org.certex.launcher;

import org.springframework.boot.web.server.PortInUseException;

/** Turns start-up exceptions into one sentence a user can act on. */
final class StartupFailures {

  private StartupFailures() {}

  static String explain(Throwable failure, int port) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PortInUseException) {
        return "port " + port + " is already in use; choose another with --port N";
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
