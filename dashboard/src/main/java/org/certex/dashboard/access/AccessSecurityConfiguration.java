package org.certex.dashboard.access;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.certex.dashboard.web.Problems;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The capability links carried by Spring Security. A link's key is exchanged for a session grant
 * ({@link KeyExchangeFilter}); an API client's key in the {@value AccessInterceptor#KEY_HEADER}
 * header stands for itself ({@link HeaderKeyFilter}). Who may call which handler is still decided
 * by handler, in {@link AccessInterceptor}: this chain authorizes no URL, it only says who the
 * caller is. Around that: CSRF protection of every write a session cookie authenticates, the
 * session cookie's flags, and the security headers of every answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class AccessSecurityConfiguration {

  /** The header the page sends its CSRF token in, as {@code GET /api/session} tells it. */
  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  /** No inline script or style, nothing from elsewhere, no framing, no plugins. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self';"
          + " object-src 'none'";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

  @Bean
  SecurityFilterChain dashboardSecurity(HttpSecurity http, AccessKeys keys) throws Exception {
    HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    csrfTokens.setHeaderName(CSRF_HEADER);
    SecurityContextRepository contexts =
        new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(),
            new HttpSessionSecurityContextRepository());
    SessionAuthenticationStrategy sessions =
        new CompositeSessionAuthenticationStrategy(
            List.of(
                new ChangeSessionIdAuthenticationStrategy(),
                new CsrfAuthenticationStrategy(csrfTokens)));
    http.securityContext(context -> context.securityContextRepository(contexts))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(new HeaderCsrfTokenHandler())
                    .requireCsrfProtectionMatcher(cookieAuthenticatedWrite()))
        .exceptionHandling(errors -> errors.accessDeniedHandler(csrfRefusal()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .frameOptions(frames -> frames.deny()))
        .sessionManagement(session -> session.sessionAuthenticationStrategy(sessions))
        .requestCache(cache -> cache.disable())
        .logout(logout -> logout.disable())
        .addFilterBefore(new HeaderKeyFilter(), CsrfFilter.class)
        .addFilterBefore(new KeyExchangeFilter(keys, contexts, sessions), CsrfFilter.class);
    return http.build();
  }

  /**
   * A write is CSRF-checked when a session could have authenticated it: it carries no key header (a
   * browser adds none cross-site, so those calls are the client's own) and a session exists. A
   * request without a session holds no grant and is refused by the access check anyway; not
   * checking it keeps cookieless clients from making a session per request.
   */
  private static RequestMatcher cookieAuthenticatedWrite() {
    return request ->
        !SAFE_METHODS.contains(request.getMethod())
            && !HeaderKeyFilter.carriesKey(request)
            && hasSession(request);
  }

  private static boolean hasSession(HttpServletRequest request) {
    return request.getSession(false) != null;
  }

  private static AccessDeniedHandler csrfRefusal() {
    return (request, response, denied) ->
        Problems.write(
            response,
            HttpStatus.FORBIDDEN,
            "This call needs the page's CSRF token in the "
                + CSRF_HEADER
                + " header, as GET /api/session gives it: reload the page",
            request.getRequestURI());
  }

  /**
   * The session cookie: sent only by the page's own site ({@code SameSite=Strict}), out of reach of
   * scripts ({@code HttpOnly}), never in a URL; Tomcat marks it {@code Secure} on HTTPS requests.
   */
  @Bean
  ServletContextInitializer sessionCookie() {
    return servletContext -> {
      servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
      SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
      cookie.setHttpOnly(true);
      cookie.setAttribute("SameSite", "Strict");
    };
  }

  /**
   * The dashboard has no users: links' keys are its only credentials. This keeps Spring Boot from
   * making a default user with a generated password.
   */
  @Bean
  AuthenticationManager noUsers() {
    return authentication -> {
      throw new ProviderNotFoundException("The dashboard has no users, only access links");
    };
  }
}
