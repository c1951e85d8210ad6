package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Windows1252Test {

  @Test
  void decodesTheHighRangeFromItsTableAndTheRestAsLatin1() {
    assertEquals('\u007F', Windows1252.decode(0x7F));
    assertEquals('\u20AC', Windows1252.decode(0x80));
    assertEquals('\uFFFD', Windows1252.decode(0x81));
    assertEquals('\u0178', Windows1252.decode(0x9F));
    assertEquals('\u00A0', Windows1252.decode(0xA0));
    assertEquals('\u00FF', Windows1252.decode(0xFF));
  }

  @Test
  void encodesBackToTheByteOrSaysThereIsNone() {
    assertEquals(0x80, Windows1252.encode('\u20AC'));
    assertEquals(0x9F, Windows1252.encode('\u0178'));
    assertEquals(0xFF, Windows1252.encode('\u00FF'));
    assertEquals(0x90, Windows1252.encode('\u0090'));
    assertEquals(-1, Windows1252.encode('\u0100'));
    assertEquals(-1, Windows1252.encode('\uFFFD'));
  }
}
