package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A stream that hands out one byte per read, with a read of no bytes between any two. */
class Utf16ReaderSlowStreamTest {

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
