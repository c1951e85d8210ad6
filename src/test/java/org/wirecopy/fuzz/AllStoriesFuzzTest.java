package org.wirecopy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.wirecopy.ParseResult;
import org.wirecopy.StoryStream;
import org.wirecopy.WireFormatException;
import org.wirecopy.WireParser;
import org.wirecopy.internal.LineAccounting;

/**
 * Any bytes read as an archive: every story is well formed, nothing is lost (each line with text
 * lands in exactly one element), reading story by story gives the same stories as reading them
 * all, {@code parse} gives the first of them, and strict mode agrees or throws only {@link
 * WireFormatException}. The parser's limits are drawn too, so that cut lines, cut stories and
 * capped diagnostics are fuzzed as well.
 *
 * <p>In a normal build this replays {@code src/test/resources/org/wirecopy/fuzz/
 * AllStoriesFuzzTestInputs/anyArchive/}; with {@code JAZZER_FUZZ=1} it fuzzes (see the README).
 */
class AllStoriesFuzzTest {

  /** A parser configuration the fuzzer can choose, with its strict twin. */
  private record Config(WireParser lenient, WireParser strict, int maxDiagnostics) {
    static Config of(WireParser.Builder builder, int maxDiagnostics) {
      builder.maxDiagnostics(maxDiagnostics);
      return new Config(builder.strict(false).build(), builder.strict(true).build(),
          maxDiagnostics);
    }
  }

  private static final List<Config> CONFIGS =
      List.of(
          Config.of(WireParser.builder(), 1_000),
          Config.of(WireParser.builder().maxLineLength(16), 1_000),
          Config.of(WireParser.builder().maxStoryLines(3), 1_000),
          Config.of(WireParser.builder().repairMojibake(false), 2),
          Config.of(WireParser.builder().sources(List.of("Wire Agency", "PA")), 1));

  @FuzzTest(maxDuration = "10m")
  void anyArchive(FuzzedDataProvider data) throws IOException, WireFormatException {
    Config config = CONFIGS.get(data.consumeInt(0, CONFIGS.size() - 1));
    byte[] input = data.consumeRemainingAsBytes();

    List<ParseResult> all = config.lenient().parseAll(input);
    assertEquals("", LineAccounting.check(input, all), "every line with text in one element");
    int maxLine = ParseChecks.maxLine(input);
    for (ParseResult story : all) {
      ParseChecks.wellFormed(story, maxLine, config.maxDiagnostics());
    }

    try (StoryStream stream = config.lenient().stories(new ByteArrayInputStream(input))) {
      assertEquals(all, stream.stream().toList(), "story by story gives the same stories");
    }
    if (!all.isEmpty()) {
      assertEquals(all.get(0).article(), config.lenient().parse(input).article());
    }

    try {
      List<ParseResult> strict = config.strict().parseAll(input);
      assertEquals(all, strict);
      for (ParseResult story : all) {
        ParseChecks.strictAccepted(story, story);
      }
    } catch (WireFormatException e) {
      ParseChecks.strictRejectedFor(
          all.stream().filter(ParseResult::hasErrors).findFirst()
              .orElseThrow(() -> new AssertionError("strict threw, lenient has no error", e)),
          e);
    }
  }
}
