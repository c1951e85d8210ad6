package org.wirecopy.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an embargo line: {@code Embargoed to|until} then a time ({@code 0001}, {@code 00:01},
 * {@code 12.01am}), an optional zone word, a weekday and a date ({@code May 11}, {@code 11 May},
 * optionally with a year), in any case. Commas and the words {@code on}, {@code at}, {@code the}
 * and {@code of} are ignored.
 */
final class EmbargoScanner {

  /** Embargo lines are short; a longer one is read only as far as this many words. */
  private static final int MAX_WORDS = 16;

  private EmbargoScanner() {}

  /**
   * Whether a trimmed line is an embargo line: {@code Embargoed} then {@code to} or {@code until}.
   *
   * @param s the trimmed line
   * @return the index where the date and time start, or -1 if it is no embargo line
   */
  static int recognise(String s) {
    int i = "embargoed".length();
    if (s.length() <= i + 3 || !Chars.startsWithIgnoreCase(s, 0, "embargoed")) {
      return -1;
    }
    if (s.charAt(i) == ':') {
      i++;
    }
    int afterSpace = skipSpaces(s, i);
    if (afterSpace == i) {
      return -1;
    }
    for (String word : new String[] {"until", "to"}) {
      int end = afterSpace + word.length();
      if (Chars.startsWithIgnoreCase(s, afterSpace, word)
          && (end == s.length() || Chars.isSpace(s.charAt(end)))) {
        return skipSpaces(s, end);
      }
    }
    return -1;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && Chars.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Reads the date and time of an embargo line.
   *
   * @param s the trimmed line
   * @param from where {@link #recognise} said the date and time start
   * @return what could be read; {@code problem} says what could not
   */
  static ScannedEmbargo scan(String s, int from) {
    Tokens words = Tokens.split(s.substring(from).replace(',', ' '), MAX_WORDS);
    if (words == null) {
      return unreadable("the line is too long for an embargo");
    }
    LocalTime time = null;
    String zone = null;
    DayOfWeek weekday = null;
    int month = 0;
    int day = 0;
    int year = 0;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String lower = word.toLowerCase(Locale.ROOT);
      String next = i + 1 < words.size() ? words.get(i + 1).toLowerCase(Locale.ROOT) : "";
      boolean dateStarted = month != 0 || day != 0;
      LocalTime asTime = time == null && !dateStarted ? time(lower, next) : null;
      if (asTime != null) {
        time = asTime;
        if (next.equals("am") || next.equals("pm")) {
          i++;
        }
      } else if (lower.equals("bst") || lower.equals("gmt")) {
        zone = lower.toUpperCase(Locale.ROOT);
      } else if (isFiller(lower)) {
        continue;
      } else if (weekday == null && CalendarWords.weekday(lower) != null) {
        weekday = CalendarWords.weekday(lower);
      } else if (month == 0 && CalendarWords.month(stripDot(lower)) != 0) {
        month = CalendarWords.month(stripDot(lower));
      } else if (day == 0 && dayOfMonth(lower) > 0) {
        day = dayOfMonth(lower);
      } else if (year == 0 && dateStarted && lower.length() == 4 && digits(lower) >= 0) {
        year = digits(lower);
      } else {
        return new ScannedEmbargo(
            Optional.ofNullable(time), Optional.ofNullable(zone), Optional.ofNullable(weekday),
            month, day, year, Optional.of("the word \"" + word + "\" is not understood"));
      }
    }
    Optional<String> problem = Optional.empty();
    if (time == null) {
      problem = Optional.of("no time of day");
    } else if (month == 0 || day == 0) {
      problem = Optional.of("no month and day");
    }
    return new ScannedEmbargo(
        Optional.ofNullable(time), Optional.ofNullable(zone), Optional.ofNullable(weekday),
        month, day, year, problem);
  }

  private static ScannedEmbargo unreadable(String why) {
    return new ScannedEmbargo(
        Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, 0, Optional.of(why));
  }

  private static boolean isFiller(String lower) {
    return lower.equals("on") || lower.equals("at") || lower.equals("the") || lower.equals("of");
  }

  private static String stripDot(String lower) {
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /**
   * A time of day: {@code 0001}, {@code 00:01}, {@code 0.01}, {@code 12.01am}, {@code 12am}, or
   * {@code 12.01} followed by the word {@code am}; {@code midnight} and {@code noon}.
   */
  static LocalTime time(String lower, String next) {
    if (lower.equals("midnight")) {
      return LocalTime.MIDNIGHT;
    }
    if (lower.equals("noon") || lower.equals("midday")) {
      return LocalTime.NOON;
    }
    String clock = lower;
    String meridiem = "";
    if (clock.endsWith("am") || clock.endsWith("pm")) {
      meridiem = clock.substring(clock.length() - 2);
      clock = clock.substring(0, clock.length() - 2);
    } else if (next.equals("am") || next.equals("pm")) {
      meridiem = next;
    }
    int hour;
    int minute;
    int sep = Math.max(clock.indexOf(':'), clock.indexOf('.'));
    if (sep >= 0) {
      hour = sep <= 2 ? digits(clock.substring(0, sep)) : -1;
      minute = clock.length() - sep - 1 == 2 ? digits(clock.substring(sep + 1)) : -1;
    } else if (clock.length() == 4 && meridiem.isEmpty()) {
      hour = digits(clock.substring(0, 2));
      minute = digits(clock.substring(2));
    } else if (!meridiem.isEmpty() && clock.length() >= 1 && clock.length() <= 2) {
      hour = digits(clock);
      minute = 0;
    } else {
      return null;
    }
    if (hour < 0 || minute < 0 || minute > 59) {
      return null;
    }
    if (!meridiem.isEmpty()) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (meridiem.equals("pm") ? 12 : 0);
    }
    return hour > 23 ? null : LocalTime.of(hour, minute);
  }

  /** A day of the month, {@code 11} or {@code 11th}; 0 if the word is not one. */
  private static int dayOfMonth(String lower) {
    String number = lower;
    if (lower.length() > 2 && SlugScanner.isOrdinal(lower)) {
      number = lower.substring(0, lower.length() - 2);
    }
    if (number.isEmpty() || number.length() > 2) {
      return 0;
    }
    int value = digits(number);
    return value >= 1 && value <= 31 ? value : 0;
  }

  /** The value of an all-ASCII-digit string, or -1. */
  private static int digits(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
