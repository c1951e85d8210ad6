package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wirecopy.internal.LineAccounting;

/**
 * Hostile input must finish fast, stay within the configured limits, and lose nothing. The
 * timeouts are generous bounds against quadratic behaviour, not performance measurements.
 */
class PathologicalInputTest {

  private static final WireParser PARSER = WireParser.builder().build();
  private static final String HEADER = "HEADLINE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\n";

  private static List<ParseResult> parseAll(byte[] input) throws WireFormatException {
    List<ParseResult> results = PARSER.parseAll(input);
    assertEquals("", LineAccounting.check(input, results), "nothing lost");
    for (ParseResult r : results) {
      assertTrue(r.diagnostics().size() <= 2_001, "diagnostics are capped");
    }
    return results;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aFiveMegabyteLine() throws WireFormatException {
    String line = "word ".repeat(1_000_000);
    List<ParseResult> results = parseAll(utf8(HEADER + line + "\n"));
    assertEquals(1, results.size());
    Article a = results.get(0).article();
    assertEquals(1, a.paragraphs().size());
    assertEquals(line.strip(), a.paragraphs().get(0).text(), "the pieces join up exactly");
    assertTrue(results.get(0).diagnostics().stream()
        .anyMatch(d -> d.code() == DiagnosticCode.LINE_TOO_LONG));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void twoHundredThousandPageMarkers() throws WireFormatException {
    List<ParseResult> results = parseAll(utf8(HEADER + "Page 1\n".repeat(200_000)));
    assertEquals(200_000, results.stream().mapToInt(r -> r.article().pages().size()).sum());
    assertTrue(results.get(0).diagnostics().stream()
        .anyMatch(d -> d.code() == DiagnosticCode.DIAGNOSTICS_TRUNCATED));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void fiftyThousandHeaderBlocksWithoutBody() throws WireFormatException {
    List<ParseResult> results = parseAll(utf8(HEADER.repeat(50_000)));
    assertTrue(results.size() <= 2, "without end markers or form feeds only the size limit cuts");
    for (ParseResult r : results) {
      assertTrue(r.article().paragraphs().isEmpty());
      assertTrue(r.article().unrecognised().size() > 10_000);
      assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.MISSING_BODY));
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void fiftyThousandHeaderBlocksSplitByEndMarkers() throws WireFormatException {
    List<ParseResult> results = parseAll(utf8((HEADER + "ends\n").repeat(50_000)));
    assertEquals(50_000, results.size());
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aHundredThousandQuoteMarks() throws WireFormatException {
    String quotes = "“".repeat(100_000);
    List<ParseResult> results = parseAll(utf8(quotes + "\n" + HEADER.substring(9) + quotes + "\n"));
    // A lone opening mark at either end is stray: both ends are dropped.
    assertEquals(quotes.length() - 2, results.get(0).article().headline().get().text().length());
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aMillionBlankLinesAndFormFeeds() throws WireFormatException {
    List<ParseResult> results = parseAll(utf8(HEADER + "\n".repeat(1_000_000) + "\f".repeat(100_000)
        + "Text.\n"));
    assertEquals(2, results.size());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void randomBytes() throws WireFormatException {
    Random random = new Random(20191202);
    for (int round = 0; round < 20; round++) {
      byte[] input = new byte[random.nextInt(500_000)];
      random.nextBytes(input);
      parseAll(input);
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aStoryLongerThanTheLimitIsCutIntoStories() throws WireFormatException {
    WireParser small = WireParser.builder().maxStoryLines(1_000).build();
    String input = HEADER + "Text.\n\n".repeat(5_000);
    List<ParseResult> results = small.parseAll(input);
    assertTrue(results.size() > 5);
    assertEquals("", LineAccounting.check(input, results));
    assertTrue(results.get(1).diagnostics().stream()
        .anyMatch(d -> d.code() == DiagnosticCode.STORY_TOO_LARGE));
  }
}
