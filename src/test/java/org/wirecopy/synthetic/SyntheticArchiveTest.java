package org.wirecopy.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wirecopy.ParseResult;
import org.wirecopy.Severity;
import org.wirecopy.WireParser;

/** The benchmark archive must be what it claims: whole, well-formed, varied stories. */
class SyntheticArchiveTest {

  private static final Pattern TIMESTAMP =
      Pattern.compile("^\\d\\d-[A-Z][a-z]{2}-\\d{4} \\d\\d:\\d\\d:\\d\\d\\r?$", Pattern.MULTILINE);

  @Test
  void theSameSeedGivesTheSameBytesWhetherGeneratedOrStreamed() throws Exception {
    byte[] generated = SyntheticArchive.generate(7, 200_000);
    byte[] streamed = SyntheticArchive.stream(7, 200_000).readAllBytes();
    assertArrayEquals(generated, streamed);
    assertTrue(generated.length >= 200_000);
  }

  @Test
  void everyStoryParsesWithAllRequiredElementsAndNoError() throws Exception {
    byte[] archive = SyntheticArchive.generate(SyntheticArchive.SEED, 1 << 20);
    String text = new String(archive, StandardCharsets.UTF_8);
    Matcher m = TIMESTAMP.matcher(text);
    int written = 0;
    while (m.find()) {
      written++;
    }
    List<ParseResult> stories = WireParser.builder().build().parseAll(archive);
    assertEquals(written, stories.size());
    for (ParseResult r : stories) {
      assertTrue(r.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR),
          () -> r.diagnostics().toString());
      int paragraphs = r.article().paragraphs().size();
      assertTrue(paragraphs >= 4 && paragraphs <= 25, "paragraphs: " + paragraphs);
    }
  }

  @Test
  void theArchiveHasTheVarietyOfRealCopy() {
    String text =
        new String(SyntheticArchive.generate(SyntheticArchive.SEED, 1 << 20), StandardCharsets.UTF_8);
    assertTrue(text.contains("\r\n"), "some CRLF");
    assertTrue(text.contains("“") && text.contains("’"), "curly quotes");
    assertTrue(text.contains("\f"), "form feeds");
    assertTrue(text.contains("\nPage 3"), "multi-page stories");
    assertTrue(text.contains("\nNote to editors"), "notes");
    assertTrue(text.lines().anyMatch(l -> l.length() > 68 && l.length() < 80) , "hard-wrapped lines");
    assertTrue(text.lines().anyMatch(l -> l.length() > 300), "long unwrapped paragraphs");
  }

  @Test
  void sizesReadAsPeopleWriteThem() {
    assertEquals(1L << 30, SyntheticArchive.parseSize("1GiB"));
    assertEquals(1L << 30, SyntheticArchive.parseSize("1g"));
    assertEquals(64L << 20, SyntheticArchive.parseSize("64mb"));
    assertEquals(512L << 10, SyntheticArchive.parseSize(" 512K "));
    assertEquals(100, SyntheticArchive.parseSize("100"));
    assertEquals(100, SyntheticArchive.parseSize("100B"));
    for (String bad : List.of("", "b", "g", "1x", "-1m", "1.5g")) {
      assertThrows(NumberFormatException.class, () -> SyntheticArchive.parseSize(bad), bad);
    }
    assertThrows(ArithmeticException.class, () -> SyntheticArchive.parseSize("9999999999999g"));
  }
}
