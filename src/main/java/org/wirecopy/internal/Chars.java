package org.wirecopy.internal;

/** Character classes and trimming shared by the scanners. */
public final class Chars {

  private Chars() {}

  /**
   * Whether a character is white space for wire copy: space, tab, the no-break space and the other
   * Unicode space separators. U+0085, U+2028 and U+2029 are ordinary characters, not white space.
   *
   * @param c the character
   * @return true if it separates words
   */
  public static boolean isSpace(char c) {
    if (c == ' ' || c == '\t') {
      return true;
    }
    if (c < 0xA0) {
      return false;
    }
    return c == '\u00A0'
        || (c >= '\u1680' && c != '\u2028' && c != '\u2029' && Character.isSpaceChar(c));
  }

  /**
   * The string without white space at either end.
   *
   * @param s the string
   * @return the trimmed string, or {@code s} itself when there is nothing to trim
   */
  public static String trim(String s) {
    int start = firstNonSpace(s);
    if (start == s.length()) {
      return "";
    }
    int end = s.length();
    while (isSpace(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  /**
   * The index of the first character that is not white space.
   *
   * @param s the string
   * @return the index, or {@code s.length()} when the string is blank
   */
  public static int firstNonSpace(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Whether the string holds only white space.
   *
   * @param s the string
   * @return true if blank
   */
  public static boolean isBlank(String s) {
    return firstNonSpace(s) == s.length();
  }

  /**
   * The number of code points in {@code s[0, end)}: a 1-based column is this plus one.
   *
   * @param s the string
   * @param end the end index, exclusive
   * @return the count of code points
   */
  public static int codePoints(String s, int end) {
    return Character.codePointCount(s, 0, end);
  }

  /**
   * The trimmed string with every run of white space made one ASCII space, for matching fixed
   * phrases such as source names.
   *
   * @param s the string
   * @return the normalised string
   */
  public static String normaliseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code s} starts with {@code prefix} at {@code from}, ignoring ASCII case.
   *
   * @param s the string
   * @param from where to look
   * @param prefix the lower-case ASCII prefix
   * @return true on a match
   */
  public static boolean startsWithIgnoreCase(String s, int from, String prefix) {
    return s.regionMatches(true, from, prefix, 0, prefix.length());
  }

  /**
   * A number in upper-case hexadecimal, padded with zeros; cheaper than {@code String.format} on
   * paths that may run once per byte of hostile input.
   *
   * @param value the number, not negative
   * @param digits the least number of digits
   * @return the digits
   */
  public static String hex(int value, int digits) {
    String hex = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    return hex.length() >= digits ? hex : "0".repeat(digits - hex.length()) + hex;
  }
}
