package org.certex.dashboard.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The links exercise control hands out for a run, for a launcher to print: one per trainee team,
 * opening only that CERT's inbox of the run, one for exercise control, opening the whole run, and
 * one for evaluators, reading the whole run without changing anything. Each link carries its key:
 * hand links out like passwords. The dashboard exchanges the key for a session cookie on the first
 * visit and takes it out of the address bar.
 *
 * <p>The links work only against a dashboard with the same {@code certex.dashboard.access-secret}
 * (or, without one, the same process: a generated secret dies with it).
 */
public final class AccessLinks {

  private final AccessKeys keys;

  public AccessLinks(AccessKeys keys) {
    this.keys = keys;
  }

  /**
   * Links for a dashboard started with {@code certex.dashboard.access-secret} set to {@code secret}
   * (at least 16 characters), computed without a running dashboard.
   */
  public static AccessLinks withSecret(String secret) {
    return new AccessLinks(AccessKeys.withSecret(secret));
  }

  /**
   * The link of exercise control, e.g. {@code http://localhost:8080/?run=RUN&key=KEY}.
   *
   * @param baseUrl where the dashboard is reached, e.g. {@code http://localhost:8080}
   */
  public String controlLink(String baseUrl, String runId) {
    return page(baseUrl, runId) + "&key=" + controlKey(runId);
  }

  /**
   * The link of the run's evaluators, e.g. {@code
   * http://localhost:8080/?run=RUN&role=evaluator&key=KEY}.
   *
   * @param baseUrl where the dashboard is reached, e.g. {@code http://localhost:8080}
   */
  public String evaluatorLink(String baseUrl, String runId) {
    return page(baseUrl, runId) + "&role=evaluator&key=" + evaluatorKey(runId);
  }

  /**
   * The link of one trainee team, e.g. {@code http://localhost:8080/?run=RUN&cert=ORG&key=KEY}.
   *
   * @param baseUrl where the dashboard is reached, e.g. {@code http://localhost:8080}
   */
  public String certLink(String baseUrl, String runId, String orgId) {
    return page(baseUrl, runId) + "&cert=" + encoded(orgId) + "&key=" + certKey(runId, orgId);
  }

  /**
   * The link of each trainee team, by organisation id, in the order given.
   *
   * @param baseUrl where the dashboard is reached, e.g. {@code http://localhost:8080}
   */
  public Map<String, String> certLinks(String baseUrl, String runId, List<String> orgIds) {
    Map<String, String> links = new LinkedHashMap<>();
    for (String orgId : orgIds) {
      links.put(orgId, certLink(baseUrl, runId, orgId));
    }
    return Collections.unmodifiableMap(links);
  }

  /**
   * The key of exercise control for a run, for API clients that send it in the {@code X-Certex-Key}
   * header rather than open a link.
   */
  public String controlKey(String runId) {
    return keys.keyFor(runId, AccessRole.CONTROL);
  }

  /**
   * The key of the run's evaluators, for API clients that send it in the {@code X-Certex-Key}
   * header rather than open a link.
   */
  public String evaluatorKey(String runId) {
    return keys.keyFor(runId, AccessRole.EVALUATOR);
  }

  /**
   * The key of one trainee team for a run, for API clients that send it in the {@code X-Certex-Key}
   * header rather than open a link.
   */
  public String certKey(String runId, String orgId) {
    return keys.keyFor(runId, AccessRole.cert(orgId));
  }

  private static String page(String baseUrl, String runId) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(runId, "runId");
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/?run=" + encoded(runId);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
