package org.certex.dashboard.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class ViewsAtTest {

  private final ExerciseViews live = new ExerciseViews(10);
  private final ExerciseViews moment = new ExerciseViews(10);

  private ViewsAt replaying() {
    ViewsAt.Moments moments =
        (runId, at) -> {
          assertThat(at).isEqualTo(Instant.parse("2024-03-11T07:15:00Z"));
          return moment;
        };
    return new ViewsAt(
        live,
        new StaticListableBeanFactory(Map.of("moments", moments))
            .getBeanProvider(ViewsAt.Moments.class));
  }

  private ViewsAt live() {
    return new ViewsAt(
        live, new StaticListableBeanFactory().getBeanProvider(ViewsAt.Moments.class));
  }

  @Test
  @DisplayName("no moment asked for: the live fold; a moment: the replay's fold at that instant")
  void picksTheFold() {
    assertThat(replaying().of("r", null)).isSameAs(live);
    assertThat(replaying().of("r", " ")).isSameAs(live);
    assertThat(replaying().of("r", "2024-03-11T07:15:00Z")).isSameAs(moment);
  }

  @Test
  @DisplayName("a moment that is no ISO-8601 instant is refused with 400, saying what is expected")
  void refusesAGarbledMoment() {
    assertThatThrownBy(() -> replaying().of("r", "yesterday at noon"))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
              assertThat(e.getReason())
                  .isEqualTo(
                      "at must be an ISO-8601 instant in UTC such as 2024-03-11T09:30:00Z, was"
                          + " yesterday at noon");
            });
  }

  @Test
  @DisplayName("a live dashboard refuses any moment with 400: only a replay folds one")
  void liveServesNoMoment() {
    assertThatThrownBy(() -> live().of("r", "2024-03-11T07:15:00Z"))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            e -> assertThat(e.getReason()).contains("certex replay"));
  }
}
