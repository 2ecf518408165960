package org.certex.schemas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The distributed layout's ACLs, read from the one table {@code acls.tsv} beside this class: what
 * each service's principal may do, so that it writes only the topics it owns. Rows naming {@code
 * {run}} are one run's and are granted when its topics are made ({@link #forRun}); the others once
 * at deployment ({@link #cluster}, and the compose set-up script {@link #script}).
 */
public final class ServiceAcls {

  /** Where in a row's name the run id goes. */
  static final String RUN = "{run}";

  private static final String TABLE = "acls.tsv";

  /** One row of the table. */
  public record Row(
      String principal,
      AclOperation operation,
      ResourceType resource,
      PatternType pattern,
      String name) {

    boolean perRun() {
      return name.contains(RUN);
    }

    AclBinding binding(String runId) {
      String resolved = perRun() ? name.replace(RUN, runId) : name;
      return new AclBinding(
          new ResourcePattern(resource, resolved, pattern),
          new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }
  }

  private final List<Row> rows;

  private ServiceAcls(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The table shipped with certex. */
  public static ServiceAcls load() {
    try (InputStream in = ServiceAcls.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table: one row per line, five fields separated by blanks; {@code #} starts a comment. */
  static ServiceAcls parse(String table) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(table))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        String content = line.replaceFirst("#.*", "").strip();
        if (!content.isEmpty()) {
          rows.add(row(content, number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ServiceAcls(rows);
  }

  private static Row row(String content, int number) {
    String[] fields = content.split("\\s+");
    if (fields.length != 5) {
      throw new IllegalArgumentException(
          TABLE + ":" + number + ": expected principal operation resource pattern name");
    }
    try {
      return new Row(
          fields[0],
          AclOperation.valueOf(fields[1].toUpperCase(Locale.ROOT)),
          ResourceType.valueOf(fields[2].toUpperCase(Locale.ROOT)),
          PatternType.valueOf(fields[3].toUpperCase(Locale.ROOT)),
          fields[4]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(TABLE + ":" + number + ": " + e.getMessage(), e);
    }
  }

  public List<Row> rows() {
    return rows;
  }

  /** The principals' user names (the SCRAM users to create). */
  public Set<String> principals() {
    Set<String> names = new TreeSet<>();
    rows.forEach(r -> names.add(r.principal()));
    return names;
  }

  /** The ACLs granted once at deployment. */
  public List<AclBinding> cluster() {
    return rows.stream().filter(r -> !r.perRun()).map(r -> r.binding(null)).toList();
  }

  /** The ACLs of one run's topics, granted when they are created. */
  public List<AclBinding> forRun(String runId) {
    TopicCatalogue.requireValidRunId(runId);
    return rows.stream().filter(Row::perRun).map(r -> r.binding(runId)).toList();
  }

  /**
   * The deployment's ACLs as {@code kafka-acls.sh} commands, for docker-compose.yml's set-up
   * container: deploy/kafka/setup-acls.sh is this text, and a test keeps it so.
   */
  public String script() {
    StringBuilder out = new StringBuilder();
    out.append("#!/bin/sh\n")
        .append("# Generated from schemas/src/main/resources/org/certex/schemas/acls.tsv by\n")
        .append("# ServiceAcls.script(); ServiceAclsScriptTest fails when the two differ.\n")
        .append(
            "# A SCRAM-SHA-512 user per certex service (its password from the environment), and\n")
        .append(
            "# the ACLs every service holds from the start; each run's own are granted by the\n")
        .append(
            "# engine when it creates the run's topics. Needs BOOTSTRAP and ADMIN_CONFIG (the\n")
        .append("# super user's client settings).\n")
        .append("set -eu\n")
        .append("bin=/opt/kafka/bin\n")
        .append("acls() { \"$bin/kafka-acls.sh\" --bootstrap-server \"$BOOTSTRAP\"")
        .append(" --command-config \"$ADMIN_CONFIG\" --add --force \"$@\"; }\n")
        .append("user() { \"$bin/kafka-configs.sh\" --bootstrap-server \"$BOOTSTRAP\"")
        .append(" --command-config \"$ADMIN_CONFIG\" --alter --entity-type users")
        .append(
            " --add-config \"SCRAM-SHA-512=[iterations=8192,password=$2]\" --entity-name \"$1\"; }\n");
    for (String principal : principals()) {
      out.append("user ")
          .append(principal)
          .append(" \"${")
          .append(passwordVariable(principal))
          .append(":?set it to ")
          .append(principal)
          .append("'s password}\"\n");
    }
    for (Row row : rows) {
      if (!row.perRun()) {
        out.append("acls --allow-principal User:")
            .append(row.principal())
            .append(" --operation ")
            .append(cliName(row.operation().name()))
            .append(' ')
            .append(resourceOption(row))
            .append(
                row.pattern() == PatternType.PREFIXED ? " --resource-pattern-type prefixed" : "")
            .append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The environment variable holding a principal's password, e.g. CERTEX_STREAMS_KAFKA_PASSWORD.
   */
  public static String passwordVariable(String principal) {
    return principal.toUpperCase(Locale.ROOT).replace('-', '_') + "_KAFKA_PASSWORD";
  }

  private static String resourceOption(Row row) {
    return switch (row.resource()) {
      case TOPIC -> "--topic " + row.name();
      case GROUP -> "--group " + row.name();
      case TRANSACTIONAL_ID -> "--transactional-id " + row.name();
      case CLUSTER -> "--cluster";
      default -> throw new IllegalStateException("no kafka-acls.sh option for " + row.resource());
    };
  }

  private static String cliName(String operation) {
    StringBuilder name = new StringBuilder();
    for (String word : operation.toLowerCase(Locale.ROOT).split("_")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }
}
