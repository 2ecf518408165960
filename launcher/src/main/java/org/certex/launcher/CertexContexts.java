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

  /** A context without a management server (dry runs, and tests that need no metrics). */
  static ConfigurableApplicationContext start(
      Set<Role> roles, String bootstrapServers, Path data, int httpPort) {
    return start(roles, bootstrapServers, data, httpPort, ManagementServer.off());
  }

  /**
   * @param httpPort the dashboard's port, if it hosts the dashboard
   * @param management whether and where health and metrics are served
   */
  static ConfigurableApplicationContext start(
      Set<Role> roles,
      String bootstrapServers,
      Path data,
      int httpPort,
      ManagementServer management) {
    return start(roles, bootstrapServers, data, httpPort, management, Map.of());
  }

  /**
   * @param defaults settings of this kind of context (a dry run's partition count) that settings
   *     and environment variables still override
   */
  static ConfigurableApplicationContext start(
      Set<Role> roles,
      String bootstrapServers,
      Path data,
      int httpPort,
      ManagementServer management,
      Map<String, Object> defaults) {
    Map<String, Object> chosen = new HashMap<>(management.fixed(roles));
    chosen.put("spring.kafka.bootstrap-servers", bootstrapServers);
    if (roles.contains(Role.DASHBOARD)) {
      chosen.put("server.port", httpPort);
    }
    Map<String, Object> implied = new HashMap<>(implied(data, management, roles));
    implied.putAll(defaults);
    SpringApplication app =
        new SpringApplicationBuilder(CertexApplication.class)
            .sources(roles.stream().map(Role::configuration).toArray(Class<?>[]::new))
            .web(
                management.needsWebServer(roles)
                    ? WebApplicationType.SERVLET
                    : WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .registerShutdownHook(false)
            .build();
    app.addInitializers(
        context -> {
          addCommandLine(context.getEnvironment(), chosen, implied);
          management.checkPorts(context.getEnvironment(), roles);
        });
    app.addInitializers(new ClusterSchemas());
    return app.run();
  }

  /** The defaults the command line implies; settings and environment variables override them. */
  static Map<String, Object> implied(Path data, ManagementServer management, Set<Role> roles) {
    Map<String, Object> implied = new HashMap<>(management.defaults(roles));
    implied.put("certex.streams.state-dir", data.resolve("streams").toString());
    return implied;
  }

  /**
   * What the command line chose wins over environment variables and property files; what it only
   * implies (the streams state under {@code --data}, the management server's port and address) is a
   * default that they override.
   */
  static void addCommandLine(
      ConfigurableEnvironment environment,
      Map<String, Object> chosen,
      Map<String, Object> implied) {
    MutablePropertySources sources = environment.getPropertySources();
    sources.addFirst(new MapPropertySource("certex-command-line", chosen));
    sources.addLast(new MapPropertySource("certex-command-line-defaults", implied));
  }
}
