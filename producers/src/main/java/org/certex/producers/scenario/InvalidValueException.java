package org.certex.producers.scenario;

/**
 * A scalar in a scenario file that does not mean anything in its place, e.g. {@code TLP:WHITE} or
 * {@code 5x} as a duration. The value parsers throw it; {@link YamlMapping} turns it into a located
 * problem that names the key.
 */
final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String hint;

  /**
   * @param problem what is wrong, e.g. "unknown severity 'hgh'"
   * @param hint how to fix it, e.g. "use one of low, medium, high, critical"; may be empty
   */
  InvalidValueException(String problem, String hint) {
    super(problem);
    this.hint = hint;
  }

  /** The problem for a value found under {@code key}, followed by the hint if there is one. */
  String describeFor(String key) {
    String located = getMessage() + " in '" + key + "'";
    return hint.isEmpty() ? located : located + "; " + hint;
  }
}
