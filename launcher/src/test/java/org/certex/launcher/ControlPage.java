package org.certex.launcher;

import java.util.List;
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

  /** Jumps ahead by a span such as {@code 1h30m}, typed into the jump button's form. */
  void jump(String span) {
    WebElement field = fieldBeside("control-jump", "input");
    field.clear();
    field.sendKeys(span);
    press("control-jump");
  }

  /** Fires an inject now: the MSEL row's own trigger button, or the inject chosen in the form. */
  void trigger(String injectId) {
    List<WebElement> inRow =
        seat.driver()
            .findElements(
                By.cssSelector(
                    "#msel tr[data-inject-id='" + injectId + "'] button[data-command=TRIGGER]"));
    if (!inRow.isEmpty()) {
      inRow.get(0).click();
      return;
    }
    WebElement choice = fieldBeside("control-trigger", "select, input");
    if ("select".equals(choice.getTagName())) {
      new Select(choice).selectByValue(injectId);
    } else {
      choice.clear();
      choice.sendKeys(injectId);
    }
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

  /** The first field of {@code tag} in the form (or the parent) that holds the button. */
  private WebElement fieldBeside(String buttonId, String css) {
    WebElement button = seat.visible(By.id(buttonId));
    List<WebElement> form = button.findElements(By.xpath("./ancestor::form[1]"));
    WebElement scope = form.isEmpty() ? button.findElement(By.xpath("./..")) : form.get(0);
    return scope.findElement(By.cssSelector(css));
  }
}
