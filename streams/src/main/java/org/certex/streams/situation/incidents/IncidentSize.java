package org.certex.streams.situation.incidents;

import java.util.List;
import org.certex.avro.Incident;
import org.certex.avro.IncidentMember;

/**
 * A generous estimate of an incident's encoded size, from its fields' lengths without encoding it:
 * three bytes a character (UTF-8 at worst for the characters Java holds in one {@code char}) and
 * ten bytes of framing a string. Used to keep an incident, with its members' lists, far below the
 * record ceiling before a merge is made.
 */
final class IncidentSize {

  /** Ids, times, the escalation and its reason, the limits' sentences. */
  static final int FIXED_BYTES = 8 * 1024;

  private static final int PER_STRING = 10;
  private static final int PER_CHAR = 3;

  private IncidentSize() {}

  static long of(Incident incident) {
    long bytes = FIXED_BYTES;
    for (IncidentMember member : incident.getMembers()) {
      bytes += of(member);
    }
    return bytes + of(incident.getCountries()) + of(incident.getSectors());
  }

  static long of(IncidentMember member) {
    return 32
        + of(member.getAlertId())
        + of(member.getSourceOrg())
        + of(member.getCountry())
        + of(member.getSector())
        + of(member.getAffectedCountries());
  }

  private static long of(List<String> texts) {
    long bytes = PER_STRING;
    for (String text : texts) {
      bytes += of(text);
    }
    return bytes;
  }

  private static long of(String text) {
    return text == null ? 1 : PER_STRING + (long) PER_CHAR * text.length();
  }
}
