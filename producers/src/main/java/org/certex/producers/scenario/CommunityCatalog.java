package org.certex.producers.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The communities and named sharing groups a participant may belong to: the well-known ones, which
 * every scenario knows without declaring them, and those the {@code communities:} section declares.
 * TLP:GREEN reaches a recipient that shares one with the source or an addressee.
 */
final class CommunityCatalog {

  /**
   * The EU CSIRTs Network (NIS2 Art. 15), EU-CyCLONe (Art. 16), FIRST and ASEAN, which most
   * scenarios use, so that planners need not declare them in every file.
   */
  static final List<String> BUILT_IN = List.of("CSIRTS-NETWORK", "EU-CYCLONE", "FIRST", "ASEAN");

  private final Vocabulary<String> known;

  /**
   * @param declared ids of the communities the file declares; built-in ids may be among them
   */
  CommunityCatalog(List<String> declared) {
    List<String> ids = new ArrayList<>(BUILT_IN);
    declared.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    this.known = Vocabulary.ofWords("community", ids);
  }

  /** {@code id} itself if it is a known community; a value parser for {@code communities}. */
  String community(String id) {
    return known.parse(id);
  }
}
