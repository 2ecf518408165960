package org.certex.dashboard;

import java.util.List;

/**
 * The attribution toolbox as one audience sees it: its records, newest first, and the proposals.
 */
record AttributionPicture(List<AttributionView> records, List<ProposalView> proposals) {

  AttributionPicture {
    records = List.copyOf(records);
    proposals = List.copyOf(proposals);
  }
}
