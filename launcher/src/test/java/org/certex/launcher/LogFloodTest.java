package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.net.URL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Found by the topic fuzzer (issue 13): for each malformed record the deserialization handler
 * parked, Kafka Streams' {@code RecordDeserializer} also logged a warning with the whole stack
 * trace, 30 lines a record, so a flood of bad input flooded the console after all (8 MB for 10,000
 * records). certex's own handler logs the first ten and every thousandth; the shipped logging
 * configuration keeps Kafka's per-record warning out.
 */
@DisplayName("The shipped logging configuration against a flood of malformed records")
class LogFloodTest {

  @Test
  @DisplayName("logs no per-record warning of Kafka's for a skipped record, but certex's own")
  void noWarningPerSkippedRecord() throws Exception {
    URL shipped = CertexCommand.class.getResource("/logback.xml");
    assertThat(shipped).as("the launcher's logback.xml").isNotNull();
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(shipped);

    assertThat(
            context
                .getLogger("org.apache.kafka.streams.processor.internals.RecordDeserializer")
                .isWarnEnabled())
        .isFalse();
    assertThat(
            context
                .getLogger("org.certex.streams.deadletter.DeadLetteringDeserializationHandler")
                .isWarnEnabled())
        .isTrue();
    context.stop();
  }
}
