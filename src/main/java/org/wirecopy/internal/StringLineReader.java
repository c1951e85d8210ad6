package org.wirecopy.internal;

import java.util.List;
import org.wirecopy.Diagnostic;

/**
 * Reads lines from a String that holds the whole input, with the same lines as a {@link
 * CharLineReader} over it: LF, CRLF and lone CR end a line, a leading byte-order mark is skipped,
 * and a line longer than the limit is handed out in pieces, never between the two halves of a
 * surrogate pair.
 *
 * <p>It exists for speed: the text is already in memory, so each line is cut out of it with one
 * {@code substring} where the line end was found by {@code indexOf}, which the JVM runs on many
 * characters at once, instead of being copied through a {@code Reader}'s buffer and a builder.
 */
final class StringLineReader implements LineReader {

  private final String text;
  private final int maxLineChars;
  private int position;
  /** The index of the next CR at or after {@link #position}, or the text's length if none. */
  private int nextCr = -1;
  /** The index of the next LF at or after {@link #position}, or the text's length if none. */
  private int nextLf = -1;

  private int number;
  private int nextColumn = 1;
  private boolean lineWasCut;

  /**
   * A reader over a text.
   *
   * @param text the whole input
   * @param maxLineChars the longest piece of a line handed out at once, at least 2
   */
  StringLineReader(String text, int maxLineChars) {
    this.text = text;
    this.maxLineChars = Math.max(2, maxLineChars);
    this.position = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
  }

  @Override
  public Line next() {
    int length = text.length();
    boolean continuation = lineWasCut;
    lineWasCut = false;
    if (position >= length) {
      // A cut piece always leaves at least one character, so no line is left unfinished here.
      return null;
    }
    int start = position;
    int end = lineEnd(start);
    if (end - start > maxLineChars) {
      int cut = start + maxLineChars;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        // The low half follows in the next piece, and the high half goes with it.
        cut--;
      }
      position = cut;
      lineWasCut = true;
      return line(text.substring(start, cut), continuation, isClean(start, cut));
    }
    position = end;
    if (end < length) {
      position += text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
          ? 2 : 1;
    }
    return line(text.substring(start, end), continuation, isClean(start, end));
  }

  /** The index of the first CR or LF at or after {@code from}, or the text's length. */
  private int lineEnd(int from) {
    // Each of the two searches is redone only once it has been passed, so every character is
    // searched at most twice, however the line ends are mixed.
    if (nextLf < from) {
      nextLf = indexOrLength('\n', from);
    }
    if (nextCr < from) {
      nextCr = indexOrLength('\r', from);
    }
    return Math.min(nextLf, nextCr);
  }

  private int indexOrLength(char c, int from) {
    int i = text.indexOf(c, from);
    return i < 0 ? text.length() : i;
  }

  /** Whether {@code text[from, to)} holds nothing the cleaner acts on; see {@link Line#clean()}. */
  private boolean isClean(int from, int to) {
    String t = text;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      // Printable ASCII, nearly every character, takes one unsigned comparison.
      if ((char) (c - 0x20) >= 0x5F && LineCleaner.needsCleaning(c)) {
        return false;
      }
    }
    return true;
  }

  private Line line(String piece, boolean continuation, boolean clean) {
    if (!continuation) {
      number++;
      nextColumn = 1;
    }
    int column = nextColumn;
    List<Diagnostic> events = List.of();
    if (lineWasCut) {
      // Only a cut line needs its length in code points: the next piece's column follows from it.
      nextColumn += piece.codePointCount(0, piece.length());
      if (!continuation) {
        events = LineLimit.cut(events, number, nextColumn, maxLineChars);
      }
    }
    Line.Kind kind = continuation ? Line.Kind.CONTINUATION : Line.Kind.TEXT;
    return new Line(number, column, piece, kind, false, events, clean);
  }

  @Override
  public void close() {}
}
