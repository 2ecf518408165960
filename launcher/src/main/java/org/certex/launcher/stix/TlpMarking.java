package org.certex.launcher.stix;

import java.util.Locale;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The TLP 2.0 marking definitions of STIX 2.1, in the form the OASIS CTI TC publishes them (fixed
 * ids, created 2022-10-01, the TLP 2.0 property extension), ordered from the least restrictive to
 * the most: an object that comes from several alerts takes the most restrictive of their labels.
 */
enum TlpMarking {
  CLEAR("94868c89-83c2-464b-929b-a1a8aa3c8487", "clear"),
  GREEN("bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "green"),
  AMBER("55d920b0-5e8b-4f79-9ee9-91f868d9b421", "amber"),
  AMBER_STRICT("939a9414-2ddd-4d32-a0cd-375ea402b003", "amber+strict"),
  RED("e828b379-4e03-4974-9ac4-e53a884c97c1", "red");

  /** The extension definition of TLP 2.0 marking definitions. */
  static final String EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

  private static final String CREATED = "2022-10-01T00:00:00.000Z";

  private final String id;
  private final String level;

  TlpMarking(String uuid, String level) {
    this.id = "marking-definition--" + uuid;
    this.level = level;
  }

  String id() {
    return id;
  }

  /** The label as TLP 2.0 writes it, e.g. {@code TLP:AMBER+STRICT}. */
  String label() {
    return "TLP:" + level.toUpperCase(Locale.ROOT);
  }

  TlpMarking stricter(TlpMarking other) {
    return other == null || compareTo(other) >= 0 ? this : other;
  }

  /**
   * The marking of a label written {@code TLP:AMBER+STRICT} (a delivery's) or {@code AMBER_STRICT}
   * (the Avro enum's name).
   *
   * @throws IllegalArgumentException naming the labels expected
   */
  static TlpMarking of(String label) {
    String word = label == null ? "" : label.trim().toUpperCase(Locale.ROOT);
    if (word.startsWith("TLP:")) {
      word = word.substring(4);
    }
    word = word.replace('+', '_');
    for (TlpMarking marking : values()) {
      if (marking.name().equals(word)) {
        return marking;
      }
    }
    throw new IllegalArgumentException(
        "not a TLP 2.0 label: '" + label + "' (expected TLP:CLEAR ... TLP:RED)");
  }

  /** The marking-definition object itself. */
  ObjectNode definition() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", "marking-definition");
    node.put("spec_version", "2.1");
    node.put("id", id);
    node.put("created", CREATED);
    node.put("name", label());
    ObjectNode extension = node.putObject("extensions").putObject(EXTENSION);
    extension.put("extension_type", "property-extension");
    extension.put("tlp_2_0", level);
    return node;
  }
}
