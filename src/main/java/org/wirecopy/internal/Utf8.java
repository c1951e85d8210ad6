package org.wirecopy.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** A strict UTF-8 decoder for one line: it either decodes all of it or says the line is not UTF-8. */
final class Utf8 {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Utf8() {}

  /**
   * Whether {@code in[from, to)} is valid UTF-8.
   *
   * @param in the bytes
   * @param from the first byte
   * @param to the end, exclusive
   * @return true if {@link #decode} would decode it
   */
  static boolean isValid(byte[] in, int from, int to) {
    return decode(in, from, to, new char[to - from]) >= 0;
  }

  /**
   * Decodes {@code in[from, to)}.
   *
   * @param in the bytes
   * @param from the first byte
   * @param to the end, exclusive
   * @param out where the characters go; must hold {@code to - from} characters
   * @return the number of characters written, or -1 if the bytes are not valid UTF-8 (overlong
   *     forms, surrogates and values past U+10FFFF are invalid)
   */
  static int decode(byte[] in, int from, int to, char[] out) {
    int n = 0;
    int i = from;
    while (i < to) {
      // Runs of ASCII, most of any line, are copied eight bytes at a time; a word with a non-ASCII
      // byte has its ASCII bytes before that one copied at once.
      while (i <= to - 8) {
        long high = (long) LONGS.get(in, i) & 0x8080808080808080L;
        if (high != 0) {
          int run = Long.numberOfTrailingZeros(high) >>> 3;
          for (int k = 0; k < run; k++) {
            out[n + k] = (char) in[i + k];
          }
          i += run;
          n += run;
          break;
        }
        for (int k = 0; k < 8; k++) {
          out[n + k] = (char) in[i + k];
        }
        i += 8;
        n += 8;
      }
      if (i == to) {
        break;
      }
      int b = in[i];
      if (b >= 0) {
        out[n++] = (char) b;
        i++;
        continue;
      }
      b &= 0xFF;
      int need;
      int cp;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        cp = b & 0x1F;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        cp = b & 0x0F;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        cp = b & 0x07;
        min = 0x10000;
      } else {
        return -1;
      }
      if (i + need >= to) {
        return -1;
      }
      for (int k = 1; k <= need; k++) {
        int c = in[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return -1;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return -1;
      }
      if (cp >= 0x10000) {
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
      } else {
        out[n++] = (char) cp;
      }
      i += need + 1;
    }
    return n;
  }
}
