package org.wirecopy.testkit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.wirecopy.Embargo;

/**
 * An embargo line before it is placed in a story: how it is written, and which date it aims at
 * relative to the story's timestamp. {@link #resolve} writes the line and works out, from the
 * format's rules, what it means.
 *
 * @param keyword {@code Embargoed} in some case
 * @param connector {@code to} or {@code until}, as written
 * @param time the time of day
 * @param timeForm how the time is written
 * @param zoneWord {@code BST}, {@code GMT} or nothing
 * @param on whether {@code on} stands before the weekday
 * @param weekdayForm how the weekday is written
 * @param dayFirst {@code 11 May} rather than {@code May 11}
 * @param ordinal {@code 11th}
 * @param monthStyle how the month is written
 * @param withYear whether the year is written
 * @param commas whether commas separate the parts
 * @param target which date the line aims at
 * @param offsetDays days after the timestamp's date, for {@link Target#OFFSET}
 * @param wrongWeekday whether the weekday named is not the date's
 * @param fallbackDate the date aimed at when the story has no timestamp
 */
record EmbargoDraft(
    String keyword,
    String connector,
    LocalTime time,
    TimeForm timeForm,
    Optional<String> zoneWord,
    boolean on,
    WeekdayForm weekdayForm,
    boolean dayFirst,
    boolean ordinal,
    HeaderArbitraries.MonthStyle monthStyle,
    boolean withYear,
    boolean commas,
    Target target,
    int offsetDays,
    boolean wrongWeekday,
    LocalDate fallbackDate) {

  /** Which date the line names. */
  enum Target {
    /** A number of days after the timestamp: across month and year ends, sometimes too far. */
    OFFSET,
    /** The next clock change, at a time between 01:00 and 01:59. */
    CLOCK_CHANGE,
    /** 30 February, which never exists. */
    NO_SUCH_DATE
  }

  /** How the time of day is written. */
  enum TimeForm {
    /** {@code 0001}. */
    DIGITS,
    /** {@code 00:01}. */
    COLON,
    /** {@code 12.01am}. */
    MERIDIEM,
    /** {@code 12.01 am}. */
    MERIDIEM_SPACED,
    /** {@code midnight} or {@code noon}, for those times. */
    WORD
  }

  /** How the weekday is written. */
  enum WeekdayForm {
    /** {@code Tuesday}. */
    FULL,
    /** {@code Tue}. */
    SHORT,
    /** {@code Tues}, {@code Weds}, {@code Thurs} where copy uses them. */
    LONGER_SHORT,
    /** {@code TUESDAY}. */
    UPPER
  }

  /**
   * The embargo this draft gives in a story filed at {@code filed}.
   *
   * @param filed the story's timestamp, if it has one
   * @return the line and what the format says it means
   */
  Embargo resolve(Optional<LocalDateTime> filed) {
    LocalDate base = filed.map(LocalDateTime::toLocalDate).orElse(fallbackDate);
    LocalTime at = time;
    int year;
    int month;
    int day;
    switch (target) {
      case CLOCK_CHANGE -> {
        LocalDate change = nextClockChange(base);
        year = change.getYear();
        month = change.getMonthValue();
        day = change.getDayOfMonth();
        at = LocalTime.of(1, time.getMinute());
      }
      case NO_SUCH_DATE -> {
        year = base.getYear();
        month = 2;
        day = 30;
      }
      default -> {
        LocalDate aimed = base.plusDays(offsetDays);
        year = aimed.getYear();
        month = aimed.getMonthValue();
        day = aimed.getDayOfMonth();
      }
    }
    Optional<LocalDate> date = resolveDate(filed, withYear ? year : 0, month, day);
    DayOfWeek named =
        date.map(LocalDate::getDayOfWeek)
            .orElse(DayOfWeek.of(1 + Math.floorMod(year * 31 + month * 7 + day, 7)));
    if (wrongWeekday) {
      named = named.plus(1);
    }
    String raw = write(at, named, year, month, day);
    LocalTime finalAt = at;
    Optional<LocalDateTime> local = date.map(d -> d.atTime(finalAt));
    return new Embargo(
        raw,
        local,
        local.map(l -> ZonedDateTime.of(l, HeaderArbitraries.LONDON).toInstant()),
        Optional.of(named),
        HeaderArbitraries.SPAN);
  }

  /** The format's rule (FORMAT.md 2.7), written out independently of the parser. */
  static Optional<LocalDate> resolveDate(
      Optional<LocalDateTime> filed, int writtenYear, int month, int day) {
    if (writtenYear != 0) {
      return dateOf(writtenYear, month, day);
    }
    if (filed.isEmpty()) {
      return Optional.empty();
    }
    LocalDate from = filed.get().toLocalDate();
    for (int y = from.getYear(); y <= from.getYear() + 1; y++) {
      Optional<LocalDate> candidate = dateOf(y, month, day);
      if (candidate.isPresent() && !candidate.get().isBefore(from)) {
        return ChronoUnit.DAYS.between(from, candidate.get()) <= 366 ? candidate : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> dateOf(int year, int month, int day) {
    return day <= YearMonth.of(year, month).lengthOfMonth()
        ? Optional.of(LocalDate.of(year, month, day))
        : Optional.empty();
  }

  /** The last Sunday of March or October on or after {@code from}. */
  static LocalDate nextClockChange(LocalDate from) {
    for (int y = from.getYear(); ; y++) {
      for (Month m : new Month[] {Month.MARCH, Month.OCTOBER}) {
        LocalDate change = HeaderArbitraries.lastSunday(y, m);
        if (!change.isBefore(from)) {
          return change;
        }
      }
    }
  }

  private String write(LocalTime at, DayOfWeek weekday, int year, int month, int day) {
    String sep = commas ? ", " : " ";
    StringBuilder s = new StringBuilder(keyword).append(' ').append(connector).append(' ');
    s.append(writeTime(at));
    zoneWord.ifPresent(z -> s.append(' ').append(z));
    s.append(sep);
    if (on) {
      s.append("on ");
    }
    s.append(writeWeekday(weekday)).append(sep);
    String dayText = ordinal ? day + suffix(day) : "" + day;
    String monthText = monthStyle.write(Month.of(month));
    s.append(dayFirst ? dayText + " " + monthText : monthText + " " + dayText);
    if (withYear) {
      s.append(sep).append(year);
    }
    return s.toString();
  }

  private String writeTime(LocalTime at) {
    TimeForm form = timeForm;
    if (form == TimeForm.WORD && !(at.equals(LocalTime.MIDNIGHT) || at.equals(LocalTime.NOON))) {
      form = TimeForm.DIGITS;
    }
    int hour12 = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
    String meridiem = at.getHour() < 12 ? "am" : "pm";
    String minute = HeaderArbitraries.pad(at.getMinute());
    return switch (form) {
      case DIGITS -> HeaderArbitraries.pad(at.getHour()) + minute;
      case COLON -> HeaderArbitraries.pad(at.getHour()) + ":" + minute;
      case MERIDIEM -> hour12 + "." + minute + meridiem;
      case MERIDIEM_SPACED -> hour12 + "." + minute + " " + meridiem;
      case WORD -> at.getHour() == 0 ? "midnight" : "noon";
    };
  }

  private String writeWeekday(DayOfWeek weekday) {
    String full = weekday.getDisplayName(TextStyle.FULL, Locale.UK);
    return switch (weekdayForm) {
      case FULL -> full;
      case SHORT -> full.substring(0, 3);
      case LONGER_SHORT -> switch (weekday) {
        case TUESDAY -> "Tues";
        case WEDNESDAY -> "Weds";
        case THURSDAY -> "Thurs";
        default -> full.substring(0, 3);
      };
      case UPPER -> full.toUpperCase(Locale.ROOT);
    };
  }

  private static String suffix(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
