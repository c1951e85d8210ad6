package org.wirecopy.write;

import java.util.List;
import org.wirecopy.SourceSpan;

/**
 * Keeps text within the characters XML 1.0 allows: TAB, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and
 * U+10000-U+10FFFF (as surrogate pairs). Anything else becomes U+FFFD, the replacement character the
 * parser also uses for bytes it cannot decode, so a reader still sees that something was there.
 */
final class XmlChars {

  static final char REPLACEMENT = '\uFFFD';

  private XmlChars() {}

  /**
   * The text with every disallowed character replaced; one warning per element that needed it,
   * naming how many characters and the first.
   */
  static String clean(String text, String element, SourceSpan span, List<WriteWarning> warnings) {
    int firstBad = firstDisallowed(text);
    if (firstBad < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, firstBad);
    int replaced = 0;
    for (int i = firstBad; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (allowed(c)) {
        out.append(c);
      } else {
        out.append(REPLACEMENT);
        replaced++;
      }
    }
    warnings.add(new WriteWarning(WriteWarning.Code.XML_CHARACTER_REPLACED, element, span,
        replaced + (replaced == 1 ? " character" : " characters")
            + " that XML 1.0 does not allow replaced by U+FFFD, the first U+"
            + String.format("%04X", (int) text.charAt(firstBad)) + " at character " + (text.codePointCount(0, firstBad) + 1)));
    return out.toString();
  }

  /** The index of the first disallowed char, or -1. */
  private static int firstDisallowed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (!allowed(c)) {
        return i;
      }
    }
    return -1;
  }

  /** A char that XML 1.0 allows on its own (surrogates only ever in pairs, checked by callers). */
  private static boolean allowed(char c) {
    return c == '\t' || c == '\n' || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD);
  }
}
