package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf16ReaderTest {

  @Test
  void readsBothByteOrdersWithSurrogatePairsInOneCallOrOneCharacterAtATime() throws IOException {
    String text = "a\u00E9\uD83D\uDE00b";
    for (boolean bigEndian : new boolean[] {true, false}) {
      byte[] bytes = text.getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
      assertEquals(text, readAll(new Utf16Reader(new ByteArrayInputStream(bytes), bigEndian), 64));
      assertEquals(text, readAll(new Utf16Reader(new ByteArrayInputStream(bytes), bigEndian), 2));
    }
  }

  @Test
  void replacesEachBrokenSurrogateAndOddByteAndSaysWhere() throws IOException {
    // A high surrogate before a letter, a lone low surrogate, a high one at the end, an odd byte.
    byte[] bytes = bigEndian("x", 0xD800, "y", 0xDC00, "z", 0xD83D);
    byte[] odd = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, odd, 0, bytes.length);
    odd[bytes.length] = 0x41;
    Utf16Reader reader = new Utf16Reader(new ByteArrayInputStream(odd), true);
    assertEquals("x\uFFFDy\uFFFDz\uFFFD\uFFFD", readAll(reader, 64));
    assertFalse(reader.wasMalformed(0));
    assertTrue(reader.wasMalformed(1));
    assertFalse(reader.wasMalformed(2));
    assertTrue(reader.wasMalformed(3));
    assertFalse(reader.wasMalformed(4));
    assertTrue(reader.wasMalformed(5));
    assertTrue(reader.wasMalformed(6));
    assertFalse(reader.wasMalformed(7));
  }

  @Test
  void closeClosesTheInput() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new Utf16Reader(in, true).close();
    assertTrue(closed[0]);
  }

  /** Big-endian units: strings as UTF-16BE, numbers as one unit each. */
  private static byte[] bigEndian(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_16BE));
      } else {
        int unit = (Integer) part;
        out.write(unit >> 8);
        out.write(unit & 0xFF);
      }
    }
    return out.toByteArray();
  }

  private static String readAll(Utf16Reader reader, int chunk) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[chunk];
    for (int n = reader.read(buffer, 0, chunk); n >= 0; n = reader.read(buffer, 0, chunk)) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }
}
