package org.certex.streams.situation.incidents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.certex.avro.IncidentAlert;
import org.certex.avro.Indicator;

/**
 * What an alert can be correlated on: each of its indicators (type and value, compared exactly) and
 * its campaign tag. An alert with neither has nothing to correlate on and joins no incident.
 *
 * <p>Keys are unambiguous strings: an indicator key carries the length of its type, so no type and
 * value can spell another pair's key, and campaign keys have their own prefix. They are the keys of
 * the {@code incident-keys} repartition topic and the {@code incident-key-sightings} store.
 */
final class CorrelationKeys {

  private CorrelationKeys() {}

  /** The alert's keys, each once, indicators first in the alert's order, then the campaign. */
  static List<String> of(IncidentAlert alert) {
    Set<String> keys = new LinkedHashSet<>();
    for (Indicator indicator : alert.getIndicators()) {
      keys.add(indicator(indicator.getType(), indicator.getValue()));
    }
    String campaign = alert.getCampaign();
    if (campaign != null && !campaign.isBlank()) {
      keys.add(campaign(campaign));
    }
    return new ArrayList<>(keys);
  }

  static String indicator(String type, String value) {
    return "indicator " + type.length() + ":" + type + "=" + value;
  }

  static String campaign(String tag) {
    return "campaign=" + tag;
  }
}
