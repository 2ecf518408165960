package org.certex.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.certex.dashboard.Chromium;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser tests' harness: the printed links of a run on the shared stack name exercise control
 * and every trainee team of the scenario, and a screenshot is the README's size.
 */
@ExtendWith(PlayedStack.Shared.class)
class PlayedStackTest {

  @Test
  @DisplayName("a run's printed links: control and one per trainee team; screenshots are 1600x1000")
  void linksAndScreenshots(PlayedStack stack) throws Exception {
    PlayedRun run = stack.start(PlayedStack.SCENARIOS.resolve("cyber-tesla-2021.yaml"), 60);
    try {
      assertThat(run.links().teams()).containsOnlyKeys("CERT-RS", "MIL-CERT-RS");
      assertThat(RunLinks.key(run.links().team("CERT-RS")))
          .isNotBlank()
          .isNotEqualTo(RunLinks.key(run.links().control()));
      assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
      try (BrowserSeat seat = new BrowserSeat(stack.data().resolve("chromium-harness"))) {
        seat.open(run.links().control());
        Path shot = seat.screenshot("harness");
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(Screenshots.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Screenshots.HEIGHT);
      }
    } finally {
      run.stop();
    }
  }
}
