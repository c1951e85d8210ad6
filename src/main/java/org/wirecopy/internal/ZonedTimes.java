package org.wirecopy.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Turns the copy's local clock times into instants, noticing gaps and overlaps. */
final class ZonedTimes {

  /** How a local time sits in the zone's rules. */
  enum Fit {
    /** It occurs once. */
    NORMAL,
    /** It does not exist (spring-forward gap); the later offset is used. */
    GAP,
    /** It occurs twice (autumn fall-back); the earlier offset is used. */
    OVERLAP
  }

  private ZonedTimes() {}

  static Instant instant(LocalDateTime local, ZoneId zone) {
    return ZonedDateTime.of(local, zone).toInstant();
  }

  static Fit fit(LocalDateTime local, ZoneId zone) {
    int offsets = zone.getRules().getValidOffsets(local).size();
    return offsets == 0 ? Fit.GAP : offsets == 1 ? Fit.NORMAL : Fit.OVERLAP;
  }
}
