package org.certex.streams.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.certex.avro.SharingDecision;
import org.certex.schemas.DecisionHeaders;

/**
 * The decision of a decided alert or request, as the decisions topic carries it: the record, with
 * its trigger also in a header ({@link DecisionHeaders#TRIGGER}), so that a reader can tell an
 * alert's own decision from a team's request's without decoding it (the dashboard decodes them all:
 * its tally counts deliveries from the decisions).
 */
final class DecisionRecord implements FixedKeyProcessor<String, DecidedAlert, SharingDecision> {

  private FixedKeyProcessorContext<String, SharingDecision> context;

  @Override
  public void init(FixedKeyProcessorContext<String, SharingDecision> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, DecidedAlert> record) {
    SharingDecision decision = record.value().decision();
    RecordHeaders headers = new RecordHeaders(record.headers().toArray());
    headers.remove(DecisionHeaders.TRIGGER);
    headers.add(
        DecisionHeaders.TRIGGER, decision.getTrigger().name().getBytes(StandardCharsets.UTF_8));
    context.forward(record.withValue(decision).withHeaders(headers));
  }
}
