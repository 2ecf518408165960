package org.certex.dashboard.scores;

import java.util.List;
import org.certex.dashboard.views.AttributionView;
import org.certex.dashboard.views.ProposalView;

/**
 * The attribution toolbox as one audience sees it: its records, newest first, and the proposals.
 */
public record AttributionPicture(List<AttributionView> records, List<ProposalView> proposals) {

  public AttributionPicture {
    records = List.copyOf(records);
    proposals = List.copyOf(proposals);
  }
}
