package org.certex.producers.scenario;

import java.time.Duration;
import java.util.List;

/**
 * One line of the MSEL (master scenario events list): at a scenario-time offset, a sender publishes
 * an alert or a non-alert message, and players are expected to react.
 *
 * @param at offset from the exercise start; for a contingency inject, the offset is ignored: it
 *     fires when an expectation naming it is missed, when a branch selects it, or by hand
 * @param alert what is published when the inject carries an alert (null for a message)
 * @param message what is published when the inject is a media report, phone call... (null for an
 *     alert)
 * @param objective the exercise objective the inject serves (free text or an objective id)
 * @param controller the exercise controller responsible for the inject
 * @param contingency true when the inject is off the timeline until something fires it
 */
public record Inject(
    String id,
    Duration at,
    String from,
    ScheduledAlert alert,
    InjectMessage message,
    String objective,
    String controller,
    boolean contingency,
    List<Expectation> expectations,
    List<Branch> branches) {

  public Inject {
    expectations = List.copyOf(expectations);
    branches = List.copyOf(branches);
    if ((alert == null) == (message == null)) {
      throw new IllegalArgumentException("inject " + id + " needs exactly one of alert or message");
    }
  }

  public boolean isAlert() {
    return alert != null;
  }
}
