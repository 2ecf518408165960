package org.certex.dashboard.control;

import java.util.List;

/**
 * What exercise control's page sends to drive a run, as JSON (checked by {@link
 * ControlRequestCheck}).
 *
 * @param command START, PAUSE, RESUME, SPEED, JUMP, TRIGGER, STOP or INJECT
 * @param speed with SPEED: scenario seconds per wall second
 * @param jump with JUMP: how far scenario time moves, as scenarios write spans ({@code 1h30m},
 *     {@code 2d}, {@code PT2M})
 * @param injectId with TRIGGER: the scenario's inject to fire now
 * @param manualInject with INJECT: the inject composed on the page
 */
record ControlRequestBody(
    String command, Double speed, String jump, String injectId, ManualInjectBody manualInject) {

  /** A manual inject as the page composes it. */
  record ManualInjectBody(
      String sender,
      String kind,
      List<String> recipients,
      String subject,
      String text,
      ManualAlertBody alert) {}

  /**
   * The labels of a manual alert.
   *
   * @param tlp e.g. {@code TLP:AMBER+STRICT} or {@code AMBER_STRICT}
   * @param pap e.g. {@code PAP:GREEN} or {@code GREEN}
   * @param rsit {@code class/type}, e.g. {@code malicious-code/ransomware}
   * @param severity low, medium, high or critical
   */
  record ManualAlertBody(
      String tlp,
      String pap,
      String rsit,
      String severity,
      List<IndicatorBody> indicators,
      String campaign) {}

  record IndicatorBody(String type, String value) {}
}
