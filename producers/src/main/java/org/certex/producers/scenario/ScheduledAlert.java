package org.certex.producers.scenario;

import java.time.Duration;
import java.util.List;
import org.certex.avro.Nis2EntityType;
import org.certex.avro.Pap;
import org.certex.avro.RsitClass;
import org.certex.avro.Severity;
import org.certex.avro.Tlp;

/**
 * One alert of the scenario, published by {@code from} at scenario offset {@code at}.
 *
 * @param detectedBefore how long before publication the source detected the incident
 */
public record ScheduledAlert(
    String id,
    Duration at,
    Duration detectedBefore,
    String from,
    List<String> to,
    Tlp tlp,
    Pap pap,
    RsitClass rsitClass,
    String rsitType,
    Severity severity,
    String sector,
    Nis2EntityType nis2EntityType,
    boolean significant,
    boolean crossBorder,
    List<String> affectedCountries,
    List<IndicatorOfCompromise> indicators,
    String campaign,
    String derivedFrom,
    String text) {

  /**
   * Why a cross-border alert that names no affected countries is refused, in the words the loader
   * and {@code certex policy explain} use. The sharing pipeline refuses it too, to the dead-letter
   * topic: NIS2 forwarding goes to the affected countries' CSIRTs, so it would have no one to
   * forward to.
   */
  public static final String CROSS_BORDER_WITHOUT_COUNTRIES =
      "a cross-border alert must name its affected countries";

  public ScheduledAlert {
    to = List.copyOf(to);
    affectedCountries = List.copyOf(affectedCountries);
    indicators = List.copyOf(indicators);
  }

  public record IndicatorOfCompromise(String type, String value) {}
}
