package org.certex.launcher;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The evaluator's page: the live scores {@code #scores}, the situation picture {@code #picture} and
 * the MSEL, with no control to change anything.
 */
final class EvaluatorPage {

  /** What would change the run: control buttons, team actions, forms that post. */
  static final By WRITE_CONTROLS =
      By.cssSelector("[id^='control-'], button[data-action], form[method=post], #manual-inject");

  private final BrowserSeat seat;

  EvaluatorPage(BrowserSeat seat) {
    this.seat = seat;
  }

  ClockPanel clock() {
    return new ClockPanel(seat);
  }

  WebElement scores() {
    return seat.visible(By.id("scores"));
  }

  /**
   * A team's count of expectations in one outcome (met, late, missed, open) as the scores show it:
   * {@code [data-team=T] [data-outcome=met]} or {@code [data-team=T][data-met]}.
   */
  Integer teamCount(String team, String outcome) {
    List<WebElement> rows =
        seat.driver().findElements(By.cssSelector("#scores [data-team='" + team + "']"));
    if (rows.isEmpty()) {
      return null;
    }
    WebElement row = rows.get(0);
    String attribute = row.getDomAttribute("data-" + outcome);
    if (attribute != null) {
      return Integer.valueOf(attribute.strip());
    }
    return row.findElements(By.cssSelector("[data-outcome='" + outcome + "']")).stream()
        .findFirst()
        .map(e -> Integer.valueOf(e.getText().strip()))
        .orElse(null);
  }

  WebElement picture() {
    return seat.visible(By.id("picture"));
  }

  /** The write controls that are shown on the page (none for an evaluator). */
  List<WebElement> shownWriteControls() {
    return seat.driver().findElements(WRITE_CONTROLS).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }
}
