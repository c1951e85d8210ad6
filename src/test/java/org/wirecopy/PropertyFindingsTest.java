package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.internal.LineAccounting;

/**
 * Plain examples of the bugs the jqwik properties found, one test per bug, so that each stays
 * fixed whatever the generators do later. Each names the property that found it.
 */
class PropertyFindingsTest {

  private static final WireParser PARSER = WireParser.builder().build();

  private static ParseResult parse(String text) throws WireFormatException {
    ParseResult result = PARSER.parse(text);
    assertEquals("", LineAccounting.check(text, List.of(result)), "nothing lost");
    return result;
  }

  /** RoundTripProperties: "É”" was taken for the mojibake of U+0254 and became "ɔ". */
  @Test
  void anAccentedCapitalBeforeAClosingQuoteIsNoMojibake() throws WireFormatException {
    ParseResult r = parse("“HARBOUR CAFÉ”\n\nPA\n\nJOSÉ’S café reopened.\n");
    assertEquals("“HARBOUR CAFÉ”", r.article().headline().orElseThrow().raw());
    assertEquals("JOSÉ’S café reopened.", r.article().paragraphs().get(0).text());
    assertTrue(r.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.MOJIBAKE_REPAIRED));
  }

  /**
   * ChunkedParsingProperties: a story cut at the story limit between the pieces of an over-long
   * line of text and spaces began with a piece that is text but holds none, and the empty
   * headline made the headline cleaner throw.
   */
  @Test
  void aStoryCutBetweenPiecesOfALineOfSpacesParses() throws WireFormatException {
    WireParser parser = WireParser.builder().maxLineLength(16).maxStoryLines(1).build();
    String text = "x" + " ".repeat(40) + "\n";
    List<ParseResult> stories = parser.parseAll(text);
    // Pieces of 16, 16 and 9 characters, one story each.
    assertEquals(3, stories.size());
    assertEquals("x", stories.get(0).article().headline().orElseThrow().text());
    assertTrue(stories.get(1).diagnostics().stream()
        .anyMatch(d -> d.code() == DiagnosticCode.STORY_TOO_LARGE && d.line() == 1));
    // The story limit cuts the line between its pieces, so line 1 is in all three stories: the
    // documented exception to "every line in exactly one element" (README, Guarantees and limits).
    // Each later story takes its blank piece as an empty headline.
  }

  /**
   * When the story limit cuts a line of text between its pieces, the next story starts with a
   * piece of that line, and its headline is that piece's text (the piece is text because the line
   * is, not because of how it looks).
   */
  @Test
  void aStoryCutBetweenPiecesOfALineOfTextKeepsEachPieceAsAHeadline() throws WireFormatException {
    WireParser parser = WireParser.builder().maxLineLength(16).maxStoryLines(1).build();
    List<ParseResult> stories = parser.parseAll("abcdefghijklmnopqrstuvwxyz0123456789ABCD\n");
    assertEquals(3, stories.size());
    assertEquals("abcdefghijklmnop", stories.get(0).article().headline().orElseThrow().text());
    assertEquals("qrstuvwxyz012345", stories.get(1).article().headline().orElseThrow().text());
    assertEquals("6789ABCD", stories.get(2).article().headline().orElseThrow().text());
  }
}
