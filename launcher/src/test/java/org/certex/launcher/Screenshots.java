package org.certex.launcher;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Screenshots of the page for the README. Every run writes them to {@code target/screenshots}; only
 * when the system property {@code certex.screenshots} names a folder (relative to the repository's
 * root, e.g. {@code -Dcertex.screenshots=docs/images}) are they copied there, so a CI run never
 * rewrites committed files.
 */
final class Screenshots {

  static final String PROPERTY = "certex.screenshots";
  static final int WIDTH = 1600;
  static final int HEIGHT = 1000;

  private static final Path TARGET = Path.of("target", "screenshots");

  /** The repository's root: the tests run in the launcher module's folder. */
  private static final Path ROOT = Path.of("..");

  private Screenshots() {}

  /**
   * Saves what {@code browser} shows as {@code name}.png and returns the file written under target.
   *
   * @throws IllegalStateException if the image is not {@value #WIDTH}x{@value #HEIGHT}
   */
  static Path save(TakesScreenshot browser, String name) {
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    checkSize(png, name);
    try {
      Files.createDirectories(TARGET);
      Path written = Files.write(TARGET.resolve(name + ".png"), png);
      String folder = System.getProperty(PROPERTY);
      if (folder != null && !folder.isBlank()) {
        Path copy = ROOT.resolve(folder).resolve(name + ".png");
        Files.createDirectories(copy.getParent());
        Files.copy(written, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkSize(byte[] png, String name) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image.getWidth() != WIDTH || image.getHeight() != HEIGHT) {
        throw new IllegalStateException(
            String.format(
                "screenshot %s is %dx%d, expected %dx%d",
                name, image.getWidth(), image.getHeight(), WIDTH, HEIGHT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
