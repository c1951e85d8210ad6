package org.wirecopy.internal;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/** English month and weekday names as wire copy writes them: full, abbreviated, any case. */
final class CalendarWords {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("january", 1),
          Map.entry("feb", 2), Map.entry("february", 2),
          Map.entry("mar", 3), Map.entry("march", 3),
          Map.entry("apr", 4), Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6), Map.entry("june", 6),
          Map.entry("jul", 7), Map.entry("july", 7),
          Map.entry("aug", 8), Map.entry("august", 8),
          Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
          Map.entry("oct", 10), Map.entry("october", 10),
          Map.entry("nov", 11), Map.entry("november", 11),
          Map.entry("dec", 12), Map.entry("december", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
          Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
          Map.entry("tuesday", DayOfWeek.TUESDAY),
          Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("weds", DayOfWeek.WEDNESDAY),
          Map.entry("wednesday", DayOfWeek.WEDNESDAY),
          Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
          Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
          Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
          Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
          Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

  /** The longest name either table holds; longer words are no calendar word. */
  private static final int LONGEST = "wednesday".length();

  private CalendarWords() {}

  /**
   * The month a word names.
   *
   * @param word a word, any case
   * @return 1 to 12, or 0 if the word is no month name
   */
  static int month(String word) {
    if (word.length() < 3 || word.length() > LONGEST) {
      return 0;
    }
    return MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /**
   * The weekday a word names.
   *
   * @param word a word, any case
   * @return the day, or {@code null} if the word is no weekday name
   */
  static DayOfWeek weekday(String word) {
    if (word.length() < 3 || word.length() > LONGEST) {
      return null;
    }
    return WEEKDAYS.get(word.toLowerCase(Locale.ROOT));
  }
}
