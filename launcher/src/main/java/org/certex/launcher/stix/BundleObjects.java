package org.certex.launcher.stix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The objects of one bundle as they are made: each with the common properties of STIX 2.1 (type,
 * spec_version, a deterministic id, created and modified in scenario time, its TLP marking), kept
 * by id, and handed out in a fixed order (markings, identities, locations, indicators, sightings,
 * incidents, actors, relationships; then by id) so that the same run gives the same file.
 */
final class BundleObjects {

  private static final List<String> ORDER =
      List.of(
          "marking-definition",
          "identity",
          "location",
          "indicator",
          "sighting",
          "incident",
          "threat-actor",
          "intrusion-set",
          "relationship");

  private final StixIds ids;
  private final Map<String, ObjectNode> byId = new HashMap<>();
  private final Set<TlpMarking> markings = EnumSet.noneOf(TlpMarking.class);

  BundleObjects(StixIds ids) {
    this.ids = ids;
  }

  StixIds ids() {
    return ids;
  }

  /**
   * A new object of {@code type} whose natural key is {@code key}, marked {@code marking}; its own
   * properties are then put on it. {@code modified} is never before {@code created}.
   */
  ObjectNode add(String type, String key, Instant created, Instant modified, TlpMarking marking) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", type);
    node.put("spec_version", "2.1");
    node.put("id", ids.of(type, key));
    node.put("created", StixIds.timestamp(created));
    node.put("modified", StixIds.timestamp(modified.isBefore(created) ? created : modified));
    node.putArray("object_marking_refs").add(marking.id());
    markings.add(marking);
    byId.put(node.get("id").asString(), node);
    return node;
  }

  /** A relationship {@code source --type--> target}, its key made of the three. */
  ObjectNode relate(String source, String type, String target, Instant at, TlpMarking marking) {
    return relate(source, type, target, "", at, marking);
  }

  /**
   * A relationship {@code source --type--> target}, its key made of the three and {@code what}, so
   * that two facts relating the same objects (a coordinated attribution, then an adopted outcome)
   * stay two relationships.
   */
  ObjectNode relate(
      String source, String type, String target, String what, Instant at, TlpMarking marking) {
    ObjectNode node =
        add("relationship", source + ' ' + type + ' ' + target + ' ' + what, at, at, marking);
    node.put("relationship_type", type);
    node.put("source_ref", source);
    node.put("target_ref", target);
    return node;
  }

  /**
   * An object made before is used again: its marking becomes the more restrictive of the two, and
   * its created and modified times stretch to cover {@code at}.
   */
  void remark(String id, TlpMarking marking, Instant at) {
    ObjectNode node = byId.get(id);
    TlpMarking before = markingOf(node);
    TlpMarking now = marking.stricter(before);
    markings.add(now);
    node.putArray("object_marking_refs").add(now.id());
    String stamp = StixIds.timestamp(at);
    if (stamp.compareTo(node.get("created").asString()) < 0) {
      node.put("created", stamp);
    }
    if (stamp.compareTo(node.get("modified").asString()) > 0) {
      node.put("modified", stamp);
    }
  }

  private static TlpMarking markingOf(ObjectNode node) {
    String id = node.get("object_marking_refs").get(0).asString();
    for (TlpMarking marking : TlpMarking.values()) {
      if (marking.id().equals(id)) {
        return marking;
      }
    }
    throw new IllegalStateException("an object of this bundle has an unknown marking " + id);
  }

  /** Whether an object of this id was made. */
  boolean has(String id) {
    return byId.containsKey(id);
  }

  /** Every object, the marking definitions they refer to first, in the bundle's order. */
  List<ObjectNode> inOrder() {
    List<ObjectNode> all = new ArrayList<>();
    markings.forEach(marking -> all.add(marking.definition()));
    all.addAll(byId.values());
    all.sort(
        Comparator.comparingInt((ObjectNode node) -> rank(node.get("type").asString()))
            .thenComparing(node -> node.get("id").asString()));
    return all;
  }

  private static int rank(String type) {
    int rank = ORDER.indexOf(type);
    return rank < 0 ? ORDER.size() : rank;
  }
}
