package org.certex.dashboard.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** One key sending many moments can neither queue folds nor run two at once. */
class OneFoldTest {

  private final OneFold<String> folds = new OneFold<>();
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger runs = new AtomicInteger();

  private String slowFold() {
    runs.incrementAndGet();
    started.countDown();
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "views";
  }

  @Test
  void anotherMomentWhileOneIsFoldedIsRefusedNotQueued() throws Exception {
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(() -> folds.fold("a", this::slowFold));
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> folds.fold("b", () -> "never"))
        .isInstanceOf(ResponseStatusException.class)
        .hasMessageContaining("503");

    release.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("views");
    assertThat(folds.fold("b", () -> "b folded")).isEqualTo("b folded");
  }

  @Test
  void theSameMomentAskedAgainWaitsForTheFoldRunningAndSharesIt() throws Exception {
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(() -> folds.fold("a", this::slowFold));
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> second =
        CompletableFuture.supplyAsync(() -> folds.fold("a", this::slowFold));
    await().atMost(Duration.ofSeconds(30)).until(() -> folds.waiting() == 1);

    release.countDown();
    assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("views");
    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("views");
    assertThat(runs).hasValue(1);
  }

  @Test
  void aFailedFoldFreesTheSlot() {
    assertThatThrownBy(
            () ->
                folds.fold(
                    "a",
                    () -> {
                      throw new IllegalStateException("stalled");
                    }))
        .hasMessage("stalled");
    assertThat(folds.fold("b", () -> "b")).isEqualTo("b");
  }
}
