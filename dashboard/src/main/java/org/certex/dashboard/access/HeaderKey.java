package org.certex.dashboard.access;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The Spring Security authentication of an API client that sends its key in the {@value
 * AccessInterceptor#KEY_HEADER} header on each call: stateless, never stored in a session. What the
 * key opens depends on the run and CERT the handler's path names, so {@link ClearancePolicy} checks
 * it there, by handler. A browser never adds this header to a cross-site request, so these calls
 * need no CSRF token.
 */
final class HeaderKey extends AbstractAuthenticationToken {

  @Serial private static final long serialVersionUID = 1L;

  private final transient String key;

  HeaderKey(String key) {
    super(AuthorityUtils.NO_AUTHORITIES);
    this.key = key;
  }

  String key() {
    return key;
  }

  @Override
  public Object getCredentials() {
    return key;
  }

  @Override
  public Object getPrincipal() {
    return "API client";
  }

  @Override
  public boolean equals(Object other) {
    return other == this;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "HeaderKey[key hidden]";
  }
}
