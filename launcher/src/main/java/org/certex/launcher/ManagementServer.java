package org.certex.launcher;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.env.Environment;

/**
 * Whether and where a certex process serves its health ({@code /actuator/health}) and its
 * Prometheus scrape ({@code /actuator/prometheus}): Spring Boot's management server, always on a
 * port of its own, never on the dashboard's. A role without a web page (producers, streams) still
 * gets it: its context is a servlet one whose main server is switched off ({@code server.port=-1}),
 * so only the management server listens.
 *
 * <p>The port is Boot's own setting, {@code management.server.port} (env {@code
 * MANAGEMENT_SERVER_PORT}); without it, {@code certex run} takes {@link #RUN_PORT} and each {@code
 * certex service} role its own ({@link Role#managementPort()}), so the processes of one host do not
 * clash. It listens on {@code management.server.address}, 127.0.0.1 unless set: the metrics are not
 * behind the access keys (they carry no alert content, only run ids and reason codes), so opening
 * them to a network is a choice (docker-compose.yml sets 0.0.0.0 inside its network).
 *
 * <p>Only {@code health} and {@code prometheus} are exposed, and no setting widens that: endpoints
 * such as {@code env} or {@code heapdump} would hand out the dashboard's access secret.
 *
 * @param port the port to listen on (0: any free one), or null for the setting; ignored unless
 *     {@code served}
 */
record ManagementServer(boolean served, Integer port) {

  /** The default port of a process that hosts all three roles ({@code certex run}). */
  static final int RUN_PORT = 9464;

  static final String DEFAULT_ADDRESS = "127.0.0.1";
  static final String PORT = "management.server.port";
  static final String ADDRESS = "management.server.address";
  static final String EXPOSED = "health,prometheus";

  /** No management server: a process that is not long-lived (a dry run). */
  static ManagementServer off() {
    return new ManagementServer(false, null);
  }

  /** On the port {@code management.server.port} names, or the default of the roles. */
  static ManagementServer fromSettings() {
    return new ManagementServer(true, null);
  }

  /** On this port (0: any free one, as tests want). */
  static ManagementServer onPort(int port) {
    return new ManagementServer(true, port);
  }

  /** Whether the context must be a servlet one: it serves a page or the management server. */
  boolean needsWebServer(Set<Role> roles) {
    return served || roles.contains(Role.DASHBOARD);
  }

  /** What no environment variable or property file may change. */
  Map<String, Object> fixed(Set<Role> roles) {
    Map<String, Object> props = new HashMap<>();
    props.put("management.endpoints.web.exposure.include", EXPOSED);
    props.put("management.endpoints.jmx.exposure.exclude", "*");
    if (!served) {
      props.put(PORT, -1);
    } else if (port != null) {
      props.put(PORT, port);
    }
    if (served && !roles.contains(Role.DASHBOARD)) {
      props.put("server.port", -1);
    }
    return props;
  }

  /** What the environment may override: the port and the address. */
  Map<String, Object> defaults(Set<Role> roles) {
    return served ? Map.of(PORT, defaultPort(roles), ADDRESS, DEFAULT_ADDRESS) : Map.of();
  }

  /**
   * Refuses a management port that is the dashboard's: Boot would then serve the metrics on the
   * dashboard's own server, which may be open to every trainee.
   */
  void checkPorts(Environment environment, Set<Role> roles) {
    if (!served || !roles.contains(Role.DASHBOARD)) {
      return;
    }
    Integer management = environment.getProperty(PORT, Integer.class);
    Integer dashboard = environment.getProperty("server.port", Integer.class);
    if (management != null && management > 0 && management.equals(dashboard)) {
      throw new IllegalStateException(
          "management.server.port "
              + management
              + " is the dashboard's port; health and metrics need a port of their own"
              + " (MANAGEMENT_SERVER_PORT)");
    }
  }

  /** Where a started context serves its metrics, for the console; empty if it does not. */
  static Optional<String> scrapeUrl(Environment environment) {
    String port = environment.getProperty("local.management.port");
    if (port == null) {
      return Optional.empty();
    }
    String address = environment.getProperty(ADDRESS, DEFAULT_ADDRESS);
    String host = address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
    return Optional.of("http://" + host + ":" + port + "/actuator/prometheus");
  }

  static int defaultPort(Set<Role> roles) {
    return roles.size() == 1 ? roles.iterator().next().managementPort() : RUN_PORT;
  }
}
