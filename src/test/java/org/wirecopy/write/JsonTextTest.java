package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

  /** Written into a buffer of the least size (64 bytes), so most strings make it grow. */
  private static String json(String s) {
    return new JsonText(0).string(s).toString();
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

  /**
   * The run-copying writer escapes exactly like the one-character-at-a-time rule it replaced,
   * kept here as the reference, for any string: surrogates alone or paired, controls, separators.
   */
  @Property(tries = 2000)
  void escapesExactlyLikeTheCharacterByCharacterRule(@ForAll("awkwardStrings") String s) {
    assertEquals(referenceEscape(s), json(s));
  }

  /**
   * A string is encoded a slice of characters at a time: long strings come out whole, and a
   * surrogate pair that straddles a slice's end is still one four-byte character, not two escapes.
   */
  @Property(tries = 200)
  void longStringsAreWrittenWholeWhereverAPairFalls(
      @ForAll @IntRange(min = -5, max = 5) int shift,
      @ForAll @IntRange(min = 1, max = 3) int slices,
      @ForAll("awkwardStrings") String tail) {
    assertEquals(referenceEscape(pairNearSliceEnd(slices, shift, tail)),
        json(pairNearSliceEnd(slices, shift, tail)));
  }

  /** The pair's high half in the last place of a slice, the case that must not be cut. */
  @org.junit.jupiter.api.Test
  void aPairStraddlingASliceEndIsOneCharacter() {
    for (int slices = 1; slices <= 3; slices++) {
      String s = pairNearSliceEnd(slices, 0, "");
      assertEquals(referenceEscape(s), json(s));
    }
  }

  /**
   * A surrogate pair after plain text, its high half {@code shift} places after the last place of
   * the writer's slice number {@code slices} (slices are 4096 characters); more text after it.
   */
  private static String pairNearSliceEnd(int slices, int shift, String tail) {
    int before = 4096 * slices - 1 + shift;
    return "a".repeat(before) + "\uD83D\uDE00" + tail + "é“".repeat(before / 2);
  }

  /** Room is made for three bytes a character; an escape takes six and must make its own. */
  @org.junit.jupiter.api.Test
  void aStringOfNothingButEscapes() {
    String controls = "\u0001\u2028\"\uD800".repeat(3000);
    assertEquals(referenceEscape(controls), json(controls));
  }

  @Provide
  Arbitrary<String> awkwardStrings() {
    Arbitrary<Character> awkward = Arbitraries.of('"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000',
        '\u001f', '\u007f', '\u0080', '\u009f', '\u2028', '\u2029', '\uD83D', '\uDE00', '\uDBFF',
        '\uDC00', 'é', '“', 'a', ' ');
    Arbitrary<Character> any = Arbitraries.chars();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, awkward), net.jqwik.api.Tuple.of(1, any))
        .list().ofMaxSize(40)
        .map(chars -> {
          StringBuilder b = new StringBuilder();
          chars.forEach(b::append);
          return b.toString();
        });
  }

  /** The escaping rule, one character at a time: the behaviour the fast writer must keep. */
  private static String referenceEscape(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
          if (pairedHigh) {
            out.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029'
              || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
