package org.certex.streams.topology;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.certex.avro.ActionType;
import org.certex.avro.AlertSharingState;
import org.certex.avro.TraineeAction;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.RunTopics;
import org.certex.streams.policy.Party;
import org.certex.streams.policy.SharingPolicy;

/**
 * The sharing pipeline of one exercise run: alerts and teams' share requests in; {@code
 * SharingDecision}s (the audit trail: one per alert, one per request) and one {@code Delivery} per
 * organisation that receives out.
 *
 * <pre>
 * alerts-source  -> check-alert -> alert-valid -> valid-alert -> decide-sharing* ------------+
 *                               -> alert-invalid -> dead-letter-invalid-alert ----------+    |
 * actions-source -> sharing-actions -> check-sharing-request                            |    |
 *     -> sharing-request-valid -> valid-sharing-request -> decide-sharing-request*      |    |
 *            -> request-outcome-decided -> decision-of-request -----------------+       |    |
 *            -> request-outcome-unknown-alert -> problem-of-request --+          |       |    |
 *     -> sharing-request-invalid -> all-invalid-requests <-------------+          |       |    |
 *            -> dead-letter-invalid-request -> dead-letters -> dead-letters-sink  |  <----+    |
 * all-decisions (decide-sharing + decision-of-request) <---------------------------+-----------+
 *     -> decision-of-alert -> decisions-sink
 *     -> deliveries-per-recipient -> deliveries-sink
 * </pre>
 *
 * Its alerts are the run's valid alerts ({@link RunPipeline#validAlerts}); the check and its dead
 * letters are the pipeline's.
 *
 * <p>(*) {@value #ALERT_SHARING_STORE} keeps each alert and who holds it. Alerts and actions are
 * both keyed by alert id, so a request meets its alert's state in the same task without a
 * repartition; a request keyed otherwise is refused. Records that cannot be decoded never reach a
 * check: the deserialization handler sends them to the same dead-letter topic (see {@code
 * RunStreamsConfig}).
 */
public final class SharingTopology implements RunTopology {

  public static final String ALERT_SHARING_STORE = "alert-sharing";

  /** The sharing pipeline alone, as a run's topology (tests, the bench). */
  public static Topology build(RunTopics topics, List<Party> roster, SharingPolicy policy) {
    return RunPipeline.compose(
        new RunSetup(topics, roster, policy), List.of(new SharingTopology()));
  }

  @Override
  public void addTo(RunPipeline pipeline) {
    RunSetup setup = pipeline.setup();
    RunTopics topics = setup.topics();
    Set<String> participants = setup.roster().stream().map(Party::id).collect(Collectors.toSet());
    SharingDecisions decisions = new SharingDecisions(setup.policy(), setup.roster());
    pipeline
        .builder()
        .addStateStore(
            Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ALERT_SHARING_STORE),
                Serdes.String(),
                AvroSerde.of(AlertSharingState.class)));

    Map<String, KStream<String, Checked<TraineeAction>>> requests =
        checkedRequests(
            pipeline.actions(),
            new SharingRequestCheck(topics.runId(), participants, setup.scenarioStart()));
    Map<String, KStream<String, RequestOutcome>> outcomes =
        decideRequests(requests.get("sharing-request-valid"), decisions);

    KStream<String, DecidedAlert> decidedAlerts =
        pipeline
            .validAlerts()
            .processValues(
                () -> new DecideAlertSharing(ALERT_SHARING_STORE, decisions),
                Named.as("decide-sharing"),
                ALERT_SHARING_STORE);
    KStream<String, DecidedAlert> decidedRequests =
        outcomes
            .get("request-outcome-decided")
            .mapValues(outcome -> outcome.decided(), Named.as("decision-of-request"));
    publishDecisions(decidedAlerts.merge(decidedRequests, Named.as("all-decisions")), topics);

    KStream<String, Checked<TraineeAction>> invalidRequests =
        requests
            .get("sharing-request-invalid")
            .merge(
                outcomes
                    .get("request-outcome-unknown-alert")
                    .mapValues(outcome -> outcome.asProblem(), Named.as("problem-of-request")),
                Named.as("all-invalid-requests"));
    pipeline.deadLetter(
        invalidRequests,
        topics.actions().name(),
        AvroSerde.of(TraineeAction.class)::encodeUnbounded,
        "dead-letter-invalid-request");
  }

  /** The actions that matter to sharing, checked, split into valid and invalid. */
  private static Map<String, KStream<String, Checked<TraineeAction>>> checkedRequests(
      KStream<String, TraineeAction> actions, SharingRequestCheck check) {
    return actions
        .filter((key, action) -> concernsSharing(action), Named.as("sharing-actions"))
        .mapValues(
            (key, action) -> new Checked<>(action, check.problems(key, action)),
            Named.as("check-sharing-request"))
        .split(Named.as("sharing-request-"))
        .branch((key, request) -> request.valid(), Branched.as("valid"))
        .defaultBranch(Branched.as("invalid"));
  }

  /**
   * Share requests and permissions on an alert. Those that name no alert (sharing what a message
   * inject told, say) are exercise actions like any other, with nothing for the policy to decide.
   */
  private static boolean concernsSharing(TraineeAction action) {
    // A record without a value is checked, and so dead-lettered, rather than dropped unseen.
    return action == null
        || (action.getType() == ActionType.SHARE || action.getType() == ActionType.GRANT_PERMISSION)
            && action.getAlertId() != null;
  }

  /** Valid requests decided against their alert's state; requests for unknown alerts split off. */
  private static Map<String, KStream<String, RequestOutcome>> decideRequests(
      KStream<String, Checked<TraineeAction>> valid, SharingDecisions decisions) {
    return valid
        .mapValues(checked -> checked.value(), Named.as("valid-sharing-request"))
        .processValues(
            () -> new DecideSharingRequest(ALERT_SHARING_STORE, decisions),
            Named.as("decide-sharing-request"),
            ALERT_SHARING_STORE)
        .split(Named.as("request-outcome-"))
        .branch((key, outcome) -> outcome.isDecided(), Branched.as("decided"))
        .defaultBranch(Branched.as("unknown-alert"));
  }

  /** Each decision to the audit trail, and one delivery per organisation it delivers to. */
  private static void publishDecisions(KStream<String, DecidedAlert> decided, RunTopics topics) {
    decided
        .processValues(DecisionRecord::new, Named.as("decision-of-alert"))
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
