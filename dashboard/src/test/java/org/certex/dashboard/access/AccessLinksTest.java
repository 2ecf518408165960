package org.certex.dashboard.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The links exercise control hands out")
class AccessLinksTest {

  private static final String BASE = "http://localhost:8080";
  private static final String RUN = "log4shell-20261123-090000";

  private final AccessKeys keys = AccessKeys.withSecret("a fixed test secret, 32+ characters");
  private final AccessLinks links = new AccessLinks(keys);

  @Test
  @DisplayName("control's link opens the run's board with the run's control key")
  void controlLink() {
    String link = links.controlLink(BASE, RUN);

    assertThat(link)
        .isEqualTo(BASE + "/?run=" + RUN + "&key=" + keys.keyFor(RUN, AccessRole.CONTROL));
    assertThat(links.controlLink(BASE + "/", RUN)).isEqualTo(link);
  }

  @Test
  @DisplayName("the evaluators' link reads the run with the run's evaluator key, not control's")
  void evaluatorLink() {
    String link = links.evaluatorLink(BASE, RUN);

    assertThat(link)
        .isEqualTo(
            BASE
                + "/?run="
                + RUN
                + "&role=evaluator&key="
                + keys.keyFor(RUN, AccessRole.EVALUATOR));
    assertThat(links.evaluatorKey(RUN))
        .isEqualTo(query(link).get("key"))
        .isNotEqualTo(links.controlKey(RUN));
    assertThat(keys.roleOf(RUN, links.evaluatorKey(RUN), null)).contains(AccessRole.EVALUATOR);
    assertThat(keys.roleOf("other-run", links.evaluatorKey(RUN), null)).isEmpty();
  }

  @Test
  @DisplayName("each team's link opens its CERT's inbox with that CERT's key, in the order given")
  void certLinks() {
    Map<String, String> certLinks = links.certLinks(BASE, RUN, List.of("OHIO-NG", "CERT-RS"));

    assertThat(certLinks).containsOnlyKeys("OHIO-NG", "CERT-RS");
    assertThat(certLinks.keySet()).containsExactly("OHIO-NG", "CERT-RS");
    assertThat(certLinks.get("OHIO-NG"))
        .isEqualTo(
            BASE
                + "/?run="
                + RUN
                + "&cert=OHIO-NG&key="
                + keys.keyFor(RUN, AccessRole.cert("OHIO-NG")));
    Map<String, String> query = query(certLinks.get("CERT-RS"));
    assertThat(keys.roleOf(RUN, query.get("key"), "CERT-RS")).contains(AccessRole.cert("CERT-RS"));
    assertThat(keys.roleOf(RUN, query.get("key"), "OHIO-NG")).isEmpty();
  }

  @Test
  @DisplayName("give the bare keys too, for API clients that send them in a header")
  void bareKeys() {
    assertThat(links.controlKey(RUN)).isEqualTo(keys.keyFor(RUN, AccessRole.CONTROL));
    assertThat(links.certKey(RUN, "OHIO-NG"))
        .isEqualTo(keys.keyFor(RUN, AccessRole.cert("OHIO-NG")));
    assertThat(links.certLink(BASE, RUN, "OHIO-NG"))
        .endsWith("&key=" + links.certKey(RUN, "OHIO-NG"));
  }

  @Test
  @DisplayName("escape what a query cannot hold as it is")
  void escaped() {
    Map<String, String> query = query(links.certLink(BASE, "run&x", "A B&C"));

    assertThat(query).containsEntry("run", "run&x").containsEntry("cert", "A B&C");
    assertThat(keys.opens("run&x", AccessRole.cert("A B&C"), query.get("key"))).isTrue();
  }

  private static Map<String, String> query(String link) {
    return Arrays.stream(URI.create(link).getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(pair -> decoded(pair[0]), pair -> decoded(pair[1]), (a, b) -> a));
  }

  private static String decoded(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
