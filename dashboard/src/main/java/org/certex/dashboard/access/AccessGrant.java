package org.certex.dashboard.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * What one link opened for a page's session: a role in one run. A session gathers the grants of
 * every link opened in it ({@link SessionGrants}), e.g. two runs, or control and one team.
 */
record AccessGrant(String runId, AccessRole role) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  AccessGrant {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(role, "role");
  }
}
