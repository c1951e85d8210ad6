package org.wirecopy.write;

/**
 * Word and character counts of a body, as ninjs's {@code wordcount} and {@code charcount} give
 * them: characters are Unicode code points of the plain-text body, words are runs of characters
 * that are not white space (a no-break space separates words too).
 */
final class TextCounts {

  private TextCounts() {}

  static int characters(String text) {
    return text.codePointCount(0, text.length());
  }

  static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
      i += Character.charCount(c);
    }
    return words;
  }
}
