package org.certex.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Tlp;
import org.certex.benchmarks.DrillAlerts;
import org.certex.benchmarks.EuDrill;
import org.certex.dashboard.views.ExerciseEvent.RunRecorded;
import org.certex.dashboard.views.ParticipantView;
import org.certex.streams.policy.Party;

/**
 * The deliveries of a run with 30 CERTs, as its deliveries topic holds them: each alert from one
 * CERT to five others, delivered to its source and its five addressees, so six deliveries an alert
 * (the scenario: 100,000 alerts, 600,000 deliveries). Drawn with a fixed seed.
 */
final class DrillRun {

  static final int CERTS = 30;
  static final int FAN_OUT = 5;
  static final int INBOX_CAPACITY = 500;

  private static final List<Party> PARTIES = EuDrill.participants(CERTS);

  private DrillRun() {}

  /** The run's record on the runs topic, which announces its participants. */
  static RunRecorded recorded() {
    List<ParticipantView> participants =
        PARTIES.stream()
            .map(p -> new ParticipantView(p.id(), "CERT " + p.id(), p.country(), p.kind()))
            .toList();
    return new RunRecorded(
        DrillAlerts.RUN_ID,
        "eu-drill-30",
        "EU drill, 30 CERTs",
        "RUNNING",
        DrillAlerts.T0,
        DrillAlerts.T0,
        null,
        participants,
        6,
        null,
        null);
  }

  /** The Avro deliveries of {@code alerts} alerts, in the order the pipeline writes them. */
  static List<Delivery> deliveries(int alerts) {
    SplittableRandom random = new SplittableRandom(2026);
    List<Delivery> deliveries = new ArrayList<>(alerts * (FAN_OUT + 1));
    for (int n = 0; n < alerts; n++) {
      Party source = PARTIES.get(random.nextInt(CERTS));
      List<String> addressees = addressees(source, random);
      boolean red = random.nextInt(10) < 4;
      IncidentAlert alert =
          DrillAlerts.alert(
              n, source.id(), source.country(), addressees, red ? Tlp.RED : Tlp.AMBER);
      deliveries.add(DrillAlerts.delivery(alert, source.id(), "SOURCE_OWN_ALERT", false));
      for (String addressee : addressees) {
        String reason = red ? "RED_NAMED_RECIPIENT" : "AMBER_ADDRESSEE";
        deliveries.add(DrillAlerts.delivery(alert, addressee, reason, false));
      }
    }
    return deliveries;
  }

  private static List<String> addressees(Party source, SplittableRandom random) {
    List<String> addressees = new ArrayList<>(FAN_OUT);
    while (addressees.size() < FAN_OUT) {
      String id = PARTIES.get(random.nextInt(CERTS)).id();
      if (!id.equals(source.id()) && !addressees.contains(id)) {
        addressees.add(id);
      }
    }
    return addressees;
  }
}
