package org.certex.streams.situation.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.certex.avro.IncidentCorrelation;

/**
 * The second phase of correlation in the topology ({@link IncidentAssembly}), on the single
 * partition of the {@code incident-links} repartition topic, which sees every link and declaration
 * of the run. Each output is stamped with the scenario time of what caused it and keyed for its
 * sink: incidents by incident id, notices by alert id, refusals by the declaration's own key.
 */
final class AssembleIncidents
    implements Processor<String, IncidentCorrelation, String, AssemblyOutput> {

  /**
   * The store names: alert to root, root to incident, incident id to an alert of it, alert to the
   * declaration that waits on it.
   */
  record Stores(String roots, String components, String incidentIds, String pending) {}

  /** How often, in stream time, declarations that waited too long are refused. */
  static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);

  private final Stores stores;
  private final Function<AssemblyState, IncidentAssembly> assemblyOver;
  private ProcessorContext<String, AssemblyOutput> context;
  private IncidentAssembly assembly;

  AssembleIncidents(Stores stores, Function<AssemblyState, IncidentAssembly> assemblyOver) {
    this.stores = stores;
    this.assemblyOver = assemblyOver;
  }

  @Override
  public void init(ProcessorContext<String, AssemblyOutput> context) {
    this.context = context;
    this.assembly =
        assemblyOver.apply(
            new StoredAssembly(
                context.getStateStore(stores.roots()),
                context.getStateStore(stores.components()),
                context.getStateStore(stores.incidentIds()),
                context.getStateStore(stores.pending())));
    context.schedule(EXPIRY_INTERVAL, PunctuationType.STREAM_TIME, this::expire);
  }

  private void expire(long streamTime) {
    for (AssemblyOutput output : assembly.expire(Instant.ofEpochMilli(streamTime))) {
      context.forward(new Record<>(keyOf(output), output, streamTime));
    }
  }

  @Override
  public void process(Record<String, IncidentCorrelation> record) {
    for (AssemblyOutput output :
        assembly.apply(record.value(), Instant.ofEpochMilli(record.timestamp()))) {
      context.forward(record.withKey(keyOf(output)).withValue(output));
    }
  }

  private static String keyOf(AssemblyOutput output) {
    if (output instanceof AssemblyOutput.Published published) {
      return published.incident().getIncidentId();
    }
    if (output instanceof AssemblyOutput.Notice notice) {
      return notice.alert().getAlertId();
    }
    return ((AssemblyOutput.Refused) output).declaration().getSourceKey();
  }
}
