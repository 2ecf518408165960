package org.certex.streams.situation.incidents;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.IncidentCorrelation;
import org.certex.avro.IncidentLink;

/**
 * The first phase of correlation in the topology ({@link KeyCorrelation}), on the partition of the
 * {@code incident-keys} repartition topic that holds the key: each link goes on, keyed by the run
 * id, to the one partition where incidents are assembled.
 */
final class LinkByKey implements Processor<String, CorrelatedAlert, String, IncidentCorrelation> {

  private final String storeName;
  private final String countsName;
  private final String runId;
  private final CorrelationWindow window;
  private final IncidentLimits limits;
  private ProcessorContext<String, IncidentCorrelation> context;
  private KeyCorrelation correlation;

  LinkByKey(
      String storeName,
      String countsName,
      String runId,
      CorrelationWindow window,
      IncidentLimits limits) {
    this.storeName = storeName;
    this.countsName = countsName;
    this.runId = runId;
    this.window = window;
    this.limits = limits;
  }

  @Override
  public void init(ProcessorContext<String, IncidentCorrelation> context) {
    this.context = context;
    this.correlation =
        new KeyCorrelation(
            new WindowSightings(
                context.getStateStore(storeName), context.getStateStore(countsName)),
            window,
            limits);
  }

  @Override
  public void process(Record<String, CorrelatedAlert> record) {
    for (IncidentLink link : correlation.correlate(record.key(), record.value())) {
      context.forward(record.withKey(runId).withValue(new IncidentCorrelation(link, null)));
    }
  }
}
