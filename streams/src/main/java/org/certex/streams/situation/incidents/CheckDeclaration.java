package org.certex.streams.situation.incidents;

import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.certex.avro.IncidentDeclaration;
import org.certex.avro.TraineeAction;

/**
 * A declaration where it enters: checked ({@link DeclarationCheck}), with its key and its position
 * on the actions topic kept, so that a dead letter made for it after the repartition still says
 * where it came from.
 */
final class CheckDeclaration
    implements FixedKeyProcessor<String, TraineeAction, CheckDeclaration.Checked> {

  /** A declaration with the problems its check found (none: it goes on). */
  record Checked(IncidentDeclaration declaration, List<String> problems) {
    boolean valid() {
      return problems.isEmpty();
    }

    AssemblyOutput.Refused refused() {
      return new AssemblyOutput.Refused(declaration, String.join("; ", problems));
    }
  }

  private final DeclarationCheck check;
  private FixedKeyProcessorContext<String, Checked> context;

  CheckDeclaration(DeclarationCheck check) {
    this.check = check;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Checked> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, TraineeAction> record) {
    IncidentDeclaration declaration =
        new IncidentDeclaration(
            record.value(),
            record.key(),
            context.recordMetadata().map(RecordMetadata::partition).orElse(-1),
            context.recordMetadata().map(RecordMetadata::offset).orElse(-1L));
    context.forward(
        record.withValue(new Checked(declaration, List.copyOf(check.problems(record.value())))));
  }
}
