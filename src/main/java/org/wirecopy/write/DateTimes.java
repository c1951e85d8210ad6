package org.wirecopy.write;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Date-times for the export formats. The model keeps a local date-time as written and its instant;
 * the difference between the two is the offset the copy's clock had, so an exported date-time can
 * carry that offset ({@code 2019-05-10T10:57:56+01:00}) without the writer knowing the zone.
 */
final class DateTimes {

  /** RFC 3339 with seconds and offset, as ninjs's {@code date-time} format wants. */
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  /** NITF's basic ISO 8601 form, {@code YYYYMMDDTHHMMSS±HHMM}. */
  private static final DateTimeFormatter NITF = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssxx");

  private DateTimes() {}

  /**
   * The instant at the offset that turns it into the local date-time. UTC instead where that offset
   * cannot be written as hours and minutes (local mean time before 1847 was 75 seconds behind UTC
   * in London) or is larger than any offset (a hand-built article): the instant is never misstated.
   */
  static OffsetDateTime withOffset(LocalDateTime local, Instant instant) {
    long seconds = local.toEpochSecond(ZoneOffset.UTC) - instant.getEpochSecond();
    ZoneOffset offset = ZoneOffset.UTC;
    if (Math.abs(seconds) <= ZoneOffset.MAX.getTotalSeconds() && seconds % 60 == 0) {
      offset = ZoneOffset.ofTotalSeconds((int) seconds);
    }
    try {
      return instant.atOffset(offset);
    } catch (DateTimeException e) {
      // Beyond OffsetDateTime's year range: a hand-built instant, clamp rather than fail.
      return (instant.isBefore(Instant.EPOCH) ? OffsetDateTime.MIN : OffsetDateTime.MAX)
          .withOffsetSameLocal(ZoneOffset.UTC);
    }
  }

  static String rfc3339(OffsetDateTime t) {
    return RFC_3339.format(t);
  }

  static String nitf(OffsetDateTime t) {
    return NITF.format(t);
  }
}
