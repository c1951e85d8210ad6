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
 * {@code substring} where one pass over its characters found its end, instead of being copied
 * through a {@code Reader}'s buffer and a builder.
 */
final class StringLineReader implements LineReader {

  private final String text;
  private final int maxLineChars;
  private int position;

  private int number;
  private int nextColumn = 1;
  private boolean lineWasCut;
  /** Whether the characters {@link #scan} passed hold nothing the cleaner acts on. */
  private boolean scannedClean;

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
    // One pass over the line finds its end (LF or CR) and says whether it is clean; it stops one
    // character past the longest piece, which settles whether to cut.
    int end = scan(start, (int) Math.min(length, (long) start + maxLineChars + 1));
    boolean clean = scannedClean;
    if (end - start > maxLineChars) {
      int cut = start + maxLineChars;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        // The low half follows in the next piece, and the high half goes with it.
        cut--;
      }
      position = cut;
      lineWasCut = true;
      return line(text.substring(start, cut), continuation, clean);
    }
    position = end;
    if (end < length) {
      position += text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
          ? 2 : 1;
    }
    return line(text.substring(start, end), continuation, clean);
  }

  /**
   * Looks at {@code text[from, to)} for a line end, noting in {@link #scannedClean} whether the
   * characters before it hold nothing the cleaner acts on (see {@link Line#clean()}).
   *
   * <p>One pass does both: a search with {@code indexOf('\n')} first and a pass for the rest after
   * it read every character twice, and measured slower.
   *
   * @return the index of the first LF or CR, or {@code to} (the end, or past the longest piece) if
   *     there is none
   */
  private int scan(int from, int to) {
    String t = text;
    boolean clean = true;
    int i = from;
    for (; i < to; i++) {
      char c = t.charAt(i);
      // Printable ASCII, nearly every character, takes one unsigned comparison.
      if ((char) (c - 0x20) >= 0x5F) {
        if (c == '\n' || c == '\r') {
          break;
        }
        clean &= !LineCleaner.needsCleaning(c);
      }
    }
    scannedClean = clean;
    return i;
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
