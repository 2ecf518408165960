package org.certex.dashboard.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.certex.dashboard.web.RequestBodyIntake;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an API client carry its key in the {@value AccessInterceptor#KEY_HEADER} header on each
 * call, as before sessions: the request is then the key's alone ({@link HeaderKey}), whatever
 * session cookie it also carries, and nothing is stored. The key is checked against the handler's
 * run and CERT by {@link AccessInterceptor}, once they are known.
 */
public final class HeaderKeyFilter extends OncePerRequestFilter {

  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();

  static boolean carriesKey(HttpServletRequest request) {
    String key = request.getHeader(AccessInterceptor.KEY_HEADER);
    return key != null && !key.isBlank();
  }

  /**
   * Again on the dispatch after a body was read ({@link RequestBodyIntake}): the access check runs
   * there too, and the key is this request's only credential.
   */
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!carriesKey(request)) {
      chain.doFilter(request, response);
      return;
    }
    Supplier<SecurityContext> before = holder.getDeferredContext();
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(new HeaderKey(request.getHeader(AccessInterceptor.KEY_HEADER)));
    holder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      holder.setDeferredContext(before);
    }
  }
}
