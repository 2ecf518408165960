package org.certex.launcher;

import java.util.List;
import java.util.Locale;
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
    awaitCard(alertId).click();
  }

  /** The visible button of an action, in the open detail view or the card. */
  WebElement actionButton(String action) {
    By button = By.cssSelector("button[data-action=" + action + "]");
    return seat.until(
        d ->
            d.findElements(button).stream()
                .filter(WebElement::isDisplayed)
                .filter(WebElement::isEnabled)
                .findFirst()
                .orElse(null));
  }

  /** Waits for {@code #sent-status} to say the broker acknowledged the action. */
  void awaitSent() {
    seat.until(
        d -> {
          String status = seat.textOf(By.id("sent-status"));
          return status != null && status.toLowerCase(Locale.ROOT).contains("sent");
        });
  }

  /** Fills a field of the open action form by its name (input, select or textarea). */
  void fill(String name, String value) {
    WebElement field = seat.visible(By.cssSelector("form [name='" + name + "']"));
    if ("select".equals(field.getTagName())) {
      new org.openqa.selenium.support.ui.Select(field).selectByValue(value);
    } else {
      field.clear();
      field.sendKeys(value);
    }
  }

  /** Submits the open action form and waits for "sent". */
  void submit() {
    seat.visible(By.cssSelector("form button[type=submit]")).click();
    awaitSent();
  }

  /**
   * Sends the NIS2 report a clock waits for: the clock row's report button, the Art. 23 fields
   * filled in, submitted; waits for "sent".
   */
  void report(String report) {
    WebElement row = seat.visible(By.cssSelector("#nis2-clocks [data-report='" + report + "']"));
    row.findElement(By.cssSelector("button[data-action=REPORT]")).click();
    seat.driver().findElements(By.cssSelector("form textarea, form input[type=text]")).stream()
        .filter(WebElement::isDisplayed)
        .filter(f -> f.getDomProperty("value") == null || f.getDomProperty("value").isEmpty())
        .forEach(f -> f.sendKeys("Suspected malicious act; possible cross-border impact."));
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
