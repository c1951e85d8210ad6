package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mojibake built the way it arises: UTF-8 bytes read back one character per byte. */
class MojibakeRepairTest {

  @Test
  void repairsSequencesOfEveryLengthAndEveryLeadByteRange() {
    for (String text : new String[] {
        "\u00FF", // C3 BF: the highest continuation byte
        "\u2020", // E2 80 A0: the lowest continuation byte, read as the euro sign
        "\u0905", // E0 A4 85: the lowest three-byte lead
        "\uFFE1", // EF BF A1: the highest three-byte lead
        "\uD7FF", // ED 9F BF: the highest before the surrogates
        "\uD83D\uDE00", // F0 9F 98 80: four bytes
        "\uDBC0\uDC00", // F4 80 80 80: the highest four-byte lead
    }) {
      String garbled = "say " + misread(text) + " twice";
      assertEquals(4, MojibakeRepair.firstRepair(garbled), text);
      assertEquals("say " + text + " twice", MojibakeRepair.repair(garbled), text);
    }
  }

  @Test
  void leavesByteSequencesThatAreNotUtf8Alone() {
    for (String garbled : new String[] {
        "\u00E0\u20AC\u20AC", // E0 80 80: an over-long form
        "\u00ED\u00A0\u20AC", // ED A0 80: a surrogate
        "\u00F0\u008F\u00BF\u00BF", // F0 8F BF BF: an over-long form
        "\u00F4\u0090\u20AC\u20AC", // F4 90 80 80: beyond U+10FFFF
        "\u00C2\u20AC", // C2 80: a C1 control, never text
        "\u00F5\u20AC\u20AC\u20AC", // F5: never a lead byte
        "\u00E2\u20AC", // E2 80 and the end: cut short
    }) {
      assertEquals(-1, MojibakeRepair.firstRepair(garbled), garbled);
      assertEquals(garbled, MojibakeRepair.repair(garbled));
    }
  }

  @Test
  void repairsMojibakeOfMojibakeTwice() {
    String twice = misread(misread("caf\u00E9"));
    assertEquals("caf\u00C3\u0192\u00C2\u00A9", twice);
    assertEquals("caf\u00E9", MojibakeRepair.repair(twice));
  }

  private static String misread(String text) {
    return DecodingTest.misread(text);
  }
}
