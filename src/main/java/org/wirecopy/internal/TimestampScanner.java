package org.wirecopy.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * Reads a timestamp line: {@code 10-May-2019 10:57:56}, and the accepted variants: one-digit day
 * or hour, no seconds, full or abbreviated month names in any case, spaces instead of hyphens.
 */
final class TimestampScanner {

  private TimestampScanner() {}

  /**
   * Reads a whole trimmed line as a timestamp.
   *
   * @param s the trimmed line
   * @return the local date-time, or {@code null} if the line is not a timestamp or names a date or
   *     time that does not exist
   */
  static LocalDateTime scan(String s) {
    Cursor c = new Cursor(s);
    int day = c.digits(1, 2);
    if (day < 0 || !c.dateSeparator()) {
      return null;
    }
    int month = CalendarWords.month(c.letters());
    if (month == 0 || !c.dateSeparator()) {
      return null;
    }
    int year = c.digits(4, 4);
    if (year < 0 || !c.spaces()) {
      return null;
    }
    int hour = c.digits(1, 2);
    if (hour < 0 || !c.accept(':')) {
      return null;
    }
    int minute = c.digits(2, 2);
    int second = 0;
    if (minute < 0) {
      return null;
    }
    if (c.accept(':')) {
      second = c.digits(2, 2);
      if (second < 0) {
        return null;
      }
    }
    if (!c.atEnd() || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second);
  }

  /** A position in the line and the small steps the grammar needs. */
  private static final class Cursor {
    private final String s;
    private int i;

    Cursor(String s) {
      this.s = s;
    }

    /** Reads {@code min..max} ASCII digits; -1 if there are fewer or more. */
    int digits(int min, int max) {
      int start = i;
      int value = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        if (i - start == max) {
          return -1;
        }
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      return i - start >= min ? value : -1;
    }

    /** Reads ASCII letters. */
    String letters() {
      int start = i;
      while (i < s.length() && isAsciiLetter(s.charAt(i))) {
        i++;
      }
      return s.substring(start, i);
    }

    /** A hyphen or a run of white space. */
    boolean dateSeparator() {
      return accept('-') || spaces();
    }

    boolean spaces() {
      int start = i;
      while (i < s.length() && Chars.isSpace(s.charAt(i))) {
        i++;
      }
      return i > start;
    }

    boolean accept(char ch) {
      if (i < s.length() && s.charAt(i) == ch) {
        i++;
        return true;
      }
      return false;
    }

    boolean atEnd() {
      return i == s.length();
    }

    private static boolean isAsciiLetter(char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }
  }
}
