package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an archive is cut into stories, on small inputs that pin each rule. */
class StorySplittingTest {

  private static final String FIRST =
      "FIRST STORY\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nText of the first.\n";
  private final WireParser parser = WireParser.builder().build();

  @Test
  void aSlugAndATimestampWithoutASourceStartAStoryAfterAnEndMarker() throws WireFormatException {
    List<ParseResult> stories = parser.parseAll(
        FIRST + "ENDS\n\nSECOND STORY\nPOLICE Fraud\n11-May-2019 09:00:00\n\nText of the second.\n");
    assertEquals(List.of("FIRST STORY", "SECOND STORY"), headlines(stories));
  }

  @Test
  void aMoreLineDirectlyFollowedByAStoryEndsTheStoryBefore() throws WireFormatException {
    List<ParseResult> stories = parser.parseAll(
        FIRST + "MORE\nSECOND STORY\nPA\nPOLICE Fraud\n11-May-2019 09:00:00\n\nText.\n");
    assertEquals(List.of("FIRST STORY", "SECOND STORY"), headlines(stories));
  }

  @Test
  void parseReportsWhereAFurtherStoryStarts() throws WireFormatException {
    ParseResult first = parser.parse(FIRST + "ENDS\n\n\n\n" + FIRST.replace("FIRST", "SECOND"));
    Diagnostic further = first.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.FURTHER_STORIES_IGNORED).findFirst().orElseThrow();
    assertEquals(11, further.line());
  }

  @Test
  void aStoryCutAtTheLineLimitIsReportedOnWhatFollows() throws WireFormatException {
    WireParser small = WireParser.builder().maxStoryLines(10).build();
    String body = "A line of text.\n".repeat(8);
    List<ParseResult> stories = small.parseAll(FIRST + body + "ENDS\n");
    assertTrue(stories.size() >= 2, "cut: " + stories.size());
    assertEquals("FIRST STORY", headlines(stories).get(0));
    Diagnostic cut = stories.get(1).diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.STORY_TOO_LARGE).findFirst().orElseThrow();
    assertEquals(11, cut.line());
  }

  private static List<String> headlines(List<ParseResult> stories) {
    return stories.stream().map(s -> s.article().headline().map(Headline::text).orElse("")).toList();
  }
}
