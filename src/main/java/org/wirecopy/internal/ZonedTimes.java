package org.wirecopy.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

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

  /**
   * Where a local time falls in a zone.
   *
   * @param fit how it sits in the zone's rules
   * @param instant the instant it stands for, with the offset that {@code fit} describes
   */
  record Placed(Fit fit, Instant instant) {}

  private ZonedTimes() {}

  /**
   * Places a local time in a zone with one look-up of the zone's rules for the usual time that
   * occurs once; a look-up costs more than the rest of a timestamp's handling, and every story has
   * one or two.
   */
  static Placed place(LocalDateTime local, ZoneId zone) {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return new Placed(Fit.NORMAL, local.toInstant(offsets.get(0)));
    }
    // A gap takes the later offset and an overlap the earlier one, as ZonedDateTime does.
    Instant instant = ZonedDateTime.of(local, zone).toInstant();
    return new Placed(offsets.isEmpty() ? Fit.GAP : Fit.OVERLAP, instant);
  }
}
