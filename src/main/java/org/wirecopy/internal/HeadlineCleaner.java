package org.wirecopy.internal;

/**
 * Finds the transmission-artefact quote marks at either end of a headline: a mark at the very start
 * or end that has no partner inside the headline.
 *
 * <p>Double marks ({@code “ ” "}) partner only with double marks and single marks ({@code ‘ ’ '})
 * only with single ones. A mark between two letters is an apostrophe and never a partner; a
 * trailing {@code '} or {@code ’} after {@code s} or {@code S} is a possessive and is kept. Each end
 * is checked once with one scan, so the work is linear in the headline's length.
 */
final class HeadlineCleaner {

  private HeadlineCleaner() {}

  /**
   * Whether the first character of a trimmed headline is a stray quote mark.
   *
   * @param s the headline, trimmed
   * @return true if the mark at index 0 should be dropped
   */
  static boolean strayAtStart(String s) {
    if (s.isEmpty()) {
      // A story cut at the story limit between the pieces of an over-long line of spaces starts
      // with a piece that is text (it continues a line with text) and has none of its own.
      return false;
    }
    char first = s.charAt(0);
    switch (first) {
      case '”':
      case '’':
        return true;
      case '“':
      case '"':
        return !hasMark(s, 1, s.length(), '”', '"');
      case '‘':
      case '\'':
        return !hasMark(s, 1, s.length(), '’', '\'');
      default:
        return false;
    }
  }

  /**
   * Whether the last character of a trimmed headline is a stray quote mark.
   *
   * @param s the headline, trimmed, at least two characters long
   * @return true if the mark at the last index should be dropped
   */
  static boolean strayAtEnd(String s) {
    int last = s.length() - 1;
    char mark = s.charAt(last);
    switch (mark) {
      case '“':
      case '‘':
        return true;
      case '”':
      case '"':
        return !hasMark(s, 0, last, '“', '"');
      case '’':
      case '\'':
        char before = s.charAt(last - 1);
        if (before == 's' || before == 'S') {
          return false;
        }
        return !hasMark(s, 0, last, '‘', '\'');
      default:
        return false;
    }
  }

  /**
   * Whether {@code s[from, to)} holds one of two marks that is not an apostrophe between letters.
   */
  private static boolean hasMark(String s, int from, int to, char a, char b) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if ((c == a || c == b) && !betweenLetters(s, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean betweenLetters(String s, int i) {
    return i > 0
        && i + 1 < s.length()
        && Character.isLetter(s.charAt(i - 1))
        && Character.isLetter(s.charAt(i + 1));
  }
}
