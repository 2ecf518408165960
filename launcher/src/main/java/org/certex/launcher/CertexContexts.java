package org.certex.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/** Starts the Spring context that hosts a set of roles against one Kafka cluster. */
final class CertexContexts {

  private CertexContexts() {}

  static ConfigurableApplicationContext start(
      Set<Role> roles, String bootstrapServers, Path data, int httpPort) {
    Map<String, Object> props = new HashMap<>();
    props.put("spring.kafka.bootstrap-servers", bootstrapServers);
    props.put("server.port", httpPort);
    SpringApplication app =
        new SpringApplicationBuilder(CertexApplication.class)
            .sources(roles.stream().map(Role::configuration).toArray(Class<?>[]::new))
            .web(
                roles.contains(Role.DASHBOARD)
                    ? WebApplicationType.SERVLET
                    : WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .registerShutdownHook(false)
            .build();
    app.addInitializers(context -> addCommandLine(context.getEnvironment(), props, data));
    return app.run();
  }

  /**
   * What the command line chose wins over environment variables and property files; what it only
   * implies (the streams state under {@code --data}) is a default that they override.
   */
  static void addCommandLine(
      ConfigurableEnvironment environment, Map<String, Object> chosen, Path data) {
    MutablePropertySources sources = environment.getPropertySources();
    sources.addFirst(new MapPropertySource("certex-command-line", chosen));
    sources.addLast(
        new MapPropertySource(
            "certex-command-line-defaults",
            Map.of("certex.streams.state-dir", data.resolve("streams").toString())));
  }
}
