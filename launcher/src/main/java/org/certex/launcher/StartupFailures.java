package org.certex.launcher;

import org.springframework.boot.web.server.PortInUseException;

/** Turns start-up exceptions into one sentence a user can act on. */
final class StartupFailures {

  private StartupFailures() {}

  /**
   * @param port the dashboard's port (-1 for a process without one); a port in use that is another
   *     one is the management server's
   */
  static String explain(Throwable failure, int port) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PortInUseException inUse && inUse.getPort() == port) {
        return "port " + port + " is already in use; choose another with --port N";
      }
      if (t instanceof PortInUseException inUse) {
        return "management port "
            + inUse.getPort()
            + " (health and metrics) is already in use; choose another with"
            + " management.server.port or MANAGEMENT_SERVER_PORT";
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
