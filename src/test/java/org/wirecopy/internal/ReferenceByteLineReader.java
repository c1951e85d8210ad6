package org.wirecopy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

/**
 * The byte line reader as it was before it was made fast (one byte at a time, every line copied and
 * decoded by {@link Utf8}), kept as the reference the fast one must agree with.
 *
 * <p>Reads lines from bytes and decodes each line on its own: valid UTF-8 is UTF-8, anything else is
 * Windows-1252. LF, CRLF and lone CR all end a line. A UTF-8 byte-order mark is skipped. A line
 * longer than the limit is handed out in pieces, cut between characters.
 */
final class ReferenceByteLineReader implements LineReader {

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private boolean endOfInput;

  private byte[] line = new byte[256];
  private int lineLength;
  private char[] chars = new char[256];

  /** The current line's number; a continuation piece keeps it. */
  private int number;
  /** Where the next piece of the current line starts, when the line was cut. */
  private int nextColumn = 1;
  private boolean lineWasCut;

  /**
   * A reader over a stream.
   *
   * @param in the bytes; a leading UTF-8 byte-order mark is skipped
   * @param maxLineBytes the longest piece of a line handed out at once, at least 4
   * @throws IOException if reading the first bytes fails
   */
  ReferenceByteLineReader(InputStream in, int maxLineBytes) throws IOException {
    this.in = in;
    this.maxLineBytes = Math.max(4, maxLineBytes);
    fill();
    if (limit - position >= 3
        && (buffer[0] & 0xFF) == 0xEF
        && (buffer[1] & 0xFF) == 0xBB
        && (buffer[2] & 0xFF) == 0xBF) {
      position = 3;
    }
  }

  @Override
  public Line next() throws IOException {
    boolean continuation = lineWasCut;
    lineWasCut = false;
    boolean ended = false;
    while (!ended) {
      if (position == limit && !fill()) {
        break;
      }
      int end = position;
      while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
        end++;
      }
      int room = maxLineBytes - lineLength;
      if (end - position > room) {
        append(position, room);
        position += room;
        lineWasCut = true;
        break;
      }
      append(position, end - position);
      position = end;
      if (end < limit) {
        ended = true;
        position++;
        if (buffer[end] == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
          position++;
        }
      }
    }
    if (!ended && !lineWasCut && lineLength == 0 && !continuation) {
      return null;
    }
    int carried = lineWasCut ? partialCharacterAtEnd() : 0;
    int pieceLength = lineLength - carried;
    Line decoded = decodeLine(pieceLength, continuation);
    // The bytes of a character cut in half start the next piece.
    System.arraycopy(line, pieceLength, line, 0, carried);
    lineLength = carried;
    return decoded;
  }

  /** How many bytes at the end of the line are an incomplete UTF-8 sequence cut by the limit. */
  private int partialCharacterAtEnd() {
    int start = lineLength - 1;
    while (start > 0 && start > lineLength - 4 && (line[start] & 0xC0) == 0x80) {
      start--;
    }
    int lead = line[start] & 0xFF;
    int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    int carried = lineLength - start;
    return start > 0 && length > carried ? carried : 0;
  }

  private Line decodeLine(int length, boolean continuation) {
    if (!continuation) {
      number++;
      nextColumn = 1;
    }
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    int n = Utf8.decode(line, 0, length, chars);
    boolean windows1252 = n < 0;
    List<Diagnostic> events = List.of();
    if (windows1252) {
      n = length;
      for (int i = 0; i < length; i++) {
        chars[i] = Windows1252.decode(line[i] & 0xFF);
        if (chars[i] == '\uFFFD') {
          if (events.isEmpty()) {
            events = new ArrayList<>();
          }
          events.add(
              Diagnostic.of(
                  DiagnosticCode.UNDEFINED_BYTE,
                  "byte 0x" + Chars.hex(line[i] & 0xFF, 2)
                      + " is undefined in Windows-1252; replaced by U+FFFD",
                  number,
                  nextColumn + i));
        }
      }
    }
    String text = new String(chars, 0, n);
    int column = nextColumn;
    if (lineWasCut && !continuation) {
      events = LineLimit.cut(events, number, column + text.codePointCount(0, text.length()),
          maxLineBytes);
    }
    nextColumn += text.codePointCount(0, text.length());
    Line.Kind kind = continuation ? Line.Kind.CONTINUATION : Line.Kind.TEXT;
    return new Line(number, column, text, kind, windows1252, events, false);
  }

  private void append(int from, int count) {
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + count, line.length * 2));
    }
    System.arraycopy(buffer, from, line, lineLength, count);
    lineLength += count;
  }

  /** Reads more bytes; keeps unread ones. Returns false at the end of the input. */
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    while (limit < buffer.length) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        endOfInput = true;
        break;
      }
      if (read > 0) {
        limit += read;
        break;
      }
    }
    return limit > position;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
