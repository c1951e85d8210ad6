package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

class LineCleanerTest {

  @Test
  void removesDelAndTheC1ControlsButNextLineAndReportsTheFirst() throws IOException {
    List<Line> lines = clean("a\u007Fb\u0080c\u009Fd\u0085e\u0081\tf", 100);
    assertEquals(1, lines.size());
    assertEquals("abcd\u0085e\tf", lines.get(0).text());
    assertEquals(List.of("CONTROL_CHARACTER_REMOVED 1:2"), events(lines));
  }

  @Test
  void repairsMojibakeStartingWithTheFirstAndTheLastLeadCharacter() throws IOException {
    List<Line> lines = clean("\u00C2\u00A3 and \u00F4\u20AC\u20AC\u20AC", 100);
    assertEquals("\u00A3 and \uDBC0\uDC00", lines.get(0).text());
    assertEquals(List.of("MOJIBAKE_REPAIRED 1:1"), events(lines));
  }

  @Test
  void cutsLinesAtFormFeedsIntoTextAndFormFeedLines() throws IOException {
    assertEquals(List.of("TEXT 1:1 ab", "FORM_FEED 1:3 ", "TEXT 1:4 ENDS"), shapes(clean("ab\fENDS", 100)));
    assertEquals(List.of("FORM_FEED 1:1 ", "TEXT 1:2 abc"), shapes(clean("\fabc", 100)));
    assertEquals(List.of("TEXT 1:1 ab", "FORM_FEED 1:3 "), shapes(clean("ab\f", 100)));
    // A removed control character still reports its line, and its event stays on the first piece.
    List<Line> withControl = clean("\u0007\fENDS", 100);
    assertEquals(List.of("TEXT 1:1 ", "FORM_FEED 1:1 ", "TEXT 1:2 ENDS"), shapes(withControl));
    assertEquals(List.of("CONTROL_CHARACTER_REMOVED 1:1"), events(withControl));
  }

  @Test
  void whatFollowsAFormFeedInAnOverLongLineIsAPieceOfThatLine() throws IOException {
    assertEquals(List.of("TEXT 1:1 0", "FORM_FEED 1:2 ", "CONTINUATION 1:3 ENDS6789",
        "CONTINUATION 1:11 abc"), shapes(clean("0\fENDS6789abc", 10)));
  }

  private static List<Line> clean(String text, int max) throws IOException {
    List<Line> lines = new ArrayList<>();
    try (LineCleaner cleaner = new LineCleaner(new CharLineReader(new StringReader(text), max), true)) {
      for (Line line = cleaner.next(); line != null; line = cleaner.next()) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static List<String> shapes(List<Line> lines) {
    return lines.stream().map(l -> l.kind() + " " + l.number() + ":" + l.column() + " " + l.text()).toList();
  }

  private static List<String> events(List<Line> lines) {
    List<String> events = new ArrayList<>();
    for (Line line : lines) {
      for (Diagnostic d : line.events()) {
        if (d.code() != DiagnosticCode.LINE_TOO_LONG) {
          events.add(d.code() + " " + d.line() + ":" + d.column());
        }
      }
    }
    return events;
  }
}
