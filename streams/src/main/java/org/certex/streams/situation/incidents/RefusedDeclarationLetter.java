package org.certex.streams.situation.incidents;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.certex.avro.IncidentDeclaration;
import org.certex.avro.TraineeAction;
import org.certex.schemas.AvroSerde;
import org.certex.streams.deadletter.BoundedDeadLetter;

/**
 * A declaration that was refused, as a dead letter: the action re-encoded, with the reason and its
 * place on the actions topic (kept from where it entered, as a refusal made by the assembly comes
 * from the internal repartition topic), cut to fit as every dead letter is.
 */
final class RefusedDeclarationLetter
    implements Processor<String, AssemblyOutput.Refused, byte[], byte[]> {

  private static final AvroSerde<TraineeAction> ACTIONS = AvroSerde.of(TraineeAction.class);

  private final String actionsTopic;
  private ProcessorContext<byte[], byte[]> context;

  RefusedDeclarationLetter(String actionsTopic) {
    this.actionsTopic = actionsTopic;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, AssemblyOutput.Refused> record) {
    IncidentDeclaration declaration = record.value().declaration();
    String key = declaration.getSourceKey();
    BoundedDeadLetter letter =
        BoundedDeadLetter.of(
            key == null ? null : key.getBytes(StandardCharsets.UTF_8),
            ACTIONS.encodeUnbounded(declaration.getAction()),
            record.headers(),
            BoundedDeadLetter.headers(
                record.value().reason(),
                actionsTopic,
                declaration.getSourcePartition(),
                declaration.getSourceOffset()));
    context.forward(
        record.withKey(letter.key()).withValue(letter.value()).withHeaders(letter.headers()));
  }
}
