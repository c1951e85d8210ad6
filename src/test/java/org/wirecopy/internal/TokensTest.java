package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void splitsOnAnyRunOfSpacesAndRemembersWhereEachWordStarts() {
    String s = "  By\u00A0 Jo   Bloggs ";
    Tokens words = Tokens.split(s, 5);
    assertEquals(3, words.size());
    assertEquals("By", words.get(0));
    assertEquals("Bloggs", words.get(2));
    assertEquals(2, words.start(0));
    assertEquals(6, words.start(1));
    assertEquals(11, words.start(2));
    assertEquals("Jo   Bloggs", words.span(s, 1, 3));
  }

  @Test
  void givesNothingForMoreWordsThanAsked() {
    assertNull(Tokens.split("one two three", 2));
    assertEquals(2, Tokens.split("one two ", 2).size());
  }
}
