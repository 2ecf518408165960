package org.certex.launcher;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard links {@code certex run} prints for a run, read back from what it printed, as a
 * person would copy them: exercise control's, the evaluators' and one per trainee team.
 */
record RunLinks(String control, Optional<String> evaluator, Map<String, String> teams) {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  RunLinks {
    teams = Map.copyOf(teams);
  }

  /** The links in {@code printed}, classified by the query of each link. */
  static RunLinks parse(String printed) {
    String control = null;
    String evaluator = null;
    Map<String, String> teams = new LinkedHashMap<>();
    Matcher m = LINK.matcher(printed);
    while (m.find()) {
      String link = m.group();
      Map<String, String> query = query(link);
      if (query.containsKey("cert")) {
        teams.put(query.get("cert"), link);
      } else if ("evaluator".equals(query.get("role"))) {
        evaluator = link;
      } else if (query.containsKey("key")) {
        control = link;
      }
    }
    if (control == null) {
      throw new IllegalStateException("no exercise-control link in: " + printed);
    }
    return new RunLinks(control, Optional.ofNullable(evaluator), teams);
  }

  /** The link of a trainee team, or a failure naming the teams that have one. */
  String team(String org) {
    String link = teams.get(org);
    if (link == null) {
      throw new IllegalArgumentException("no link for team " + org + "; teams: " + teams.keySet());
    }
    return link;
  }

  /** The key a link carries. */
  static String key(String link) {
    return query(link).get("key");
  }

  private static Map<String, String> query(String link) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = URI.create(link).getRawQuery();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return query;
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
