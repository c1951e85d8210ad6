package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharsTest {

  @Test
  void spacesAreTheUnicodeSpaceCharactersButNotTheLineAndParagraphSeparators() {
    assertTrue(Chars.isSpace(' '));
    assertTrue(Chars.isSpace('\t'));
    assertTrue(Chars.isSpace('\u00A0'), "no-break space");
    assertTrue(Chars.isSpace('\u1680'), "ogham space mark, the lowest of the other spaces");
    assertTrue(Chars.isSpace('\u2003'), "em space");
    assertTrue(Chars.isSpace('\u3000'), "ideographic space");
    assertFalse(Chars.isSpace('\u2028'), "line separator");
    assertFalse(Chars.isSpace('\u2029'), "paragraph separator");
    assertFalse(Chars.isSpace('\u0085'), "next line, a control");
    assertFalse(Chars.isSpace('x'));
    assertFalse(Chars.isSpace('\u00E9'));
  }

  @Test
  void normalisingSpacesDropsThemAtTheEndsAndMakesEachRunOneSpace() {
    assertEquals("a b c", Chars.normaliseSpaces(" \u00A0a \t b\u2003c  "));
    assertEquals("", Chars.normaliseSpaces("  \t "));
  }

  @Test
  void hexIsUpperCaseAndPaddedToTheDigitsAsked() {
    assertEquals("0A", Chars.hex(0xA, 2));
    assertEquals("FF", Chars.hex(0xFF, 2));
    assertEquals("00E9", Chars.hex(0xE9, 4));
    assertEquals("1F600", Chars.hex(0x1F600, 4));
  }
}
