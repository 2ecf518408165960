package org.certex.launcher;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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
   * A team's count of expectations in one outcome (met, late, missed, open) as the scores table
   * shows it ({@code #scores tr[data-team] td[data-count]}), or null while the team has no row.
   */
  Integer teamCount(String team, String outcome) {
    By cell =
        By.cssSelector("#scores tr[data-team='" + team + "'] td[data-count='" + outcome + "']");
    // the page redraws the table on every tally: a cell found may be replaced before it is read
    for (int attempt = 1; ; attempt++) {
      try {
        return seat.driver().findElements(cell).stream()
            .findFirst()
            .map(e -> Integer.valueOf(e.getText().strip()))
            .orElse(null);
      } catch (StaleElementReferenceException redrawn) {
        if (attempt == 5) {
          throw redrawn;
        }
      }
    }
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
