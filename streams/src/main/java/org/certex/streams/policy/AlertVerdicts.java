package org.certex.streams.policy;

import java.util.List;

/**
 * An alert's own decision as the pipeline records it: a verdict for every recipient and every
 * addressee withheld, in the roster's order, and how many other participants were withheld. Its
 * size grows with whom the alert reaches, not with the roster; {@link
 * SharingPolicy#everyVerdict(SharingFacts, List)} gives the reason for each of the others.
 *
 * @param listed the verdicts that deliver, and those of addressees that withhold
 * @param othersWithheld participants neither listed nor addressed, each withheld
 */
public record AlertVerdicts(List<SharingVerdict> listed, int othersWithheld) {

  public AlertVerdicts {
    listed = List.copyOf(listed);
    if (othersWithheld < 0) {
      throw new IllegalArgumentException("othersWithheld < 0: " + othersWithheld);
    }
  }
}
