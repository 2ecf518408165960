package org.certex.dashboard.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.certex.dashboard.web.RequestBodyIntake;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's masked CSRF tokens, looked for in the request header only: the default would
 * fall back to a form parameter, and reading one means reading the body of a request not yet let in
 * (the body intake reads it later, without holding a thread; see {@link RequestBodyIntake}).
 */
final class HeaderCsrfTokenHandler implements CsrfTokenRequestHandler {

  private final XorCsrfTokenRequestAttributeHandler masked =
      new XorCsrfTokenRequestAttributeHandler();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
    masked.handle(request, response, csrfToken);
  }

  @Override
  public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
    if (request.getHeader(csrfToken.getHeaderName()) == null) {
      return null;
    }
    return masked.resolveCsrfTokenValue(request, csrfToken);
  }
}
