package org.certex.launcher.stix;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The OASIS STIX 2.1 JSON schemas, vendored under {@code src/test/resources/stix2.1} and resolved
 * there: their {@code $id} URLs are mapped to the class path, so nothing is fetched.
 */
final class StixSchemas {

  static final String ID_PREFIX =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

  private static final Set<String> SROS = Set.of("relationship", "sighting");
  private static final Set<String> COMMON = Set.of("marking-definition", "bundle");

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaIdResolvers(
                  resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:stix2.1/")));

  private final Map<String, Schema> byType = new HashMap<>();

  /** What the schema of the object's type finds wrong with it; empty if it is valid. */
  List<String> problemsOf(JsonNode object) {
    String type = object.path("type").asString();
    return schemaOf(type).validate(object).stream().map(Error::toString).toList();
  }

  private Schema schemaOf(String type) {
    return byType.computeIfAbsent(
        type,
        t -> {
          String folder = SROS.contains(t) ? "sros/" : COMMON.contains(t) ? "common/" : "sdos/";
          return registry.getSchema(SchemaLocation.of(ID_PREFIX + folder + t + ".json"));
        });
  }
}
