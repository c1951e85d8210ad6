package org.wirecopy.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

/**
 * Reads lines from characters. LF, CRLF and lone CR all end a line; a leading byte-order mark
 * (U+FEFF) is skipped. A line longer than the limit is handed out in pieces, never between the two
 * halves of a surrogate pair.
 */
final class CharLineReader implements LineReader {

  private static final int BUFFER = 1 << 15;

  private final Reader in;
  private final Utf16Reader utf16;
  private final int maxLineChars;
  private final char[] buffer = new char[BUFFER];
  private int position;
  private int limit;
  private boolean endOfInput;
  /** Characters handed out so far: with {@link Utf16Reader}, where broken sequences are. */
  private long consumed;

  private final StringBuilder line = new StringBuilder();
  private int number;
  private int nextColumn = 1;
  private boolean lineWasCut;
  /** Whether the characters {@link #scan} passed hold nothing the cleaner acts on. */
  private boolean scannedClean;
  private boolean started;

  /**
   * A reader over characters.
   *
   * @param in the characters
   * @param maxLineChars the longest piece of a line handed out at once, at least 2
   */
  CharLineReader(Reader in, int maxLineChars) {
    this.in = in;
    this.utf16 = in instanceof Utf16Reader u ? u : null;
    this.maxLineChars = Math.max(2, maxLineChars);
  }

  @Override
  public Line next() throws IOException {
    if (!started) {
      started = true;
      if ((position < limit || fill()) && buffer[position] == '\uFEFF') {
        position++;
        consumed++;
      }
    }
    boolean continuation = lineWasCut;
    lineWasCut = false;
    boolean ended = false;
    long lineStart = consumed - line.length();
    // Characters carried over from a cut piece are a high surrogate, which needs no cleaning.
    boolean clean = true;
    while (!ended) {
      if (position == limit && !fill()) {
        break;
      }
      int end = scan();
      clean &= scannedClean;
      int room = maxLineChars - line.length();
      if (end - position > room) {
        take(room);
        lineWasCut = true;
        break;
      }
      if (end < limit && line.length() == 0) {
        // The common case: the whole line is in the buffer; make the String from there.
        String text = new String(buffer, position, end - position);
        position = end;
        consumed += text.length();
        skipLineEnd();
        return line(text, lineStart, continuation, clean);
      }
      take(end - position);
      if (end < limit) {
        ended = true;
        skipLineEnd();
      }
    }
    if (!ended && !lineWasCut && line.length() == 0 && !continuation) {
      return null;
    }
    int carried = 0;
    if (lineWasCut && line.length() > 1 && Character.isHighSurrogate(line.charAt(line.length() - 1))) {
      carried = 1;
    }
    String text = line.substring(0, line.length() - carried);
    line.delete(0, line.length() - carried);
    return line(text, lineStart, continuation, clean);
  }

  private Line line(String text, long lineStart, boolean continuation, boolean clean) {
    if (!continuation) {
      number++;
      nextColumn = 1;
    }
    int column = nextColumn;
    if (lineWasCut) {
      // Only a cut line needs its length in code points: the next piece's column follows from it.
      nextColumn += text.codePointCount(0, text.length());
    }
    List<Diagnostic> events = malformedEvents(text, lineStart, column);
    if (lineWasCut && !continuation) {
      events = LineLimit.cut(events, number, nextColumn, maxLineChars);
    }
    return new Line(
        number,
        column,
        text,
        continuation ? Line.Kind.CONTINUATION : Line.Kind.TEXT,
        false,
        events,
        clean);
  }

  /**
   * Finds the end of the line in the buffer, noting on the way whether the line is clean (see
   * {@link Line#clean()}): one pass over the characters does both.
   *
   * @return the index of the CR or LF, or {@code limit} if the buffer holds no line end
   */
  private int scan() {
    char[] b = buffer;
    boolean cleanSoFar = true;
    int end = position;
    for (; end < limit; end++) {
      // Runs of printable ASCII, most of any line, are passed four characters at a time: each
      // difference is negative exactly when its character is below U+0020 or above U+007E.
      while (end <= limit - 4
          && ((b[end] - 0x20) | (0x7E - b[end]) | (b[end + 1] - 0x20) | (0x7E - b[end + 1])
              | (b[end + 2] - 0x20) | (0x7E - b[end + 2]) | (b[end + 3] - 0x20)
              | (0x7E - b[end + 3])) >= 0) {
        end += 4;
      }
      if (end == limit) {
        break;
      }
      char c = b[end];
      if (c < 0x20 || c >= 0x7F) {
        if (c == '\n' || c == '\r') {
          break;
        }
        cleanSoFar &= !LineCleaner.needsCleaning(c);
      }
    }
    scannedClean = cleanSoFar;
    return end;
  }

  /** Steps over the CR, LF or CRLF at {@code position}. */
  private void skipLineEnd() throws IOException {
    char lineEnd = buffer[position];
    position++;
    consumed++;
    if (lineEnd == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
      position++;
      consumed++;
    }
  }

  /** With UTF-16 input: a diagnostic for each U+FFFD that stands for a broken sequence. */
  private List<Diagnostic> malformedEvents(String text, long start, int column) {
    if (utf16 == null || text.indexOf('\uFFFD') < 0) {
      return List.of();
    }
    List<Diagnostic> events = new java.util.ArrayList<>();
    for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      if (utf16.wasMalformed(start + i)) {
        events.add(
            Diagnostic.of(
                DiagnosticCode.MALFORMED_INPUT,
                "broken UTF-16 sequence replaced by U+FFFD",
                number,
                column + text.codePointCount(0, i)));
      }
    }
    return events;
  }

  private void take(int count) {
    line.append(buffer, position, count);
    position += count;
    consumed += count;
  }

  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    position = 0;
    limit = 0;
    while (limit == 0) {
      int read = in.read(buffer, 0, buffer.length);
      if (read < 0) {
        endOfInput = true;
        return false;
      }
      limit = read;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
