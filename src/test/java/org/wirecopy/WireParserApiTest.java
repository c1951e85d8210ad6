package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser's entry points and builder settings, each used once the way the README shows. */
class WireParserApiTest {

  private static final String TWO_STORIES =
      "ONE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nText one.\nends\n"
          + "TWO\nPA\nPOLICE Abuse\n10-May-2019 11:57:56\n\nText two.\n";

  @Test
  void strictnessIsWhatTheBuilderSaid() {
    assertFalse(WireParser.builder().build().isStrict());
    assertTrue(WireParser.builder().strict(true).build().isStrict());
  }

  @Test
  void parseAllReadsEveryStoryOfAFile(@TempDir Path dir) throws IOException, WireFormatException {
    Path file = Files.writeString(dir.resolve("archive.txt"), TWO_STORIES, StandardCharsets.UTF_8);
    List<ParseResult> stories = WireParser.builder().build().parseAll(file);
    assertEquals(List.of("ONE", "TWO"),
        stories.stream().map(r -> r.article().headline().orElseThrow().text()).toList());
  }

  @Test
  void nextStoryHandsOutTheStoriesThenNull() throws IOException, WireFormatException {
    try (StoryStream stream = WireParser.builder().build().stories(new StringReader(TWO_STORIES))) {
      assertEquals("ONE", stream.nextStory().article().headline().orElseThrow().text());
      assertEquals("TWO", stream.nextStory().article().headline().orElseThrow().text());
      assertNull(stream.nextStory());
      assertNull(stream.nextStory());
    }
  }

  @Test
  void configuredAffiliationWordsReplaceTheDefaults() throws WireFormatException {
    String story = "H\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\nBy Jo Bloggs, Crime Desk\n\nText.\n";
    Byline defaults = WireParser.builder().build().parse(story).article().byline().orElseThrow();
    assertEquals(List.of("Jo Bloggs", "Crime Desk"), defaults.authors());
    Byline configured = WireParser.builder().affiliationWords(List.of("Desk")).build()
        .parse(story).article().byline().orElseThrow();
    assertEquals(List.of("Jo Bloggs"), configured.authors());
    assertEquals("Crime Desk", configured.affiliation().orElseThrow());
  }

  @Test
  void blankAffiliationWordsAreRejected() {
    WireParser.Builder builder = WireParser.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.affiliationWords(List.of(" ")));
  }

  @Test
  void builderSettingsChain() throws WireFormatException {
    WireParser parser = WireParser.builder().maxStoryLines(2).maxLineLength(16).maxDiagnostics(1)
        .affiliationWords(List.of("PA")).build();
    List<ParseResult> stories = parser.parseAll("A\nB\nC\nD\n");
    assertEquals(2, stories.size(), "a story is cut after two lines");
  }

  @Test
  void parseAllReadsEveryStoryFromAReader() throws IOException, WireFormatException {
    List<ParseResult> stories = WireParser.builder().build().parseAll(new StringReader(TWO_STORIES));
    assertEquals(List.of("ONE", "TWO"),
        stories.stream().map(r -> r.article().headline().orElseThrow().text()).toList());
  }

  @Test
  void nextStoryAfterHasNextGivesTheStoryHasNextReadAhead() throws IOException, WireFormatException {
    try (StoryStream stream = WireParser.builder().build().stories(new StringReader(TWO_STORIES))) {
      assertTrue(stream.iterator().hasNext());
      assertEquals("ONE", stream.nextStory().article().headline().orElseThrow().text());
      assertEquals("TWO", stream.iterator().next().article().headline().orElseThrow().text());
      assertFalse(stream.iterator().hasNext());
    }
  }
}
