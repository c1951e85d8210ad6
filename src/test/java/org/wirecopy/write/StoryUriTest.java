package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StoryUriTest {

  @Test
  void segmentsAreLowerCaseHyphenatedAndPercentEncoded() {
    assertEquals("pa-media", StoryUri.segment("  PA   Media "));
    assertEquals("a%26e-waiting", StoryUri.segment("A&E Waiting"));
    assertEquals("caf%C3%A9", StoryUri.segment("Café"));
    assertEquals("%F0%9F%98%80", StoryUri.segment("😀"));
    assertEquals("a%3Ab%2Fc%3F", StoryUri.segment("a:b/c?"));
    assertEquals("-", StoryUri.segment(" "));
  }

  @Test
  void aLoneSurrogateIsEncodedAsTheReplacementCharacter() {
    assertEquals("a%EF%BF%BDb", StoryUri.segment("a\uD800b"));
    assertEquals("%EF%BF%BD", StoryUri.segment("\uDC00"));
  }
}
