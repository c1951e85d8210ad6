package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The byte reader's own UTF-8 decoder says a line is UTF-8 exactly when the JDK's strict decoder
 * does, and then gives the same characters: whether a line falls back to Windows-1252 depends on
 * that answer alone.
 */
class Utf8Properties {

  /**
   * What the JDK makes of the bytes with every error reported rather than replaced, or {@code
   * null} when they are not UTF-8.
   */
  private static String jdk(byte[] bytes, int from, int to) {
    try {
      return STRICT.get().decode(ByteBuffer.wrap(bytes, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** One strict decoder per thread; {@code decode} resets it before each use. */
  private static final ThreadLocal<CharsetDecoder> STRICT = ThreadLocal.withInitial(
      () -> StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT));

  private static String ours(byte[] bytes, int from, int to) {
    char[] out = new char[to - from];
    int n = Utf8.decode(bytes, from, to, out);
    return n < 0 ? null : new String(out, 0, n);
  }

  /**
   * Byte strings built from pieces near every edge of UTF-8: each length of sequence at its
   * lowest and highest value, overlong forms, surrogates, values past U+10FFFF, stray
   * continuation bytes, leads that can never start a sequence, and any byte at all.
   */
  @Provide
  Arbitrary<byte[]> nearlyUtf8() {
    List<int[]> pieces = List.of(
        new int[] {'a'}, new int[] {0x00}, new int[] {0x7F},
        new int[] {0xC2, 0x80}, new int[] {0xDF, 0xBF}, new int[] {0xC2, 0xA3},
        new int[] {0xC0, 0x80}, new int[] {0xC1, 0xBF},
        new int[] {0xE0, 0xA0, 0x80}, new int[] {0xE0, 0x9F, 0xBF}, new int[] {0xEF, 0xBF, 0xBF},
        new int[] {0xE2, 0x80, 0x9C}, new int[] {0xEF, 0xBF, 0xBD}, new int[] {0xEF, 0xBB, 0xBF},
        new int[] {0xED, 0x9F, 0xBF}, new int[] {0xED, 0xA0, 0x80}, new int[] {0xED, 0xBF, 0xBF},
        new int[] {0xF0, 0x90, 0x80, 0x80}, new int[] {0xF0, 0x8F, 0xBF, 0xBF},
        new int[] {0xF4, 0x8F, 0xBF, 0xBF}, new int[] {0xF4, 0x90, 0x80, 0x80},
        new int[] {0xF5, 0x80, 0x80, 0x80}, new int[] {0xF8}, new int[] {0xFF},
        new int[] {0x80}, new int[] {0xBF}, new int[] {0xE2, 0x80}, new int[] {0xF0, 0x9F});
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.of(pieces).map(Utf8Properties::toBytes),
        Arbitraries.bytes().map(b -> new byte[] {b}));
    return piece.list().ofMaxSize(12).map(list -> {
      int length = list.stream().mapToInt(b -> b.length).sum();
      byte[] all = new byte[length];
      int at = 0;
      for (byte[] b : list) {
        System.arraycopy(b, 0, all, at, b.length);
        at += b.length;
      }
      return all;
    });
  }

  private static byte[] toBytes(int[] values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  /** Every slice, so that each sequence is also seen cut short at every byte and from within. */
  @Property(tries = 500)
  void agreesWithTheJdkOnEverySlice(@ForAll("nearlyUtf8") byte[] input) {
    for (int from = 0; from <= input.length; from++) {
      for (int to = from; to <= input.length; to++) {
        assertEquals(jdk(input, from, to), ours(input, from, to),
            () -> "bytes " + java.util.HexFormat.of().formatHex(input));
      }
    }
  }

  @Property(tries = 3000)
  void agreesWithTheJdkOnAnyBytes(@ForAll byte[] input) {
    assertEquals(jdk(input, 0, input.length), ours(input, 0, input.length));
  }

  /** Every code point there is, encoded by the JDK, comes back as itself. */
  @Example
  void decodesEveryScalarValue() {
    StringBuilder all = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
        all.appendCodePoint(cp);
      }
    }
    byte[] bytes = all.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(all.toString(), ours(bytes, 0, bytes.length));
  }

  /** Every two-byte string, and each followed by a telling third byte, against the JDK. */
  @Example
  void agreesWithTheJdkOnEveryShortString() {
    byte[] b = new byte[3];
    for (int x = 0; x < 256; x++) {
      for (int y = 0; y < 256; y++) {
        b[0] = (byte) x;
        b[1] = (byte) y;
        assertEquals(jdk(b, 0, 2), ours(b, 0, 2));
        // A third byte that is ASCII, the lowest and highest continuation byte, or a lead.
        for (int z : new int[] {0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC2}) {
          b[2] = (byte) z;
          assertEquals(jdk(b, 0, 3), ours(b, 0, 3));
        }
      }
    }
  }
}
