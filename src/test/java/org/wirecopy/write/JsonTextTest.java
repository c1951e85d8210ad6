package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

  private static String json(String s) {
    StringBuilder out = new StringBuilder();
    new JsonText(out).string(s);
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain             | `\"plain\"`",
        "`say \"hi\"`      | `\"say \\\"hi\\\"\"`",
        "`back\\slash`     | `\"back\\\\slash\"`",
      })
  void escapesQuotesAndBackslashes(String input, String expected) {
    assertEquals(expected, json(input));
  }

  @org.junit.jupiter.api.Test
  void escapesControlsSeparatorsAndLoneSurrogates() throws Exception {
    String input = "a\n\r\t\b\f\u0001\u007f\u2028\u2029\uD800x\uDC00😀é";
    String written = json(input);
    assertEquals(
        "\"a\\n\\r\\t\\b\\f\\u0001\\u007f\\u2028\\u2029\\ud800x\\udc00😀é\"", written);
    assertEquals(input, new ObjectMapper().readValue(written, String.class));
  }
}
