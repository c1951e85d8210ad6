package org.wirecopy.internal;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives a line its {@link Shape} from its text alone. Every check first looks at the line's length
 * or first character, so a long body line is classified in a few steps.
 */
public final class LineClassifier {

  private final Map<String, String> sourcesByKey = new HashMap<>();
  private final int longestSource;
  /** The keys of {@link #sourcesByKey}, for walking them without an iterator. */
  private final String[] keys;
  /** The first characters of the source keys, for turning most lines away without a key. */
  private final String firstCharacters;
  private final BylineScanner bylines;

  /**
   * A classifier for the configured names.
   *
   * @param sources the accepted source names, as they should be spelled
   * @param affiliationWords the words that mark a byline part as an affiliation
   */
  public LineClassifier(List<String> sources, List<String> affiliationWords) {
    int longest = 0;
    for (String name : sources) {
      String key = key(name);
      sourcesByKey.putIfAbsent(key, Chars.normaliseSpaces(name));
      longest = Math.max(longest, key.length());
    }
    this.longestSource = longest;
    StringBuilder first = new StringBuilder();
    for (String key : sourcesByKey.keySet()) {
      first.append(key.charAt(0));
    }
    this.firstCharacters = first.toString();
    this.keys = sourcesByKey.keySet().toArray(new String[0]);
    this.bylines = new BylineScanner(affiliationWords);
  }

  private static String key(String name) {
    return Chars.normaliseSpaces(name).toLowerCase(Locale.ROOT);
  }

  /**
   * Gives a line its shape, setting it on the line.
   *
   * @param line a line not yet classified
   * @return the same line
   */
  Line classify(Line line) {
    if (line.kind() == Line.Kind.FORM_FEED) {
      return line.classifyAs(Shape.FORM_FEED, "", line.column(), null);
    }
    String text = line.text();
    int first = Chars.firstNonSpace(text);
    if (first == text.length()) {
      return line.classifyAs(Shape.BLANK, "", line.column(), null);
    }
    String t = Chars.trim(text);
    int column = line.column() + Chars.codePoints(text, first);
    if (line.kind() == Line.Kind.CONTINUATION || LineLimit.wasCut(line.events())) {
      // A line too long to read in one piece is text: no header element is that long.
      return line.classifyAs(Shape.TEXT, t, column, null);
    }
    Shape shape = Shape.TEXT;
    Object value = null;
    char c = t.charAt(0);
    if (MarkerScanner.isEnd(t)) {
      shape = Shape.END;
    } else if (MarkerScanner.isMore(t)) {
      shape = Shape.MORE;
    } else if ((value = source(t)) != null) {
      shape = Shape.SOURCE;
    } else if ((c == 'p' || c == 'P') && MarkerScanner.page(t) > 0) {
      shape = Shape.PAGE;
      value = MarkerScanner.page(t);
    } else if ((c == 'b' || c == 'B') && (value = bylines.scan(t)) != null) {
      shape = Shape.BYLINE;
    } else if ((c == 'e' || c == 'E') && EmbargoScanner.recognise(t) >= 0) {
      shape = Shape.EMBARGO;
      value = EmbargoScanner.scan(t, EmbargoScanner.recognise(t));
    } else if (c >= '0' && c <= '9' && (value = timestamp(t)) != null) {
      shape = Shape.TIMESTAMP;
    } else if ((value = SlugScanner.scan(t)) != null) {
      shape = Shape.SLUG;
    }
    return line.classifyAs(shape, t, column, value);
  }

  private String source(String t) {
    if (t.length() > 2 * longestSource + 8) {
      return null;
    }
    char c = t.charAt(0);
    if (c < 0x80 && firstCharacters.indexOf(Character.toLowerCase(c)) < 0) {
      // An ASCII character lowers to the key's first character on its own, so no key can match.
      return null;
    }
    for (int k = 0; k < keys.length; k++) {
      int match = matchesAsciiKey(t, keys[k]);
      if (match < 0) {
        // Not ASCII: String.toLowerCase is the rule, and no shortcut is exactly like it.
        return sourcesByKey.get(key(t));
      }
      if (match > 0) {
        return sourcesByKey.get(keys[k]);
      }
    }
    return null;
  }

  /**
   * Whether an ASCII line's key would be {@code key}, worked out without building it: runs of
   * white space are one space, and letters are compared in lower case.
   *
   * @return 1 on a match, 0 on none, -1 if the line holds a non-ASCII character before a mismatch
   */
  private static int matchesAsciiKey(String t, String key) {
    int j = 0;
    boolean afterSpace = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      if (c == ' ' || c == '\t') {
        afterSpace = true;
        continue;
      }
      if (afterSpace) {
        // The line is trimmed, so a run of white space always stands between two words.
        if (j == key.length() || key.charAt(j) != ' ') {
          return 0;
        }
        j++;
        afterSpace = false;
      }
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (j == key.length() || key.charAt(j) != lower) {
        return 0;
      }
      j++;
    }
    return j == key.length() ? 1 : 0;
  }

  private static LocalDateTime timestamp(String t) {
    return TimestampScanner.scan(t);
  }
}
