package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.certex.avro.Delivery;
import org.certex.benchmarks.DrillAlerts;
import org.certex.dashboard.feed.ExerciseEventDecoder;
import org.certex.dashboard.views.ExerciseEvent.AlertDelivered;
import org.certex.dashboard.views.ExerciseViews;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fold benchmark measures new deliveries only if the run's deliveries are all distinct. */
class DrillRunTest {

  @Test
  @DisplayName("every delivery of the drill run is new to the ledger and lands in an inbox")
  void everyDeliveryIsNew() {
    List<Delivery> deliveries = DrillRun.deliveries(500);
    ExerciseViews views = new ExerciseViews(DrillRun.INBOX_CAPACITY);
    views.apply(DrillRun.recorded());

    assertThat(deliveries).hasSize(500 * (DrillRun.FAN_OUT + 1));
    for (Delivery delivery : deliveries) {
      AlertDelivered event =
          new AlertDelivered(delivery.getRunId(), ExerciseEventDecoder.view(delivery));
      assertThat(views.apply(event)).as(delivery.getDeliveryId()).isNotEmpty();
    }
    assertThat(views.run(DrillAlerts.RUN_ID).orElseThrow().recipients()).hasSize(DrillRun.CERTS);
  }
}
