package org.certex.streams.policy;

import java.util.List;

/**
 * A team's request to take one alert further than its decision did: share it with the targets (any
 * holder may ask), or grant permission for them to receive it (only the source may). It arrives as
 * a trainee's action event; the policy decides each target separately.
 *
 * @param requester id of the organisation whose team acted
 * @param targets ids of the organisations the alert should reach, in the team's order
 */
public record SharingRequest(Kind kind, String requester, List<String> targets) {

  /** What the team asked for. */
  public enum Kind {
    /** Pass the alert on; allowed within what the label lets the requester do, or by its source. */
    SHARE,
    /** The source's explicit permission for the targets to receive the alert beyond its label. */
    GRANT_PERMISSION
  }

  public SharingRequest {
    targets = targets.stream().distinct().toList();
  }

  public static SharingRequest share(String requester, String... targets) {
    return new SharingRequest(Kind.SHARE, requester, List.of(targets));
  }

  public static SharingRequest grant(String requester, String... targets) {
    return new SharingRequest(Kind.GRANT_PERMISSION, requester, List.of(targets));
  }
}
