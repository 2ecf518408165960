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
import org.springframework.core.env.MapPropertySource;

/** Starts the Spring context that hosts a set of roles against one Kafka cluster. */
final class CertexContexts {

  private CertexContexts() {}

  static ConfigurableApplicationContext start(
      Set<Role> roles, String bootstrapServers, Path data, int httpPort) {
    Map<String, Object> props = new HashMap<>();
    props.put("spring.kafka.bootstrap-servers", bootstrapServers);
    props.put("certex.streams.state-dir", data.resolve("streams").toString());
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
    // What the command line chose wins over environment variables and property files.
    app.addInitializers(
        context ->
            context
                .getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("certex-command-line", props)));
    return app.run();
  }
}
