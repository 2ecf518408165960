package org.certex.launcher;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A trainee team's console, by the contract's ids: the inbox {@code #inbox li.card[data-alert-id]},
 * the action buttons {@code button[data-action=...]}, {@code #sent-status}, the team's NIS2 clocks
 * {@code #nis2-clocks [data-report][data-state]} and its expectations {@code
 * [data-expectation-id][data-state]}.
 */
final class TraineePage {

  private final BrowserSeat seat;

  TraineePage(BrowserSeat seat) {
    this.seat = seat;
  }

  ClockPanel clock() {
    return new ClockPanel(seat);
  }

  static By card(String alertId) {
    return By.cssSelector("#inbox li.card[data-alert-id='" + alertId + "']");
  }

  /** Waits for an alert's card in the inbox. */
  WebElement awaitCard(String alertId) {
    return seat.visible(card(alertId));
  }

  /** The alert ids of the cards in the inbox. */
  List<String> alertIds() {
    return seat.driver().findElements(By.cssSelector("#inbox li.card[data-alert-id]")).stream()
        .map(e -> e.getDomAttribute("data-alert-id"))
        .toList();
  }

  /**
   * Opens an alert (its card, then its detail view) and presses an action's button there, then
   * waits for the page to say the broker has the action.
   */
  void act(String alertId, String action) {
    open(alertId);
    actionButton(action).click();
    awaitSent();
  }

  /** Opens an alert's detail view from its card. */
  void open(String alertId) {
    awaitCard(alertId).findElement(By.cssSelector("button.card-open")).click();
    seat.until(d -> d.findElement(By.id("detail-heading")).getText().equals("Alert " + alertId));
  }

  /** An action's button, once it is enabled (the alert ones need an open alert). */
  WebElement actionButton(String action) {
    By button = By.cssSelector("#actions button[data-action=" + action + "]");
    return seat.until(
        d ->
            d.findElements(button).stream().filter(WebElement::isEnabled).findFirst().orElse(null));
  }

  /**
   * Waits for {@code #sent-status} to say the broker acknowledged the action; fails at once with
   * the page's sentence if the server refused it.
   */
  void awaitSent() {
    seat.until(
        d -> {
          WebElement status = d.findElement(By.id("sent-status"));
          String state = status.getDomAttribute("data-state");
          if ("refused".equals(state)) {
            throw new AssertionError("the page says: " + status.getText());
          }
          return "sent".equals(state);
        });
  }

  /** Fills a field of the open action form by its name (input, select or textarea). */
  void fill(String name, String value) {
    WebElement field = seat.visible(By.cssSelector("#action-form [name='" + name + "']"));
    if ("select".equals(field.getTagName())) {
      new org.openqa.selenium.support.ui.Select(field).selectByValue(value);
    } else {
      field.clear();
      field.sendKeys(value);
    }
  }

  /** Submits the open action form and waits for "sent". */
  void submit() {
    seat.visible(By.cssSelector("#action-form button[type=submit]")).click();
    awaitSent();
  }

  /**
   * Sends the NIS2 report a clock waits for from the clock's own button (the form comes filled with
   * the report, the incident and the recipient), with the Art. 23 answers; waits for "sent".
   */
  void report(String report) {
    seat.visible(By.cssSelector("#nis2-clocks button[data-open-report='" + report + "']")).click();
    seat.visible(By.cssSelector("#action-form[data-action=REPORT]"));
    for (WebElement yesNo :
        seat.driver().findElements(By.cssSelector("#action-form .report-fields select"))) {
      new org.openqa.selenium.support.ui.Select(yesNo).selectByValue("yes");
    }
    for (WebElement text :
        seat.driver().findElements(By.cssSelector("#action-form .report-fields textarea"))) {
      text.sendKeys("Ransomware through the provider's RMM agent; Dutch sister hospitals at risk.");
    }
    submit();
  }

  /** The state of one of the team's NIS2 clocks, by report, or null while it is not drawn. */
  String clockState(String report) {
    return seat
        .driver()
        .findElements(By.cssSelector("#nis2-clocks [data-report='" + report + "']"))
        .stream()
        .findFirst()
        .map(e -> e.getDomAttribute("data-state"))
        .orElse(null);
  }

  void awaitClockState(String report, String state) {
    seat.until(d -> state.equals(clockState(report)));
  }

  /** The state of one of the team's expectations, if the console shows it. */
  String expectationState(String expectationId) {
    return seat
        .driver()
        .findElements(By.cssSelector("[data-expectation-id='" + expectationId + "']"))
        .stream()
        .findFirst()
        .map(e -> e.getDomAttribute("data-state"))
        .orElse(null);
  }
}
