package org.certex.producers.scenario;

/**
 * Play that depends on what players did: when {@code expectation} resolves with {@code outcome},
 * {@code inject} fires at that moment.
 */
public record Branch(String expectation, Outcome outcome, String inject) {

  public enum Outcome {
    MET,
    LATE,
    MISSED
  }
}
