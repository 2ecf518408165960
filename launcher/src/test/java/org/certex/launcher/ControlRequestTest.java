package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.certex.avro.ControlCommand;
import org.certex.avro.ControlOrigin;
import org.certex.avro.ExerciseControl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("What certex control asks, read from its command line")
class ControlRequestTest {

  @Test
  @DisplayName("a jump takes a span as scenarios write it, and becomes a request with its id")
  void jump() {
    ControlRequest jump = ControlRequest.parse("JUMP", " 1d12h ");
    Instant at = Instant.parse("2021-12-07T09:13:00Z");

    ExerciseControl record = jump.toRecord("run-1", "req-1", at);

    assertThat(jump.words()).isEqualTo("jump 1d12h");
    assertThat(record.getCommand()).isEqualTo(ControlCommand.JUMP);
    assertThat(record.getOrigin()).isEqualTo(ControlOrigin.REQUEST);
    assertThat(record.getJumpMillis()).isEqualTo(Duration.ofHours(36).toMillis());
    assertThat(record.getRequestId()).isEqualTo("req-1");
    assertThat(record.getScenarioTime()).isEqualTo(at);
    assertThat(record.getIssuedBy()).isEqualTo("cli");
    assertThat(ControlRequest.parse("jump", "PT90S").jump()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  @DisplayName("speed, trigger and the plain commands")
  void others() {
    assertThat(ControlRequest.parse("speed", "600").speed()).isEqualTo(600.0);
    assertThat(ControlRequest.parse("trigger", "inj-05").injectId()).isEqualTo("inj-05");
    assertThat(ControlRequest.parse("Pause", null).command()).isEqualTo(ControlCommand.PAUSE);
    assertThat(ControlRequest.parse("stop", null).words()).isEqualTo("stop");
    assertThat(ControlRequest.parse("start", null).command()).isEqualTo(ControlCommand.START);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      value = {
        "jump, NULL, jump needs a span of scenario time",
        "jump, 0, jump needs a span of scenario time",
        "jump, -1d, jump needs a span of scenario time",
        "jump, PT0.0001S, jump needs a span of scenario time",
        "jump, 3651d, jump needs a span of scenario time",
        "jump, a day, jump needs a span of scenario time",
        "speed, 5000, speed needs a factor from 1 to 3600",
        "speed, fast, speed needs a factor from 1 to 3600",
        "trigger, NULL, trigger needs an inject id",
        "rewind, 1d, unknown command 'rewind'"
      },
      nullValues = "NULL")
  @DisplayName("bad input is refused with what was expected")
  void badInput(String command, String argument, String expected) {
    assertThatThrownBy(() -> ControlRequest.parse(command, argument))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(expected);
  }

  @Test
  @DisplayName("an inject id longer than any id a scenario may hold is refused")
  void longInjectId() {
    assertThatThrownBy(() -> ControlRequest.parse("trigger", "i".repeat(129)))
        .hasMessageContaining("at most 128 characters");
  }
}
