package org.wirecopy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a byline: {@code By Name[, Name and Name][, Affiliation]}.
 *
 * <p>The text after {@code By} is split at commas. Leading parts are names, split further at
 * {@code and} and {@code &}; the first part that contains an affiliation word or is not
 * name-shaped starts the affiliation, which runs to the end of the line. A first part that lists
 * two or more names is names even if a surname is an affiliation word ({@code By A Writer and B
 * Writer, PA}). A line with no name is a
 * byline only when its affiliation is a capitalised phrase with an affiliation word ({@code By PA
 * Reporter}), so {@code By the time crews arrived, ...} stays text.
 */
final class BylineScanner {

  /** The most words one personal name may have ({@code Ursula von der Leyen} has four). */
  private static final int MAX_NAME_WORDS = 5;

  /**
   * Common words that are no part of a personal name. In a line written in capitals every word
   * looks capitalised, so these keep {@code BY THE TIME POLICE ARRIVED} from reading as a name.
   * Single letters stay: they are initials ({@code By A Writer}).
   */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "about", "after", "all", "an", "are", "as", "at", "be", "been", "before", "but", "by",
          "for", "from", "had", "has", "have", "he", "her", "his", "if", "in", "into", "is", "it",
          "its", "more", "most", "new", "no", "not", "now", "of", "on", "or", "our", "out", "over",
          "she", "so", "than", "that", "the", "their", "then", "there", "these", "they", "this",
          "those", "time", "to", "under", "up", "was", "we", "were", "when", "while", "who", "will",
          "with", "year", "years", "you");

  /** Lower-case name particles: {@code Ursula von der Leyen}, {@code Ana de Souza}. */
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "bin", "binti", "bint", "da", "das", "de", "del", "della", "den", "der", "di",
          "do", "dos", "du", "el", "ibn", "la", "le", "st", "ten", "ter", "van", "von", "y");

  private final List<String> affiliationWords;

  /**
   * A scanner that knows the affiliation words.
   *
   * @param affiliationWords words or phrases that mark a part as an affiliation ({@code Editor})
   */
  BylineScanner(List<String> affiliationWords) {
    List<String> lower = new ArrayList<>();
    for (String w : affiliationWords) {
      lower.add(Chars.normaliseSpaces(w).toLowerCase(Locale.ROOT));
    }
    this.affiliationWords = List.copyOf(lower);
  }

  /**
   * Reads a whole trimmed line as a byline.
   *
   * @param s the trimmed line
   * @return the byline, or {@code null} if the line is not one
   */
  ScannedByline scan(String s) {
    if (s.length() < 4
        || !Chars.startsWithIgnoreCase(s, 0, "by")
        || !Chars.isSpace(s.charAt(2))) {
      return null;
    }
    String rest = Chars.trim(s.substring(3));
    List<String> parts = splitParts(rest);
    List<String> authors = new ArrayList<>();
    int k = 0;
    for (; k < parts.size(); k++) {
      String part = parts.get(k);
      List<String> names = names(part, k > 0);
      // A list of two or more people opening the byline is names even when a surname is an
      // affiliation word ("By A Writer and B Writer, PA"); elsewhere the word decides.
      boolean listOfPeople = k == 0 && names != null && names.size() > 1;
      if (names == null || (hasAffiliationWord(part) && !listOfPeople)) {
        break;
      }
      authors.addAll(names);
    }
    if (k == parts.size()) {
      return authors.isEmpty() ? null : new ScannedByline(authors, Optional.empty());
    }
    String affiliation = Chars.trim(rest.substring(partStart(rest, k)));
    if (authors.isEmpty() && !(hasAffiliationWord(affiliation) && isCapitalisedPhrase(affiliation))) {
      return null;
    }
    return new ScannedByline(authors, Optional.of(affiliation));
  }

  /** The comma-separated parts, trimmed; empty parts are kept so that indices match commas. */
  private static List<String> splitParts(String rest) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= rest.length(); i++) {
      if (i == rest.length() || rest.charAt(i) == ',') {
        parts.add(Chars.trim(rest.substring(start, i)));
        start = i + 1;
      }
    }
    return parts;
  }

  /** Where part {@code k} starts in {@code rest}: just after the k-th comma. */
  private static int partStart(String rest, int k) {
    int at = 0;
    for (int seen = 0; seen < k; seen++) {
      at = rest.indexOf(',', at) + 1;
    }
    return at;
  }

  /**
   * The names in one comma-separated part, split at {@code and} and {@code &}.
   *
   * @param afterComma whether a comma precedes the part (then a leading {@code and} is the Oxford
   *     comma's)
   * @return the names, or {@code null} if a piece is not name-shaped
   */
  private static List<String> names(String part, boolean afterComma) {
    Tokens words = Tokens.split(part, 4 * MAX_NAME_WORDS);
    if (words == null || words.size() == 0) {
      return null;
    }
    List<String> names = new ArrayList<>();
    int start = 0;
    if (afterComma && isConjunction(words.get(0))) {
      start = 1;
    }
    for (int i = start; i <= words.size(); i++) {
      if (i == words.size() || isConjunction(words.get(i))) {
        if (!isName(words, start, i)) {
          return null;
        }
        names.add(words.span(part, start, i));
        start = i + 1;
      }
    }
    return names;
  }

  private static boolean isConjunction(String word) {
    return word.equals("&") || word.equalsIgnoreCase("and");
  }

  /**
   * Two to five words, capitalised or particles, the last one capitalised. One word alone is too
   * weak a sign in a line written in capitals ({@code BY MIDNIGHT, ...}).
   */
  private static boolean isName(Tokens words, int from, int to) {
    int n = to - from;
    if (n < 2 || n > MAX_NAME_WORDS || !isNameWord(words.get(to - 1))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String w = words.get(i);
      if (!isNameWord(w) && !PARTICLES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A capitalised word: {@code Jemma}, {@code O'Neill}, {@code Smith-Jones}, {@code J.}, or a
   * lower-case elided particle before a capital ({@code d'Souza}).
   */
  static boolean isNameWord(String w) {
    if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
      return false;
    }
    int first = w.codePointAt(0);
    int i = Character.charCount(first);
    if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
      boolean elided =
          Character.isLowerCase(first)
              && i + 1 < w.length()
              && isApostrophe(w.charAt(i))
              && Character.isUpperCase(w.codePointAt(i + 1));
      if (!elided) {
        return false;
      }
    }
    boolean afterJoiner = false;
    for (; i < w.length(); ) {
      int cp = w.codePointAt(i);
      if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        afterJoiner = false;
      } else if (cp == '-' || isApostrophe((char) cp) || cp == '.') {
        if (afterJoiner && cp != '.') {
          return false;
        }
        afterJoiner = cp != '.';
      } else {
        return false;
      }
      i += Character.charCount(cp);
    }
    return !afterJoiner;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** Whether every word starts with a capital (or is {@code &}), as affiliation titles do. */
  private static boolean isCapitalisedPhrase(String s) {
    Tokens words = Tokens.split(s.replace(',', ' '), 16);
    if (words == null) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      int cp = w.codePointAt(0);
      if (!w.equals("&") && !Character.isUpperCase(cp) && !Character.isDigit(cp)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a configured affiliation word stands in {@code s} as a whole word, in any case. */
  private boolean hasAffiliationWord(String s) {
    String lower = Chars.normaliseSpaces(s).toLowerCase(Locale.ROOT);
    for (String word : affiliationWords) {
      for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        int end = at + word.length();
        boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
        boolean endOk = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
        if (startOk && endOk) {
          return true;
        }
      }
    }
    return false;
  }
}
