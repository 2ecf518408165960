package org.certex.launcher;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Exercise control's page, by the contract's ids: the control buttons {@code #control-*}, the MSEL
 * {@code #msel} with a row per inject ({@code tr[data-inject-id][data-state]}) and its expectations
 * ({@code [data-expectation-id][data-state]}), the picture {@code #picture}.
 */
final class ControlPage {

  private final BrowserSeat seat;

  ControlPage(BrowserSeat seat) {
    this.seat = seat;
  }

  ClockPanel clock() {
    return new ClockPanel(seat);
  }

  /** Waits for the MSEL to be drawn with every planned inject. */
  ControlPage awaitMsel(int injects) {
    seat.until(d -> d.findElements(By.cssSelector("#msel tr[data-inject-id]")).size() >= injects);
    return this;
  }

  void start() {
    press("control-start");
  }

  void pause() {
    press("control-pause");
  }

  void resume() {
    press("control-resume");
  }

  /** Jumps ahead by a span such as {@code 30m}, typed into the jump's field. */
  void jump(String span) {
    WebElement field = seat.visible(By.id("control-jump-value"));
    field.clear();
    field.sendKeys(span);
    press("control-jump");
  }

  /** Fires a pending inject now, chosen in the trigger's list. */
  void trigger(String injectId) {
    WebElement choice = seat.visible(By.id("control-trigger-inject"));
    seat.until(
        d -> !choice.findElements(By.cssSelector("option[value='" + injectId + "']")).isEmpty());
    new Select(choice).selectByValue(injectId);
    press("control-trigger");
  }

  /** An inject row's state (PENDING, FIRED), or null while the row is not drawn. */
  String injectState(String injectId) {
    return attribute("#msel tr[data-inject-id='" + injectId + "']", "data-state");
  }

  void awaitInjectState(String injectId, String state) {
    seat.until(d -> state.equals(injectState(injectId)));
  }

  /** An expectation's state in the MSEL (NOT_OPEN, OPEN, MET, LATE, MISSED). */
  String expectationState(String expectationId) {
    return attribute("#msel [data-expectation-id='" + expectationId + "']", "data-state");
  }

  void awaitExpectationState(String expectationId, String state) {
    seat.until(d -> state.equals(expectationState(expectationId)));
  }

  private String attribute(String css, String name) {
    return seat.driver().findElements(By.cssSelector(css)).stream()
        .findFirst()
        .map(e -> e.getDomAttribute(name))
        .orElse(null);
  }

  private void press(String id) {
    seat.until(d -> d.findElement(By.id(id)).isEnabled());
    seat.driver().findElement(By.id(id)).click();
  }
}
