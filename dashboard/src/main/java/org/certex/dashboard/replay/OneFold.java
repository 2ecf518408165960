package org.certex.dashboard.replay;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * At most one fold of a run's log at a time, and no queue behind it. A fold reads a run from its
 * start (minutes for a large run) on the replay's one consumer: callers asking for the moment being
 * folded wait for that fold and share its result (the page asks a moment's inbox, clocks and scores
 * at once), while a caller asking for any other moment is refused at once with 503, so that one key
 * sending many distinct moments can neither pile up folds nor hold every request thread waiting.
 */
final class OneFold<T> {

  private String folding;
  private CompletableFuture<T> result;
  private int waiting;

  /**
   * The result of the fold known as {@code key}: folded by this caller, or by the caller already
   * folding the same key.
   *
   * @throws ResponseStatusException 503 while another key is being folded
   */
  T fold(String key, Supplier<T> fold) {
    Objects.requireNonNull(key, "key");
    CompletableFuture<T> mine;
    boolean folds;
    synchronized (this) {
      if (result != null && !folding.equals(key)) {
        throw new ResponseStatusException(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The replay is folding another moment (" + folding + "); ask again when it is done");
      }
      folds = result == null;
      if (folds) {
        folding = key;
        result = new CompletableFuture<>();
      }
      mine = result;
    }
    return folds ? run(mine, fold) : await(mine);
  }

  /** How many callers wait for the fold running (for tests). */
  synchronized int waiting() {
    return waiting;
  }

  private T run(CompletableFuture<T> mine, Supplier<T> fold) {
    try {
      T value = fold.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      synchronized (this) {
        folding = null;
        result = null;
      }
    }
  }

  private T await(CompletableFuture<T> running) {
    synchronized (this) {
      waiting++;
    }
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    } finally {
      synchronized (this) {
        waiting--;
      }
    }
  }
}
