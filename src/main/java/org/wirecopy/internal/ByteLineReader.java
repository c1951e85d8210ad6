package org.wirecopy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

/**
 * Reads lines from bytes and decodes each line on its own: valid UTF-8 is UTF-8, anything else is
 * Windows-1252. LF, CRLF and lone CR all end a line. A UTF-8 byte-order mark is skipped. A line
 * longer than the limit is handed out in pieces, cut between characters.
 */
final class ByteLineReader implements LineReader {

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final int maxLineBytes;
  /**
   * The bytes being read: this reader's own buffer, or, over a {@link ChunkInput}, a chunk's array
   * read in place.
   */
  private byte[] buffer;
  /** The chunks read in place, or {@code null} when bytes are read into this reader's buffer. */
  private final ChunkInput inPlace;
  private int position;
  private int limit;
  private boolean endOfInput;

  private byte[] line = new byte[256];
  private int lineLength;
  /** Where {@link Utf8#decode} writes a line's characters; reused, grown to the longest line. */
  private char[] chars = new char[256];

  /** The current line's number; a continuation piece keeps it. */
  private int number;
  /** Where the next piece of the current line starts, when the line was cut. */
  private int nextColumn = 1;
  private boolean lineWasCut;
  /** Whether the bytes {@link #scan} passed were all ASCII. */
  private boolean scannedAscii;
  /** Whether the bytes {@link #scan} passed hold nothing the cleaner acts on. */
  private boolean scannedClean;

  /**
   * A reader over a stream.
   *
   * @param in the bytes; a leading UTF-8 byte-order mark is skipped
   * @param maxLineBytes the longest piece of a line handed out at once, at least 4
   * @throws IOException if reading the first bytes fails
   */
  ByteLineReader(InputStream in, int maxLineBytes) throws IOException {
    this(in, maxLineBytes, 1, true);
  }

  /**
   * A reader over bytes that start at the beginning of a line somewhere in a larger input; for
   * parsing an archive in chunks.
   *
   * @param in the bytes, from the start of a line
   * @param maxLineBytes the longest piece of a line handed out at once, at least 4
   * @param firstLine the number of that line in the whole input
   * @param inputStart whether the bytes are the start of the whole input, where a UTF-8 byte-order
   *     mark is skipped
   * @throws IOException if reading the first bytes fails
   */
  ByteLineReader(InputStream in, int maxLineBytes, int firstLine, boolean inputStart)
      throws IOException {
    this.in = in;
    this.maxLineBytes = Math.max(4, maxLineBytes);
    this.number = firstLine - 1;
    // A chunk's bytes are already in memory: read them where they are, without a copy; but not at
    // the input's start, where a byte-order mark may straddle chunks and is looked for in a buffer.
    this.inPlace = in instanceof ChunkInput && !inputStart ? (ChunkInput) in : null;
    this.buffer = inPlace != null ? new byte[0] : new byte[BUFFER];
    fill();
    if (inputStart
        && limit - position >= 3
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
    // Bytes carried over from a cut piece are the start of a non-ASCII character.
    boolean ascii = lineLength == 0;
    boolean clean = lineLength == 0;
    while (!ended) {
      if (position == limit && !fill()) {
        break;
      }
      int end = scan();
      ascii &= scannedAscii;
      clean &= scannedClean;
      int room = maxLineBytes - lineLength;
      if (end - position > room) {
        append(position, room);
        position += room;
        lineWasCut = true;
        break;
      }
      if (end < limit && lineLength == 0) {
        // The common case: the whole line is in the buffer; decode it from there, uncopied.
        Line decoded = decodeLine(buffer, position, end - position, ascii, clean, continuation);
        position = end;
        skipLineEnd();
        return decoded;
      }
      append(position, end - position);
      position = end;
      if (end < limit) {
        ended = true;
        skipLineEnd();
      }
    }
    if (!ended && !lineWasCut && lineLength == 0 && !continuation) {
      return null;
    }
    int carried = lineWasCut ? partialCharacterAtEnd() : 0;
    int pieceLength = lineLength - carried;
    Line decoded = decodeLine(line, 0, pieceLength, ascii, clean, continuation);
    // The bytes of a character cut in half start the next piece.
    System.arraycopy(line, pieceLength, line, 0, carried);
    lineLength = carried;
    return decoded;
  }

  /**
   * Finds the end of the line in the buffer, noting on the way whether the line is ASCII and whether
   * it is clean (see {@link Line#clean()}): one pass over the bytes does all three.
   *
   * <p>Runs of printable ASCII, the bulk of any copy, are passed eight bytes at a time, and a word
   * that holds any other byte says where the first such byte is, so the pass jumps straight to the
   * line end, control character or non-ASCII byte. That byte is looked at on its own; after a
   * non-ASCII byte, the bytes 0x80 to 0xBF that follow (a character's continuation bytes, or stray
   * ones) are passed with it, since none of them is a line end or a lead byte. In UTF-8
   * only a C2 or C3 lead byte starts a character the cleaner acts on (C1 controls, U+00C2 to
   * U+00F4), and then only with some second bytes; curly quotes and dashes do not.
   *
   * @return the index of the CR or LF, or {@code limit} if the buffer holds no line end
   */
  private int scan() {
    byte[] b = buffer;
    boolean ascii = true;
    boolean clean = true;
    int end = position;
    while (true) {
      while (end <= limit - 8) {
        long outside = outsidePrintableAscii((long) LONGS.get(b, end));
        if (outside != 0) {
          // Little-endian: the lowest flag is the first byte outside the range in the text.
          end += Long.numberOfTrailingZeros(outside) >>> 3;
          break;
        }
        end += 8;
      }
      if (end >= limit) {
        break;
      }
      byte c = b[end];
      if (c < 0x20 || c == 0x7F) {
        // Signed bytes: every non-ASCII byte is negative and lands in this branch too.
        if (c == '\n' || c == '\r') {
          break;
        }
        if (c < 0) {
          ascii = false;
          if (c == (byte) 0xC2 || c == (byte) 0xC3) {
            clean &= end + 1 < limit && leavesClean(c, b[end + 1]);
          }
          while (end + 1 < limit && (b[end + 1] & 0xC0) == 0x80) {
            end++;
          }
        } else {
          clean &= c == '\t';
        }
      }
      end++;
    }
    scannedAscii = ascii;
    scannedClean = clean;
    return end;
  }

  /**
   * Whether the two-byte character {@code lead, next} is one the cleaner leaves alone: U+00A0 to
   * U+00C1 or U+00F5 to U+00FF. The pound sign and the no-break space are common in copy, and a
   * line holding one need not pass through the cleaner; C1 controls (C2 80 to C2 9F) and U+00C2
   * to U+00F4 (which can start mojibake) do. A byte that is no continuation byte leaves the line
   * to the Windows-1252 fallback, which marks it unclean anyway.
   */
  private static boolean leavesClean(byte lead, byte next) {
    int n = next & 0xFF;
    if (lead == (byte) 0xC2) {
      return n >= 0xA0 && n <= 0xBF;
    }
    return n == 0x80 || n == 0x81 || (n >= 0xB5 && n <= 0xBF);
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * The top bit of each byte of a word that is not 0x20 to 0x7E, exact for the lowest such byte.
   * Each test sets a byte's top bit where that byte is out of range: at or above 0x80 (the byte's
   * own top bit), below 0x20 (subtracting 0x20 wraps), or 0x7F (XOR makes it 0, subtracting 1
   * wraps). A borrow only starts at a byte that is itself out of range (it may then flag printable
   * bytes above it), so no flag is set below the first byte out of range, and that byte's flag is
   * always set: the result is zero exactly for a word of printable ASCII. Not private: {@code
   * FastLineReadingProperties} checks both claims on their own.
   */
  static long outsidePrintableAscii(long word) {
    long below = word - 0x2020202020202020L;
    long del = (word ^ 0x7F7F7F7F7F7F7F7FL) - 0x0101010101010101L;
    return (word | below | del) & 0x8080808080808080L;
  }

  /** Steps over the CR, LF or CRLF at {@code position}. */
  private void skipLineEnd() throws IOException {
    byte lineEnd = buffer[position];
    position++;
    if (lineEnd == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
      position++;
    }
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

  private Line decodeLine(
      byte[] bytes, int from, int length, boolean ascii, boolean clean, boolean continuation) {
    if (!continuation) {
      number++;
      nextColumn = 1;
    }
    List<Diagnostic> events = List.of();
    boolean windows1252 = false;
    String text;
    if (ascii) {
      text = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    } else {
      // One strict pass decodes the line and says whether it was UTF-8 at all, into a buffer that
      // is reused: the JDK's String(bytes, UTF_8) first tries Latin-1, starts again in UTF-16 at
      // the first curly quote, trims its array, and still needs a search for U+FFFD afterwards.
      if (chars.length < length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      int decoded = Utf8.decode(bytes, from, from + length, chars);
      if (decoded >= 0) {
        text = new String(chars, 0, decoded);
      } else {
        windows1252 = true;
        events = windows1252Events(bytes, from, length);
        text = Windows1252.decode(bytes, from, length);
        // Windows-1252 gives C1-range and Latin-1 letters for bytes UTF-8 reads otherwise.
        clean = false;
      }
    }
    int column = nextColumn;
    if (lineWasCut) {
      // Only a cut line needs its length in code points: the next piece's column follows from it.
      nextColumn += ascii ? length : text.codePointCount(0, text.length());
      if (!continuation) {
        events = LineLimit.cut(events, number, nextColumn, maxLineBytes);
      }
    }
    Line.Kind kind = continuation ? Line.Kind.CONTINUATION : Line.Kind.TEXT;
    return new Line(number, column, text, kind, windows1252, events, clean);
  }

  /** A diagnostic for each byte that Windows-1252 leaves undefined. */
  private List<Diagnostic> windows1252Events(byte[] bytes, int from, int length) {
    List<Diagnostic> events = List.of();
    for (int i = 0; i < length; i++) {
      int b = bytes[from + i] & 0xFF;
      if (Windows1252.decode(b) == '\uFFFD') {
        if (events.isEmpty()) {
          events = new ArrayList<>();
        }
        events.add(
            Diagnostic.of(
                DiagnosticCode.UNDEFINED_BYTE,
                "byte 0x" + Chars.hex(b, 2) + " is undefined in Windows-1252; replaced by U+FFFD",
                number,
                nextColumn + i));
      }
    }
    return events;
  }

  private void append(int from, int count) {
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + count, line.length * 2));
    }
    System.arraycopy(buffer, from, line, lineLength, count);
    lineLength += count;
  }

  /**
   * Reads more bytes; keeps unread ones. Returns false at the end of the input. It is only ever
   * called once every byte before {@code limit} is read (a line that runs on past the buffer is
   * carried in {@code line}), so a chunk's array can take the buffer's place.
   */
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    if (inPlace != null) {
      byte[] run = inPlace.takeRun();
      if (run == null) {
        endOfInput = true;
        return false;
      }
      buffer = run;
      position = inPlace.runStart();
      limit = run.length;
      return true;
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
