package org.certex.streams.topology;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.certex.avro.IncidentAlert;
import org.certex.schemas.RunTopics;
import org.certex.schemas.TopicSpec;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingPolicy;

/**
 * The sharing pipeline of one exercise run: alerts in; one {@code SharingDecision} per alert (the
 * audit trail) and one {@code Delivery} per receiving organisation out.
 *
 * <pre>
 * alerts-source -> check-alert -> alert-valid   -> drop-repeated-alerts -> decide-sharing
 *                                                  -> decisions-sink
 *                                                  -> deliveries-per-recipient -> deliveries-sink
 *                              -> alert-invalid -> dead-letter-invalid -> dead-letters-sink
 * </pre>
 *
 * Records that cannot be decoded never reach {@code check-alert}: the deserialization handler sends
 * them to the same dead-letter topic (see {@code RunStreamsConfig}).
 */
public final class SharingTopology {

  public static final String SEEN_ALERT_IDS_STORE = "seen-alert-ids";

  private SharingTopology() {}

  public static Topology build(RunTopics topics, List<Party> roster, SharingPolicy policy) {
    Set<String> participants = roster.stream().map(Party::id).collect(Collectors.toSet());
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(SEEN_ALERT_IDS_STORE), Serdes.String(), Serdes.Long()));
    Map<String, KStream<String, CheckedAlert>> checked =
        checkedAlerts(builder, topics, new AlertCheck(topics.runId(), participants));
    deadLetter(checked.get("alert-invalid"), topics);
    decideAndDeliver(checked.get("alert-valid"), topics, new SharingDecisions(policy, roster));
    return builder.build();
  }

  /** Alerts in, checked, split into valid and invalid. */
  private static Map<String, KStream<String, CheckedAlert>> checkedAlerts(
      StreamsBuilder builder, RunTopics topics, AlertCheck check) {
    TopicSpec<String, IncidentAlert> alerts = topics.alerts();
    return builder.stream(
            alerts.name(),
            Consumed.with(alerts.keySerde(), alerts.valueSerde()).withName("alerts-source"))
        .mapValues(
            (key, alert) -> new CheckedAlert(alert, check.problems(key, alert)),
            Named.as("check-alert"))
        .split(Named.as("alert-"))
        .branch((key, alert) -> alert.valid(), Branched.as("valid"))
        .defaultBranch(Branched.as("invalid"));
  }

  /** Invalid alerts to the run's dead-letter topic, with the reasons in a header. */
  private static void deadLetter(KStream<String, CheckedAlert> invalid, RunTopics topics) {
    TopicSpec<String, IncidentAlert> alerts = topics.alerts();
    invalid
        .processValues(
            () -> new DeadLetterInvalidAlert(alerts.valueSerde().serializer(), alerts.name()),
            Named.as("dead-letter-invalid"))
        .to(
            topics.deadLetters().name(),
            Produced.with(alerts.keySerde(), topics.deadLetters().valueSerde())
                .withName("dead-letters-sink"));
  }

  /** First sight of each alert: one decision, and one delivery per receiving organisation. */
  private static void decideAndDeliver(
      KStream<String, CheckedAlert> valid, RunTopics topics, SharingDecisions decisions) {
    KStream<String, DecidedAlert> decided =
        valid
            .processValues(
                () -> new DropRepeatedAlerts(SEEN_ALERT_IDS_STORE),
                Named.as("drop-repeated-alerts"),
                SEEN_ALERT_IDS_STORE)
            .mapValues(decisions::decide, Named.as("decide-sharing"));
    decided
        .mapValues(DecidedAlert::decision, Named.as("decision-of-alert"))
        .to(
            topics.decisions().name(),
            Produced.with(topics.decisions().keySerde(), topics.decisions().valueSerde())
                .withName("decisions-sink"));
    decided
        .flatMap(
            (alertId, d) -> SharingDecisions.deliveries(d), Named.as("deliveries-per-recipient"))
        .to(
            topics.deliveries().name(),
            Produced.with(topics.deliveries().keySerde(), topics.deliveries().valueSerde())
                .withName("deliveries-sink"));
  }
}
