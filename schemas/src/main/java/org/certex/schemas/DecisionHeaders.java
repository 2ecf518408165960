package org.certex.schemas;

/**
 * Header names on the decisions topic. The trigger travels beside the value so that a reader that
 * wants only the decisions of teams' requests (the dashboard) can pass over the far more numerous
 * decisions of alerts, one per alert, without decoding them.
 */
public final class DecisionHeaders {

  /** The decision's {@code trigger} ({@code ALERT}, {@code SHARE_REQUEST}, ...), in UTF-8. */
  public static final String TRIGGER = "certex.decision.trigger";

  private DecisionHeaders() {}
}
