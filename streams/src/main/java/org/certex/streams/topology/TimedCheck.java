package org.certex.streams.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * A record's checks, the first being whether its own time was kept ({@link HorizonTimestamps}): a
 * record whose time was refused is refused for that, whatever else it holds.
 */
final class TimedCheck<V> implements FixedKeyProcessor<String, V, Checked<V>> {

  private final BiFunction<String, V, List<String>> check;
  private FixedKeyProcessorContext<String, Checked<V>> context;

  /**
   * @param check the record's other problems, by key and value
   */
  TimedCheck(BiFunction<String, V, List<String>> check) {
    this.check = check;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Checked<V>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, V> record) {
    String refused = HorizonTimestamps.refusal(record.headers());
    List<String> problems;
    if (refused == null) {
      problems = check.apply(record.key(), record.value());
    } else {
      problems = new ArrayList<>();
      problems.add(refused);
      problems.addAll(check.apply(record.key(), record.value()));
    }
    context.forward(record.withValue(new Checked<>(record.value(), problems)));
  }
}
