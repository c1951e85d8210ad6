package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;

/** Examples for the String reader; {@code FastLineReadingProperties} compares it with CharLineReader. */
class StringLineReaderTest {

  @Test
  void endsLinesAtLfCrlfAndALoneCrAndSkipsALeadingByteOrderMark() {
    List<Line> lines = read("\uFEFFa\nb\r\nc\rd\r", 100);
    assertEquals(List.of("a", "b", "c", "d"), lines.stream().map(Line::text).toList());
    assertEquals(List.of(1, 2, 3, 4), lines.stream().map(Line::number).toList());
  }

  @Test
  void keepsAByteOrderMarkThatIsNotAtTheStart() {
    assertEquals(List.of("a", "\uFEFFb"), read("a\n\uFEFFb", 100).stream().map(Line::text).toList());
  }

  @Test
  void cutsALongLineIntoPiecesAndReportsItOnceOnTheFirst() {
    List<Line> lines = read("x".repeat(25) + "\r\nend", 10);
    assertEquals(List.of("x".repeat(10), "x".repeat(10), "x".repeat(5), "end"),
        lines.stream().map(Line::text).toList());
    assertEquals(List.of(1, 11, 21, 1), lines.stream().map(Line::column).toList());
    assertEquals(List.of(Line.Kind.TEXT, Line.Kind.CONTINUATION, Line.Kind.CONTINUATION,
        Line.Kind.TEXT), lines.stream().map(Line::kind).toList());
    assertEquals(DiagnosticCode.LINE_TOO_LONG, lines.get(0).events().get(0).code());
    assertEquals(11, lines.get(0).events().get(0).column());
    assertTrue(lines.get(1).events().isEmpty());
  }

  @Test
  void aLineOfExactlyTheLimitIsNotCutEvenWhenACrEndsIt() {
    List<Line> lines = read("x".repeat(10) + "\ry", 10);
    assertEquals(List.of("x".repeat(10), "y"), lines.stream().map(Line::text).toList());
    assertEquals(List.of(1, 2), lines.stream().map(Line::number).toList());
  }

  @Test
  void neverCutsASurrogatePairApart() {
    List<Line> lines = read("abcdefghi\uD83D\uDE00xyz", 10);
    assertEquals(List.of("abcdefghi", "\uD83D\uDE00xyz"), lines.stream().map(Line::text).toList());
    assertEquals(10, lines.get(1).column());
  }

  @Test
  void callsALineCleanOnlyWhenTheCleanerHasNothingToDo() {
    List<Line> lines = read("plain “quoted” £5\nbell\u0007\nmojibake Ã©\ntab\there", 100);
    assertEquals(List.of(true, false, false, true), lines.stream().map(Line::clean).toList());
  }

  @Test
  void aLimitAsLargeAsAnIntStillReadsEveryLine() throws Exception {
    WireParser parser = WireParser.builder().maxLineLength(Integer.MAX_VALUE).build();
    ParseResult result = parser.parse("HEADLINE\n\nPA\n\nNEWS Thing\n\n12-Jan-2024 10:00:00\n\n"
        + "Body.\n");
    assertEquals("Body.", result.article().paragraphs().get(0).text());
    assertFalse(result.article().headline().isEmpty());
  }

  private static List<Line> read(String text, int max) {
    List<Line> lines = new ArrayList<>();
    StringLineReader reader = new StringLineReader(text, max);
    for (Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }
}
