package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirecopy.internal.LineAccounting;
import org.wirecopy.write.WireTextWriter;

/**
 * Plain examples of what the fuzz targets in {@code org.wirecopy.fuzz} once found. Each fuzzer
 * input also lives under {@code src/test/resources/org/wirecopy/fuzz/} and is replayed by its
 * target; the example here says in a few readable lines what went wrong.
 */
class FuzzFindingsTest {

  private static final WireParser PARSER = WireParser.builder().build();

  /**
   * A form feed starts the next story in the middle of line 2, after a Windows-1252 byte that has
   * a warning at a later column than the start of the line: parse()'s warning that further
   * stories are ignored (at column 1) must not be appended after it, out of order.
   */
  @Test
  void furtherStoriesWarningKeepsDiagnosticsInOrder() throws WireFormatException {
    byte[] input = {
      'O', 'N', 'E', '\n',
      'T', 'e', 'x', 't', ' ', (byte) 0x9D, '\f', 'T', 'W', 'O', '\n'
    };
    List<Diagnostic> diagnostics = PARSER.parse(input).diagnostics();
    List<String> positions = diagnostics.stream().map(d -> d.line() + ":" + d.column() + " "
        + d.code()).toList();
    assertEquals(
        List.of("1:1 MISSING_SOURCE", "1:1 MISSING_SLUG", "1:1 MISSING_TIMESTAMP", "1:1 MISSING_BODY",
            "2:1 DECODED_AS_WINDOWS_1252", "2:1 FURTHER_STORIES_IGNORED", "2:6 UNDEFINED_BYTE"),
        positions);
  }

  /**
   * The round-trip target found that a body starting before its first page marker with fewer than
   * three one-line paragraphs is read back as unrecognised header lines; the writer documents the
   * restriction. Three paragraphs before the marker are enough.
   */
  @Test
  void threeParagraphsBeforeTheFirstPageMarkerRoundTrip() throws WireFormatException {
    Article article = PARSER.parse(
        "H\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nOne\nwrapped\nover lines.\n\nTwo.\n\n"
            + "Three.\n\nPage 2\n\nFour.\n").article();
    assertEquals(List.of("One wrapped over lines.", "Two.", "Three.", "Four."),
        article.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(3, article.pages().get(0).firstParagraph());
    assertEquals(article, PARSER.parse(WireTextWriter.toWireText(article)).article());
  }

  /**
   * A story without a headline whose header holds an unrecognised line: the writer put that line
   * first, where it was read back as the headline.
   */
  @Test
  void withoutAHeadlineTheWriterStartsWithAHeaderElement() throws WireFormatException {
    Article article = PARSER.parse(
        "10-May-2019 10:57:56\n\nPOLICE Abuse\n\nodd line\n\nPA\n\nPage 1\n\nText.\n").article();
    assertEquals(List.of("odd line"),
        article.unrecognised().stream().map(RawLine::raw).toList());
    String written = WireTextWriter.toWireText(article);
    assertEquals("PA", written.lines().findFirst().orElseThrow());
    assertEquals(article, PARSER.parse(written).article(), written);
  }

  /**
   * A story with neither headline nor source: the writer opened it with the slug, which the parser
   * reads as the headline when it is the first line.
   */
  @Test
  void withoutHeadlineOrSourceTheSlugIsNotWrittenFirst() throws WireFormatException {
    Article article = PARSER.parse(
        "10-May-2019 10:57:56\n\nPOLICE Abuse\n\nEmbargoed to 0001 Saturday May 11\n").article();
    assertEquals("POLICE Abuse", article.slug().orElseThrow().raw());
    String written = WireTextWriter.toWireText(article);
    assertEquals(List.of("10-May-2019 10:57:56", "", "POLICE Abuse", "",
        "Embargoed to 0001 Saturday May 11"), written.lines().toList());
    assertEquals(article, PARSER.parse(written).article(), written);
  }

  /**
   * A line longer than the limit is read in pieces; a piece that is all white space (or all
   * removed control characters) was taken for a blank line and split the paragraph in two, both
   * halves claiming the same line. The pieces of one line stay one element.
   */
  @Test
  void aBlankPieceOfAnOverLongLineDoesNotSplitItsParagraph() throws WireFormatException {
    WireParser parser = WireParser.builder().maxLineLength(16).build();
    String line = "Word" + " ".repeat(40) + "end";
    Article article = parser.parse(
        "H\nPA\nPOLICE Abuse\n9-May-2019 10:57\n\n" + line + "\n\nNext.\n").article();
    assertEquals(List.of(line, "Next."),
        article.paragraphs().stream().map(Paragraph::text).toList());
    String withNuls = "Word" + "\u0000".repeat(40) + "end";
    Article cleaned = parser.parse(
        "H\nPA\nPOLICE Abuse\n9-May-2019 10:57\n\n" + withNuls + "\n").article();
    assertEquals(List.of("Wordend"), cleaned.paragraphs().stream().map(Paragraph::text).toList());
  }

  /**
   * With a small story limit, a run of lines without text (each still a line: a removed control
   * character) filled a whole "story"; a story with no text meant the end of the input, and every
   * later story was lost.
   */
  @Test
  void linesWithoutTextFillingTheStoryLimitDoNotEndTheInput() throws WireFormatException {
    WireParser parser = WireParser.builder().maxStoryLines(3).build();
    String input = "ONE\n" + "\u0000\n".repeat(6) + "TWO\n";
    List<ParseResult> stories = parser.parseAll(input);
    assertEquals(List.of("ONE", "TWO"), stories.stream()
        .map(r -> r.article().headline().orElseThrow().text()).toList());
    assertEquals("", LineAccounting.check(input, stories));
  }

  /**
   * The header's look-ahead (a line is an unrecognised header line when a header element follows
   * within two lines) looked past the end marker into the notes: a note shaped like a slug made the
   * body's only paragraph an unrecognised header line. An end marker closes the story.
   */
  @Test
  void theHeaderLookAheadStopsAtTheEndMarker() throws WireFormatException {
    Article article = PARSER.parse("HEADLINE\n\nOnly paragraph.\n\nENDS\n\nTOWN Hall Notes\n")
        .article();
    assertEquals(List.of("Only paragraph."),
        article.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(List.of(), article.unrecognised());
    assertEquals(List.of("TOWN Hall Notes"), article.notes().stream().map(Paragraph::text).toList());
  }

  /**
   * A form feed inside an over-long line starts a new story, but what follows it is still a piece
   * of that line: it was read as an end marker ({@code ends}) while its next piece became a note,
   * both claiming the line. Pieces of an over-long line are text.
   */
  @Test
  void aFormFeedInsideAnOverLongLineLeavesItsPiecesText() throws WireFormatException {
    WireParser parser = WireParser.builder().maxLineLength(16).build();
    String input = "FIRST STORY HEAD" + "LINE TEXT12\fends" + " then more words\n";
    List<ParseResult> stories = parser.parseAll(input);
    assertEquals(2, stories.size());
    Article second = stories.get(1).article();
    assertEquals(Optional.empty(), second.end());
    assertEquals("", LineAccounting.check(input, stories));
  }
}
