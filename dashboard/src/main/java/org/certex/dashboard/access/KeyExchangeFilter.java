package org.certex.dashboard.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Exchanges the key of a page link ({@code /?run=R&key=K}, {@code /?run=R&cert=ORG&key=K}, {@code
 * /?run=R&role=evaluator&key=K}) for a grant in the page's HTTP session, so the key leaves the
 * address bar before it can leak through history, logs or a Referer header. A valid key adds its
 * grant to those the session holds ({@link SessionGrants}: several runs, or control and a team, may
 * share a browser), the session id changes (no fixation: an id planted before the exchange opens
 * nothing) and the answer is 303 to the same address without {@code key}. An invalid key grants
 * nothing, makes no session and is taken out of the address all the same (303 without it): the page
 * then shows that it needs the link, and a key that opens something elsewhere (another run's,
 * another CERT's) stays out of this browser's history.
 */
final class KeyExchangeFilter extends OncePerRequestFilter {

  static final String KEY_PARAMETER = "key";
  static final String RUN_PARAMETER = "run";
  static final String CERT_PARAMETER = "cert";

  /** Longer than any key (43 characters) or run id a link carries; the rest is not looked at. */
  static final int MAX_PARAMETER_LENGTH = 256;

  private static final Set<String> PAGES = Set.of("/", "/index.html");
  private static final Logger log = LoggerFactory.getLogger(KeyExchangeFilter.class);

  private final AccessKeys keys;
  private final SecurityContextRepository contexts;
  private final SessionAuthenticationStrategy sessions;
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();

  KeyExchangeFilter(
      AccessKeys keys, SecurityContextRepository contexts, SessionAuthenticationStrategy sessions) {
    this.keys = keys;
    this.contexts = contexts;
    this.sessions = sessions;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !HttpMethod.GET.matches(request.getMethod())
        || !PAGES.contains(request.getRequestURI().substring(request.getContextPath().length()))
        || request.getQueryString() == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, String> query = queryOf(request.getQueryString());
    if (!query.containsKey(KEY_PARAMETER)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AccessGrant> grant = grantOf(query);
    if (grant.isEmpty()) {
      log.debug("A page link's key opened nothing: the page loads without a grant");
      response.setStatus(HttpStatus.SEE_OTHER.value());
      response.setHeader(HttpHeaders.LOCATION, withoutKey(request));
      return;
    }
    SessionGrants granted =
        holder.getContext().getAuthentication() instanceof SessionGrants held
            ? held.with(grant.get())
            : SessionGrants.of(grant.get());
    sessions.onAuthentication(granted, request, response);
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(granted);
    holder.setContext(context);
    contexts.saveContext(context, request, response);
    response.setStatus(HttpStatus.SEE_OTHER.value());
    response.setHeader(HttpHeaders.LOCATION, withoutKey(request));
  }

  private Optional<AccessGrant> grantOf(Map<String, String> query) {
    String runId = query.get(RUN_PARAMETER);
    String key = query.get(KEY_PARAMETER);
    String certId = query.get(CERT_PARAMETER);
    if (!bounded(runId) || !bounded(key) || (certId != null && !bounded(certId))) {
      return Optional.empty();
    }
    return keys.roleOf(runId, key, certId).map(role -> new AccessGrant(runId, role));
  }

  private static boolean bounded(String value) {
    return value != null && !value.isBlank() && value.length() <= MAX_PARAMETER_LENGTH;
  }

  /** The first value of each parameter, decoded. */
  private static Map<String, String> queryOf(String query) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
      values.putIfAbsent(name, value);
    }
    return values;
  }

  /** The page's own address, relative, with its query as it came but for every {@code key}. */
  private static String withoutKey(HttpServletRequest request) {
    List<String> kept = new ArrayList<>();
    for (String pair : request.getQueryString().split("&")) {
      int equals = pair.indexOf('=');
      String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
      if (!name.equals(KEY_PARAMETER) && !pair.isEmpty()) {
        kept.add(pair);
      }
    }
    String path = request.getRequestURI();
    return kept.isEmpty() ? path : path + "?" + String.join("&", kept);
  }

  private static String decoded(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
