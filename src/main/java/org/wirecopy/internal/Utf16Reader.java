package org.wirecopy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Decodes UTF-16 (after its byte-order mark) and remembers where a broken sequence (a lone
 * surrogate, an odd last byte) was replaced by U+FFFD, so that the line reader can report it.
 */
final class Utf16Reader extends Reader {

  private final InputStream in;
  private final boolean bigEndian;
  private final ArrayDeque<Long> malformed = new ArrayDeque<>();
  private long produced;
  private int pendingHigh = -1;
  private final byte[] bytes = new byte[8192];
  private int carry = -1;
  /** The first byte of a unit whose second byte was not ready yet, or -1. */
  private int waitingByte = -1;

  /**
   * A reader over the bytes after a UTF-16 byte-order mark.
   *
   * @param in the bytes, positioned after the byte-order mark
   * @param bigEndian whether the mark was {@code FE FF}
   */
  Utf16Reader(InputStream in, boolean bigEndian) {
    this.in = in;
    this.bigEndian = bigEndian;
  }

  /**
   * Whether the character at an offset replaced a broken sequence. Offsets must be asked in
   * increasing order; earlier ones are forgotten.
   *
   * @param offset the character offset from the start of the text
   * @return true if a broken sequence stood there
   */
  boolean wasMalformed(long offset) {
    while (!malformed.isEmpty() && malformed.peekFirst() < offset) {
      malformed.pollFirst();
    }
    return !malformed.isEmpty() && malformed.peekFirst() == offset;
  }

  @Override
  public int read(char[] out, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len - 1) {
      int unit = nextUnit();
      if (unit == -2) {
        break;
      }
      if (unit == -1) {
        if (pendingHigh >= 0) {
          n += emitBroken(out, off + n);
          pendingHigh = -1;
        }
        if (carry >= 0) {
          n += emitBroken(out, off + n);
          carry = -1;
        }
        break;
      }
      char c = (char) unit;
      if (pendingHigh >= 0) {
        if (Character.isLowSurrogate(c)) {
          out[off + n++] = (char) pendingHigh;
          out[off + n++] = c;
          produced += 2;
          pendingHigh = -1;
          continue;
        }
        n += emitBroken(out, off + n);
        pendingHigh = -1;
      }
      if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
      } else if (Character.isLowSurrogate(c)) {
        n += emitBroken(out, off + n);
      } else {
        out[off + n++] = c;
        produced++;
      }
    }
    return n == 0 && endOfBytes ? -1 : n;
  }

  private int emitBroken(char[] out, int at) {
    malformed.addLast(produced);
    out[at] = '\uFFFD';
    produced++;
    return 1;
  }

  private int bufferPosition;
  private int bufferLimit;
  private boolean endOfBytes;

  /** The next 16-bit unit, -1 at the end of the input, -2 when no bytes are ready yet. */
  private int nextUnit() throws IOException {
    int first = waitingByte >= 0 ? waitingByte : nextByte();
    waitingByte = -1;
    if (first < 0) {
      return first;
    }
    int second = nextByte();
    if (second == -2) {
      // A stream that had no bytes ready between the two bytes of a unit: keep the first.
      waitingByte = first;
      return -2;
    }
    if (second == -1) {
      carry = first;
      return -1;
    }
    return bigEndian ? (first << 8) | second : (second << 8) | first;
  }

  private int nextByte() throws IOException {
    if (bufferPosition == bufferLimit) {
      if (endOfBytes) {
        return -1;
      }
      int read = in.read(bytes, 0, bytes.length);
      if (read < 0) {
        endOfBytes = true;
        return -1;
      }
      bufferPosition = 0;
      bufferLimit = read;
      if (read == 0) {
        return -2;
      }
    }
    return bytes[bufferPosition++] & 0xFF;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
