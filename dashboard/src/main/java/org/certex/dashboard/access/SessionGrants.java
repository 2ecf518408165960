package org.certex.dashboard.access;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The Spring Security authentication a page's HTTP session carries: the grants of the links opened
 * in it ({@link KeyExchangeFilter}). No key is kept, only what it opened; the session cookie stands
 * for them. Bounded: past {@value #MAX_GRANTS} grants the oldest is forgotten.
 */
final class SessionGrants extends AbstractAuthenticationToken {

  @Serial private static final long serialVersionUID = 1L;

  /** More links than anyone opens in one browser during an exercise. */
  static final int MAX_GRANTS = 32;

  private final List<AccessGrant> grants;

  private SessionGrants(List<AccessGrant> grants) {
    super(AuthorityUtils.NO_AUTHORITIES);
    this.grants = List.copyOf(grants);
    setAuthenticated(true);
  }

  static SessionGrants of(AccessGrant grant) {
    return new SessionGrants(List.of(grant));
  }

  /** These grants and {@code grant}, which replaces none (a session may hold several per run). */
  SessionGrants with(AccessGrant grant) {
    List<AccessGrant> all = new ArrayList<>(grants);
    all.remove(grant);
    all.add(grant);
    while (all.size() > MAX_GRANTS) {
      all.remove(0);
    }
    return new SessionGrants(all);
  }

  List<AccessGrant> grants() {
    return grants;
  }

  /** The roles this session holds in {@code runId}. */
  List<AccessRole> rolesIn(String runId) {
    return grants.stream().filter(g -> g.runId().equals(runId)).map(AccessGrant::role).toList();
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return "page session";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionGrants that && grants.equals(that.grants);
  }

  @Override
  public int hashCode() {
    return grants.hashCode();
  }
}
