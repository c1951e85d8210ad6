package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The UTF-16 reader with awkward callers and streams: a stream that hands out one byte per read,
 * with a read of no bytes between any two, and a caller whose buffer has room for only a few
 * characters.
 */
class Utf16ReaderSlowStreamTest {

  @Test
  void aSmallBufferNeverGetsHalfASurrogatePairOrMoreThanItHolds() throws IOException {
    String text = "ab\uD83D\uDE00c\uD83D\uDE00";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_16BE);
    StringBuilder out = new StringBuilder();
    try (Utf16Reader reader = new Utf16Reader(new java.io.ByteArrayInputStream(bytes), true)) {
      char[] buffer = new char[3];
      for (int n = reader.read(buffer, 0, 3); n >= 0; n = reader.read(buffer, 0, 3)) {
        assertEquals(false, n > 0 && Character.isHighSurrogate(buffer[n - 1]), "half a pair");
        out.append(buffer, 0, n);
      }
    }
    assertEquals(text, out.toString());
  }

  @Test
  void aBrokenSequenceAfterASurrogatePairIsPlacedAtItsOwnOffset() throws IOException {
    // A pair (two characters), then a lone low surrogate at offset 2, then a letter; written
    // out by hand, since String.getBytes would turn the lone surrogate into a question mark.
    byte[] bytes = {0x3D, (byte) 0xD8, 0x00, (byte) 0xDE, 0x00, (byte) 0xDC, 'x', 0x00};
    try (Utf16Reader reader = new Utf16Reader(new java.io.ByteArrayInputStream(bytes), false)) {
      char[] buffer = new char[16];
      int n = reader.read(buffer, 0, buffer.length);
      assertEquals("\uD83D\uDE00\uFFFDx", new String(buffer, 0, n));
      assertEquals(false, reader.wasMalformed(0));
      assertEquals(true, reader.wasMalformed(2));
      assertEquals(false, reader.wasMalformed(3));
    }
  }

  @Test
  void aReadOfNoBytesBetweenTheTwoBytesOfAUnitLosesNothing() throws IOException {
    String text = "Caf\u00E9 \u201Cquoted\u201D \uD83D\uDE00 end";
    for (boolean bigEndian : new boolean[] {true, false}) {
      byte[] bytes = text.getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
      StringBuilder out = new StringBuilder();
      try (Utf16Reader reader = new Utf16Reader(new Stuttering(bytes), bigEndian)) {
        char[] buffer = new char[16];
        for (int n = reader.read(buffer, 0, buffer.length); n >= 0;
            n = reader.read(buffer, 0, buffer.length)) {
          out.append(buffer, 0, n);
        }
        assertEquals(text, out.toString(), bigEndian ? "big-endian" : "little-endian");
        assertEquals(false, reader.wasMalformed(0));
      }
    }
  }

  /** Gives one byte, then nothing, then one byte, and so on. */
  private static final class Stuttering extends InputStream {
    private final byte[] bytes;
    private int next;
    private boolean pause;

    Stuttering(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (next == bytes.length) {
        return -1;
      }
      pause = !pause;
      if (pause) {
        return 0;
      }
      b[off] = bytes[next++];
      return 1;
    }
  }
}
