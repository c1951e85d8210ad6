package org.wirecopy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.wirecopy.ParseResult;
import org.wirecopy.WireFormatException;
import org.wirecopy.WireParser;

/**
 * Any bytes, and the same bytes read as text: the lenient parser returns a well-formed result and
 * never throws; the strict parser either agrees with it or throws {@link WireFormatException} for
 * its first error, and nothing else.
 *
 * <p>In a normal build this replays {@code src/test/resources/org/wirecopy/fuzz/
 * LenientParseFuzzTestInputs/anyBytes/}; with {@code JAZZER_FUZZ=1} it fuzzes (see the README).
 */
class LenientParseFuzzTest {

  private static final WireParser LENIENT = WireParser.builder().build();
  private static final WireParser STRICT = WireParser.builder().strict(true).build();
  private static final int MAX_DIAGNOSTICS = 1_000;

  @FuzzTest(maxDuration = "10m")
  void anyBytes(byte[] input) throws WireFormatException {
    ParseResult lenient = LENIENT.parse(input);
    ParseChecks.wellFormed(lenient, ParseChecks.maxLine(input), MAX_DIAGNOSTICS);
    try {
      ParseChecks.strictAccepted(lenient, STRICT.parse(input));
    } catch (WireFormatException e) {
      ParseChecks.strictRejectedFor(lenient, e);
    }

    String text = new String(input, StandardCharsets.UTF_8);
    if (isUtf8WithoutUtf16Mark(input)) {
      // Bytes that are UTF-8 are read exactly as the text they encode.
      assertEquals(lenient, LENIENT.parse(text));
    }
    ParseResult fromText = LENIENT.parse(text);
    ParseChecks.wellFormed(fromText, ParseChecks.maxLine(text), MAX_DIAGNOSTICS);
    try {
      ParseChecks.strictAccepted(fromText, STRICT.parse(text));
    } catch (WireFormatException e) {
      ParseChecks.strictRejectedFor(fromText, e);
    }
  }

  private static boolean isUtf8WithoutUtf16Mark(byte[] input) {
    if (input.length >= 2 && ((input[0] & 0xFF) == 0xFE && (input[1] & 0xFF) == 0xFF
        || (input[0] & 0xFF) == 0xFF && (input[1] & 0xFF) == 0xFE)) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
