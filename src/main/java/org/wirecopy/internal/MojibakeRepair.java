package org.wirecopy.internal;

/**
 * Repairs UTF-8 text that was once read as Windows-1252: {@code â€œ} back to {@code “}, {@code Â£}
 * back to {@code £}.
 *
 * <p>A run of characters is repaired only when the bytes Windows-1252 gives for them form one
 * complete, valid UTF-8 sequence of two to four bytes, and a two-byte sequence only when it encodes
 * a Latin-1 or Latin Extended-A character that is no control character. Ordinary accented text
 * almost never does, so it is left alone. Text mis-read twice is repaired by a second pass.
 */
final class MojibakeRepair {

  /** Enough passes for text that went through the mis-reading twice, and a bound on the work. */
  private static final int PASSES = 2;

  private MojibakeRepair() {}

  /**
   * Repairs a line.
   *
   * @param s the line
   * @return the index in {@code s} of the first repaired character, or -1 if nothing needs repair
   */
  static int firstRepair(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isLead(s.charAt(i)) && sequenceLength(s, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The line with every mojibake sequence repaired.
   *
   * @param s the line, for which {@link #firstRepair} found something
   * @return the repaired line
   */
  static String repair(String s) {
    String text = s;
    for (int pass = 0; pass < PASSES && firstRepair(text) >= 0; pass++) {
      text = repairOnce(text);
    }
    return text;
  }

  private static String repairOnce(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int length = isLead(s.charAt(i)) ? sequenceLength(s, i) : 0;
      if (length == 0) {
        out.append(s.charAt(i));
        i++;
      } else {
        out.appendCodePoint(decode(s, i, length));
        i += length;
      }
    }
    return out.toString();
  }

  /**
   * Whether a character can start a mis-read sequence: only U+00C2 to U+00F4 read back as a UTF-8
   * lead byte, so curly quotes and other text need no table look-up.
   */
  private static boolean isLead(char c) {
    return c >= 0xC2 && c <= 0xF4;
  }

  /** The number of characters from {@code i} that form one mis-read UTF-8 sequence, or 0. */
  private static int sequenceLength(String s, int i) {
    int lead = Windows1252.encode(s.charAt(i));
    int need;
    if (lead >= 0xC2 && lead <= 0xC5) {
      // Two-byte sequences only for U+0080..U+017F (Latin-1 and Latin Extended-A, what UK copy
      // carries): a capital such as É, Ñ or Ó before a closing quote ("CAFÉ”") has the bytes of
      // a valid sequence too, and real accented text must never be touched.
      need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      need = 2;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      need = 3;
    } else {
      return 0;
    }
    if (i + need >= s.length()) {
      return 0;
    }
    for (int k = 1; k <= need; k++) {
      int b = Windows1252.encode(s.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    int second = Windows1252.encode(s.charAt(i + 1));
    boolean valid =
        switch (lead) {
          case 0xC2 -> second >= 0xA0; // U+0080..U+009F are control characters, never text
          case 0xE0 -> second >= 0xA0;
          case 0xED -> second <= 0x9F;
          case 0xF0 -> second >= 0x90;
          case 0xF4 -> second <= 0x8F;
          default -> true;
        };
    return valid ? need + 1 : 0;
  }

  private static int decode(String s, int i, int length) {
    int lead = Windows1252.encode(s.charAt(i));
    int cp = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (int k = 1; k < length; k++) {
      cp = (cp << 6) | (Windows1252.encode(s.charAt(i + k)) & 0x3F);
    }
    return cp;
  }
}
