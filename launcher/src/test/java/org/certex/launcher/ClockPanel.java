package org.certex.launcher;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The exercise clock every role's page shows: {@code #clock-time} and {@code #clock-state}. */
final class ClockPanel {

  static final By TIME = By.id("clock-time");
  static final By STATE = By.id("clock-state");
  private static final DateTimeFormatter HH_MM =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

  private final BrowserSeat seat;

  ClockPanel(BrowserSeat seat) {
    this.seat = seat;
  }

  /** The state the page shows (held, running, paused, ended...), lower case. */
  String state() {
    WebElement state = seat.visible(STATE);
    String data = state.getDomAttribute("data-state");
    return (data != null ? data : state.getText()).toLowerCase(Locale.ROOT).strip();
  }

  /** Waits until the page shows a state containing {@code word}. */
  void awaitState(String word) {
    seat.until(d -> state().contains(word));
  }

  /** The scenario time the page shows, as its machine-readable attribute or its text. */
  String time() {
    WebElement time = seat.visible(TIME);
    for (String attribute : new String[] {"datetime", "data-time"}) {
      String value = time.getDomAttribute(attribute);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return time.getText();
  }

  /**
   * Whether the page shows {@code instant}: its ISO attribute names it, or its text shows its hour
   * and minute (the page may leave out the date and the seconds).
   */
  boolean shows(Instant instant) {
    String shown = time();
    try {
      return Instant.parse(shown).equals(instant);
    } catch (java.time.format.DateTimeParseException notIso) {
      return shown.contains(HH_MM.format(instant));
    }
  }

  /** Waits until the page shows {@code instant}. */
  void awaitTime(Instant instant) {
    seat.until(d -> shows(instant));
  }
}
