package org.certex.launcher.stix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certex.avro.IncidentAlert;
import org.certex.dashboard.feed.RunLog;
import org.certex.dashboard.feed.RunTopicKind;
import org.certex.dashboard.views.AttributionView;
import org.certex.dashboard.views.DeliveryView;
import org.certex.dashboard.views.ExerciseViews;
import org.certex.dashboard.views.IncidentView;
import org.certex.dashboard.views.RunLedger;
import org.certex.dashboard.views.RunView;
import org.certex.schemas.TopicSpec;

/**
 * Reads what an export may hold of a run: the run's events folded through {@link ExerciseViews}
 * (the fold the dashboard shows), then either every alert of the run (exercise control's export,
 * from the raw alerts topic) or only what one CERT holds, read from the fold's per-CERT views: its
 * inbox (deliveries to it, its own alerts among them), the incidents as {@code
 * IncidentVisibility.asSeenBy} shows them to it, and the attribution records {@code TeamSight} lets
 * its team see. A CERT's export never reads the raw alerts.
 */
final class RunHoldings {

  /** The attribution records that name an attributed actor. */
  static final Set<String> OUTCOMES = Set.of("COORDINATED_ATTRIBUTION", "ADOPTED");

  /** Inboxes and outcomes are not cut short for an export: it takes every delivery. */
  private static final int UNBOUNDED = Integer.MAX_VALUE;

  private final RunLog log;
  private final RunLog.Progress progress;
  private long undecodable;

  RunHoldings(RunLog log, RunLog.Progress progress) {
    this.log = log;
    this.progress = progress;
  }

  /** Alert records of the whole run's export that could not be decoded (skipped). */
  long undecodable() {
    return undecodable;
  }

  /**
   * What {@code cert} holds of the run, or the whole run if {@code cert} is null.
   *
   * @return the holdings, and the fold's count of undecodable records in {@link #undecodable}
   */
  ExportedRun read(String cert) {
    ExerciseViews views = ExerciseViews.forReading(UNBOUNDED);
    undecodable += log.events(null, views::apply, progress).skipped();
    String runId = log.run().getRunId();
    RunView run = views.run(runId).orElseThrow();
    List<HeldAlert> alerts =
        cert == null ? wholeRun() : views.read(runId, l -> held(l, cert)).get();
    List<IncidentView> incidents =
        views.read(runId, l -> l.incidentsSeenBy(cert)).get().stream()
            .filter(incident -> !"MERGED".equals(incident.event()))
            .toList();
    List<AttributionView> attributions =
        views.read(runId, l -> l.attributionSeenBy(cert)).get().records().stream()
            .filter(r -> OUTCOMES.contains(r.kind()) && r.actor() != null && !r.actor().isBlank())
            .toList();
    return new ExportedRun(
        runId,
        cert,
        log.run().getScenarioStart(),
        run.participants(),
        alerts,
        incidents,
        reversed(attributions));
  }

  /** The alerts delivered to {@code cert} (its own among them), each once, oldest first. */
  private static List<HeldAlert> held(RunLedger ledger, String cert) {
    Map<String, HeldAlert> byId = new LinkedHashMap<>();
    for (DeliveryView delivery : reversed(ledger.inboxOf(cert))) {
      if (delivery.alertId() == null || delivery.sourceOrg() == null) {
        continue;
      }
      List<HeldAlert.Indicator> indicators =
          delivery.redacted()
              ? List.of()
              : delivery.indicators().stream()
                  .map(i -> new HeldAlert.Indicator(i.type(), i.value()))
                  .toList();
      HeldAlert copy =
          new HeldAlert(
              delivery.alertId(),
              delivery.sourceOrg(),
              TlpMarking.of(delivery.tlp()),
              firstOf(delivery.reportedAt(), delivery.deliveredAt()),
              indicators);
      byId.merge(delivery.alertId(), copy, (before, again) -> before.with(again.indicators()));
    }
    return List.copyOf(byId.values());
  }

  /** Every alert of the run, from its alerts topic, in the merged (scenario time) order. */
  private List<HeldAlert> wholeRun() {
    TopicSpec<String, IncidentAlert> spec = log.topics().alerts();
    Map<String, HeldAlert> byId = new LinkedHashMap<>();
    log.read(
        EnumSet.of(RunTopicKind.ALERTS),
        null,
        (kind, record) -> {
          IncidentAlert alert;
          try {
            alert = spec.valueSerde().deserializer().deserialize(spec.name(), record.value());
          } catch (RuntimeException e) {
            undecodable++;
            return;
          }
          if (alert != null) {
            byId.putIfAbsent(alert.getAlertId(), HeldAlerts.of(alert));
          }
        },
        progress);
    return List.copyOf(byId.values());
  }

  private static Instant firstOf(Instant a, Instant b) {
    return a != null ? a : b;
  }

  private static <T> List<T> reversed(List<T> newestFirst) {
    List<T> oldestFirst = new ArrayList<>(newestFirst);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }
}
