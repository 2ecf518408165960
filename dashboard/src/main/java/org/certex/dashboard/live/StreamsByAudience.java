package org.certex.dashboard.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.certex.dashboard.access.AccessRole;

/**
 * The open live streams by run and audience, so that a change is worked out once for each audience
 * watching its run (a few dozen: exercise control, the evaluators, a team per CERT), not once per
 * stream. Safe for any thread: a stream is added and removed within its audience's atomic update,
 * so neither loses the other's.
 */
final class StreamsByAudience {

  private final Map<String, Map<AccessRole, Set<LiveSubscriber>>> byRun = new ConcurrentHashMap<>();

  void add(LiveSubscriber stream) {
    byRun
        .computeIfAbsent(stream.runId(), run -> new ConcurrentHashMap<>())
        .compute(
            stream.audience(),
            (audience, streams) -> {
              Set<LiveSubscriber> group = streams == null ? ConcurrentHashMap.newKeySet() : streams;
              group.add(stream);
              return group;
            });
  }

  void remove(LiveSubscriber stream) {
    Map<AccessRole, Set<LiveSubscriber>> audiences = byRun.get(stream.runId());
    if (audiences != null) {
      audiences.computeIfPresent(
          stream.audience(),
          (audience, streams) -> streams.remove(stream) && streams.isEmpty() ? null : streams);
    }
  }

  /** Hands each audience watching {@code runId} to {@code action}, with its open streams. */
  void forEachAudience(String runId, BiConsumer<AccessRole, Set<LiveSubscriber>> action) {
    Map<AccessRole, Set<LiveSubscriber>> audiences = byRun.get(runId);
    if (audiences == null) {
      return;
    }
    audiences.forEach(
        (audience, streams) -> {
          if (!streams.isEmpty()) {
            action.accept(audience, streams);
          }
        });
  }

  void clear() {
    byRun.clear();
  }
}
