package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The strict decoder at the edges of each sequence length and of the excluded ranges. */
class Utf8Test {

  @Test
  void decodesTheFirstAndLastCharacterOfEachLength() {
    assertDecodes("00", "\u0000");
    assertDecodes("7F", "\u007F");
    assertDecodes("C280", "\u0080");
    assertDecodes("DFBF", "\u07FF");
    assertDecodes("E0A080", "\u0800");
    assertDecodes("ED9FBF", "\uD7FF");
    assertDecodes("EE8080", "\uE000");
    assertDecodes("EFBFBF", "\uFFFF");
    assertDecodes("F0908080", "\uD800\uDC00");
    assertDecodes("F48FBFBF", "\uDBFF\uDFFF");
    assertDecodes("41E282AC42", "A\u20ACB");
    assertTrue(Utf8.isValid(new byte[0], 0, 0), "no bytes are valid");
  }

  @Test
  void rejectsOverlongFormsSurrogatesValuesPastTheLastAndBrokenSequences() {
    for (String hex : new String[] {
        "80", "BF", "C0AF", "C180", "E09FBF", "EDA080", "EDBFBF", "F08FBFBF", "F4908080",
        "F5808080", "FF", "C2", "E282", "F09080", "C241", "E2C2AC", "41E282"}) {
      assertFalse(Utf8.isValid(bytes(hex), 0, hex.length() / 2), hex);
    }
  }

  @Test
  void looksOnlyAtTheRangeAsked() {
    byte[] b = bytes("FF41E282ACFF");
    assertTrue(Utf8.isValid(b, 1, 5));
    assertFalse(Utf8.isValid(b, 1, 4), "cut inside the euro sign");
    assertFalse(Utf8.isValid(b, 0, 5));
  }

  private static void assertDecodes(String hex, String expected) {
    byte[] b = bytes(hex);
    char[] out = new char[b.length];
    int n = Utf8.decode(b, 0, b.length, out);
    assertEquals(expected, new String(out, 0, Math.max(n, 0)), hex);
    assertTrue(Utf8.isValid(b, 0, b.length), hex);
  }

  private static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex);
  }
}
