package org.wirecopy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a slug (catchline) line: {@code CATEGORY Keyword... [VERSION]}.
 *
 * <p>The category is capitals, digits and {@code &}, two or more characters with at least one
 * letter. One to {@value #MAX_KEYWORDS} keywords follow; the limit keeps ordinary sentences that
 * open with a capitalised word from looking like slugs.
 */
final class SlugScanner {

  /** The most keywords a slug may have; real catchlines have one to four. */
  static final int MAX_KEYWORDS = 6;

  /** Category, keywords and a two-word version tag. */
  private static final int MAX_WORDS = 1 + MAX_KEYWORDS + 2;

  private SlugScanner() {}

  /**
   * Reads a whole trimmed line as a slug.
   *
   * @param s the trimmed line
   * @return the slug, or {@code null} if the line does not have a slug's shape
   */
  static ScannedSlug scan(String s) {
    if (!startsWithCategory(s)) {
      return null;
    }
    Tokens words = Tokens.split(s, MAX_WORDS);
    if (words == null || words.size() < 2 || !isCategory(words.get(0))) {
      return null;
    }
    int end = words.size();
    int versionWords = versionWords(words);
    int keywordEnd = end - versionWords;
    int keywordCount = keywordEnd - 1;
    if (keywordCount < 1 || keywordCount > MAX_KEYWORDS) {
      return null;
    }
    List<String> keywords = new ArrayList<>(keywordCount);
    for (int i = 1; i < keywordEnd; i++) {
      String word = words.get(i);
      if (!isKeyword(word)) {
        return null;
      }
      keywords.add(word);
    }
    Optional<String> version =
        versionWords == 0 ? Optional.empty() : Optional.of(words.span(s, keywordEnd, end));
    return new ScannedSlug(words.get(0), keywords, version, !hasLowerCase(s));
  }

  /** How many trailing words form a version tag, leaving at least one keyword. */
  private static int versionWords(Tokens words) {
    int n = words.size();
    if (n < 3) {
      return 0;
    }
    String last = words.get(n - 1);
    String before = words.get(n - 2);
    if (isDigits(last) && is(before, "update")) {
      return n >= 4 ? 2 : 0;
    }
    if (is(last, "writethru")) {
      return isOrdinal(before.toLowerCase(Locale.ROOT)) && n >= 4 ? 2 : 1;
    }
    if (is(last, "update")
        || is(last, "corrected")
        || is(last, "correction")
        || is(last, "latest")
        || (last.length() > 4 && endsWith(last, "lead")
            && isOrdinal(last.substring(0, last.length() - 4).toLowerCase(Locale.ROOT)))) {
      return 1;
    }
    return 0;
  }

  /**
   * Whether a word in lower case is {@code lower}, a lower-case ASCII word without a {@code k}.
   * Comparing ASCII letters is then exactly {@code toLowerCase(Locale.ROOT).equals}, without a new
   * String: no other character lowers to an ASCII letter but the Kelvin sign, to {@code k}.
   */
  private static boolean is(String word, String lower) {
    return word.length() == lower.length() && endsWith(word, lower);
  }

  /**
   * Whether a word in lower case ends with {@code lower}, on the terms of {@link #is}; the word is
   * at least as long.
   */
  private static boolean endsWith(String word, String lower) {
    int from = word.length() - lower.length();
    for (int i = 0; i < lower.length(); i++) {
      char c = word.charAt(from + i);
      char l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (l != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A quick look at the first word before splitting the line: most lines fail here. */
  private static boolean startsWithCategory(String s) {
    int i = 0;
    while (i < s.length() && isCategoryChar(s.charAt(i))) {
      i++;
    }
    return i >= 2 && i < s.length() && Chars.isSpace(s.charAt(i));
  }

  private static boolean isCategory(String word) {
    if (word.length() < 2) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!isCategoryChar(c)) {
        return false;
      }
      letter |= c >= 'A' && c <= 'Z';
    }
    return letter;
  }

  private static boolean isCategoryChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&';
  }

  /** A keyword starts with a letter or digit and holds word characters and a few joiners. */
  private static boolean isKeyword(String word) {
    if (!Character.isLetterOrDigit(word.codePointAt(0)) || word.endsWith(".")) {
      return false;
    }
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      boolean ok =
          Character.isLetterOrDigit(cp)
              || Character.getType(cp) == Character.NON_SPACING_MARK
              || "&-'’/+.".indexOf(cp) >= 0;
      if (!ok) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 4th}... in lower case. */
  static boolean isOrdinal(String word) {
    int digits = 0;
    while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 3) {
      return false;
    }
    String suffix = word.substring(digits);
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }

  private static boolean isDigits(String word) {
    if (word.isEmpty() || word.length() > 3) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
