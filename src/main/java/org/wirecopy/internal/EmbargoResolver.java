package org.wirecopy.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.Embargo;
import org.wirecopy.SourceSpan;

/**
 * Resolves an embargo's date against the story's timestamp: the first date on or after the
 * timestamp's date with that month and day, within the next 366 days, unless a year is written.
 * Only two candidate years are ever tried, so nothing loops.
 */
final class EmbargoResolver {

  /** How far after the timestamp an embargo's date may lie. */
  static final int HORIZON_DAYS = 366;

  private final ZoneId zone;

  EmbargoResolver(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Resolves an embargo line.
   *
   * @param line the embargo line
   * @param scanned what its scanner read
   * @param filed the story's timestamp, if it has one
   * @param diagnostics where warnings go
   * @return the embargo, with a local date-time and instant when it could be resolved
   */
  Embargo resolve(
      Line line,
      ScannedEmbargo scanned,
      Optional<LocalDateTime> filed,
      DiagnosticCollector diagnostics) {
    SourceSpan span = SourceSpan.ofLine(line.number());
    Optional<DayOfWeek> weekday = scanned.weekday();
    String problem = scanned.problem().orElse(null);
    LocalDate date = null;
    if (problem == null) {
      if (scanned.year() != 0) {
        date = dateOf(scanned.year(), scanned.month(), scanned.day());
        if (date == null) {
          problem = "there is no such date";
        }
      } else if (filed.isEmpty()) {
        problem = "no year is written and the story has no timestamp to resolve it against";
      } else {
        date = firstOnOrAfter(filed.get().toLocalDate(), scanned.month(), scanned.day());
        if (date == null) {
          problem =
              "no "
                  + Month.of(scanned.month()).getDisplayName(TextStyle.FULL, Locale.UK)
                  + " "
                  + scanned.day()
                  + " within "
                  + HORIZON_DAYS
                  + " days of the timestamp";
        }
      }
    }
    if (problem != null) {
      diagnostics.add(
          DiagnosticCode.EMBARGO_UNRESOLVED,
          "embargo not resolved: " + problem,
          line.number(),
          line.firstColumn());
      return new Embargo(line.trimmed(), Optional.empty(), Optional.empty(), weekday, span);
    }
    LocalDateTime local = date.atTime(scanned.time().orElseThrow());
    ZonedTimes.Placed placed = ZonedTimes.place(local, zone);
    check(line, local, placed, scanned, diagnostics);
    return new Embargo(
        line.trimmed(), Optional.of(local), Optional.of(placed.instant()), weekday, span);
  }

  private void check(
      Line line,
      LocalDateTime local,
      ZonedTimes.Placed placed,
      ScannedEmbargo scanned,
      DiagnosticCollector diagnostics) {
    int at = line.number();
    int column = line.firstColumn();
    switch (placed.fit()) {
      case GAP -> diagnostics.add(
          DiagnosticCode.EMBARGO_DST_GAP,
          "embargo time " + local + " does not exist in " + zone + "; the later offset is used",
          at, column);
      case OVERLAP -> diagnostics.add(
          DiagnosticCode.EMBARGO_DST_OVERLAP,
          "embargo time " + local + " occurs twice in " + zone + "; the earlier offset is used",
          at, column);
      default -> { }
    }
    if (scanned.weekday().isPresent() && scanned.weekday().get() != local.getDayOfWeek()) {
      diagnostics.add(
          DiagnosticCode.EMBARGO_WEEKDAY_MISMATCH,
          "the embargo names " + scanned.weekday().get() + " but "
              + local.toLocalDate() + " is a " + local.getDayOfWeek(),
          at, column);
    }
    if (scanned.zoneWord().isPresent()) {
      String word = scanned.zoneWord().get();
      ZoneOffset expected = word.equals("BST") ? ZoneOffset.ofHours(1) : ZoneOffset.UTC;
      ZoneOffset actual = zone.getRules().getOffset(placed.instant());
      if (!expected.equals(actual)) {
        diagnostics.add(
            DiagnosticCode.EMBARGO_ZONE_MISMATCH,
            "the embargo says " + word + " but " + zone + " is at " + actual + " then",
            at, column);
      }
    }
  }

  /** The first date on or after {@code from} with this month and day, within the horizon. */
  static LocalDate firstOnOrAfter(LocalDate from, int month, int day) {
    for (int year = from.getYear(); year <= from.getYear() + 1; year++) {
      LocalDate candidate = dateOf(year, month, day);
      if (candidate != null && !candidate.isBefore(from)) {
        return ChronoUnit.DAYS.between(from, candidate) <= HORIZON_DAYS ? candidate : null;
      }
    }
    return null;
  }

  private static LocalDate dateOf(int year, int month, int day) {
    if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    return day <= YearMonth.of(year, month).lengthOfMonth() ? LocalDate.of(year, month, day) : null;
  }
}
