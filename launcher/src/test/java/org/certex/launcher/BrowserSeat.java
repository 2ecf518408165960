package org.certex.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.certex.dashboard.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, never one Selenium Manager would fetch) in which a test sits as
 * one role after another: each {@link #open} forgets the previous role's session cookie, so the
 * page holds only the grant of the link just opened.
 */
final class BrowserSeat implements AutoCloseable {

  private final ChromeDriver browser;
  private int failures;

  BrowserSeat(Path profile) {
    this.browser = Chromium.start(profile);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    // Headless Chromium's window size includes room for the browser's own bars; the page itself
    // (and so every screenshot) is made exactly the README's size.
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            Screenshots.WIDTH,
            "height",
            Screenshots.HEIGHT,
            "deviceScaleFactor",
            1,
            "mobile",
            false));
  }

  /** Opens a printed link as its only holder: cookies of earlier roles are dropped first. */
  void open(String link) {
    browser.manage().deleteAllCookies();
    browser.get(link);
  }

  /** Navigates within the session already held (no cookie dropped). */
  void go(String url) {
    browser.get(url);
  }

  ChromeDriver driver() {
    return browser;
  }

  String currentUrl() {
    return browser.getCurrentUrl();
  }

  /**
   * Waits up to {@link PlayedRun#WAIT} for {@code condition} to hold (not null, not false); on a
   * timeout, saves what the page showed (target/screenshots/failed-N.png) and says where it was.
   */
  <T> T until(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(browser, PlayedRun.WAIT).until(condition::apply);
    } catch (TimeoutException e) {
      Path shot = Screenshots.save(browser, "failed-" + (++failures));
      String text = browser.findElement(By.tagName("body")).getText();
      throw new AssertionError(
          String.format(
              "%s%nat %s (screenshot %s); the page said:%n%s",
              e.getMessage().lines().findFirst().orElse(""),
              browser.getCurrentUrl(),
              shot,
              text.length() > 1500 ? text.substring(0, 1500) + "..." : text),
          e);
    }
  }

  WebElement visible(By locator) {
    return until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** The element's text, or null while it is not on the page. */
  String textOf(By locator) {
    return browser.findElements(locator).stream().findFirst().map(WebElement::getText).orElse(null);
  }

  /** Scrolls the page back to its top (an opened alert scrolls the inbox into view). */
  void top() {
    browser.executeScript("window.scrollTo(0, 0)");
  }

  Path screenshot(String name) {
    return Screenshots.save(browser, name);
  }

  @Override
  public void close() {
    browser.quit();
  }
}
