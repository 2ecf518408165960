package org.certex.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

@DisplayName("The dashboard's settings under certex.dashboard")
class DashboardPropertiesTest {

  @Test
  @DisplayName("have defaults: 500 deliveries per CERT, half-second polls, 30-minute streams")
  void defaults() {
    DashboardProperties properties = bind(Map.of());

    assertThat(properties.maxDeliveriesPerCert()).isEqualTo(500);
    assertThat(properties.pollTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(properties.streamTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(properties.keepAliveInterval()).isEqualTo(Duration.ofSeconds(20));
    assertThat(properties.streamBacklog()).isEqualTo(1000);
    assertThat(properties.actionAckTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(properties.hasAccessSecret()).isFalse();
    assertThat(properties.streamBuffer()).isEqualTo(DataSize.ofMegabytes(4));
    assertThat(properties.streamWriteTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(properties.maxRequestBody()).isEqualTo(DataSize.ofKilobytes(128));
    assertThat(properties.requestBodyTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  @DisplayName("hold the request body limit to 1 KB ... 16 MB, and refuse a zero body timeout")
  void bodyLimits() {
    assertThat(bind(Map.of("certex.dashboard.max-request-body", "64KB")).maxRequestBody())
        .isEqualTo(DataSize.ofKilobytes(64));
    assertThatThrownBy(() -> bind(Map.of("certex.dashboard.max-request-body", "20MB")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("max-request-body");
    assertThatThrownBy(() -> bind(Map.of("certex.dashboard.request-body-timeout", "0s")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("request-body-timeout");
    assertThatThrownBy(() -> bind(Map.of("certex.dashboard.stream-buffer", "10B")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("stream-buffer");
  }

  @Test
  @DisplayName("bind from kebab-case names")
  void overrides() {
    DashboardProperties properties =
        bind(
            Map.of(
                "certex.dashboard.max-deliveries-per-cert", "50",
                "certex.dashboard.stream-timeout", "5m"));

    assertThat(properties.maxDeliveriesPerCert()).isEqualTo(50);
    assertThat(properties.streamTimeout()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  @DisplayName("refuse durations that are not positive")
  void refuseZeroDurations() {
    assertThatThrownBy(() -> bind(Map.of("certex.dashboard.poll-timeout", "0s")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("poll-timeout");
  }

  @Test
  @DisplayName("take an access secret of at least 16 characters, and never show it")
  void accessSecret() {
    String secret = "correct horse battery staple";
    DashboardProperties properties = bind(Map.of("certex.dashboard.access-secret", secret));

    assertThat(properties.accessSecret()).isEqualTo(secret);
    assertThat(properties.hasAccessSecret()).isTrue();
    assertThat(properties.toString()).doesNotContain(secret).contains("accessSecret=(set)");
  }

  @Test
  @DisplayName("treat a blank access secret as none, and refuse a short one without showing it")
  void blankOrShortAccessSecret() {
    assertThat(bind(Map.of("certex.dashboard.access-secret", " ")).hasAccessSecret()).isFalse();
    assertThatThrownBy(() -> bind(Map.of("certex.dashboard.access-secret", "hunter2")))
        .isInstanceOf(BindException.class)
        .hasMessageNotContaining("hunter2")
        .satisfies(
            e ->
                assertThat(((BindException) e).getProperty())
                    .as("no property whose value a failure report would print")
                    .isNull())
        .rootCause()
        .hasMessageContaining("access-secret")
        .hasMessageNotContaining("hunter2");
  }

  private static DashboardProperties bind(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings))
        .bindOrCreate("certex.dashboard", DashboardProperties.class);
  }
}
