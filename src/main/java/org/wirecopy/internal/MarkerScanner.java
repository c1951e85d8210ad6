package org.wirecopy.internal;

/** Recognises the one-word lines of the body: end markers, {@code more}, and page markers. */
final class MarkerScanner {

  private MarkerScanner() {}

  /**
   * Whether a trimmed line is an end marker: {@code ends}, {@code end}, {@code -ends-} or {@code -
   * ends -}, in any case.
   *
   * @param s the trimmed line
   * @return true if it closes a story
   */
  static boolean isEnd(String s) {
    if (s.length() < 3 || s.length() > 12) {
      return false;
    }
    char c = s.charAt(0);
    if (c != 'e' && c != 'E' && c != '-') {
      // Every end marker starts so: most short lines ("PA", "Page 1") are turned away unnormalised.
      return false;
    }
    String t = Chars.normaliseSpaces(s);
    return t.equalsIgnoreCase("ends")
        || t.equalsIgnoreCase("end")
        || t.equalsIgnoreCase("-ends-")
        || t.equalsIgnoreCase("- ends -");
  }

  /**
   * Whether a trimmed line is {@code more} in any case.
   *
   * @param s the trimmed line
   * @return true if it is a {@code more} line
   */
  static boolean isMore(String s) {
    return s.equalsIgnoreCase("more");
  }

  /**
   * Reads a page marker: {@code Page N} in any case, N from 1 to 9999.
   *
   * @param s the trimmed line
   * @return the page number, or 0 if the line is no page marker
   */
  static int page(String s) {
    if (s.length() < 6 || s.length() > 16 || !Chars.startsWithIgnoreCase(s, 0, "page")) {
      return 0;
    }
    int i = 4;
    while (i < s.length() && Chars.isSpace(s.charAt(i))) {
      i++;
    }
    int digits = s.length() - i;
    if (i == 4 || digits < 1 || digits > 4) {
      return 0;
    }
    int value = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
