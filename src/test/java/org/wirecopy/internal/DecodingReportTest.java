package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

class DecodingReportTest {

  @Test
  void namesTheWindows1252LinesAsRangesOnce() {
    // Line 6 comes twice, as two pieces of one over-long line.
    List<Diagnostic> report = report(windows1252(3, 6, 6, 7, 8, 10), List.of());
    assertEquals(1, report.size());
    assertEquals(DiagnosticCode.DECODED_AS_WINDOWS_1252, report.get(0).code());
    assertEquals("lines 3, 6-8, 10 are not valid UTF-8; decoded as Windows-1252",
        report.get(0).message());
    assertEquals(3, report.get(0).line());
  }

  @Test
  void oneLineIsNamedAsOne() {
    List<Diagnostic> report = report(windows1252(4, 4), List.of());
    assertEquals("line 4 is not valid UTF-8; decoded as Windows-1252", report.get(0).message());
  }

  @Test
  void afterTenRangesTheRestAreCounted() {
    List<Diagnostic> report = report(windows1252(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 22, 25), List.of());
    assertEquals("lines 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 and 2 more ranges are not valid UTF-8;"
        + " decoded as Windows-1252", report.get(0).message());
  }

  @Test
  void tenRangesAreAllShown() {
    List<Diagnostic> report = report(windows1252(1, 3, 5, 7, 9, 11, 13, 15, 17, 19), List.of());
    assertEquals("lines 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 are not valid UTF-8; decoded as Windows-1252",
        report.get(0).message());
  }

  @Test
  void controlCharactersAreReportedOnceAtTheFirstWithTheNumberOfLines() {
    Diagnostic first = Diagnostic.of(DiagnosticCode.CONTROL_CHARACTER_REMOVED, "U+0007 removed", 2, 5);
    Diagnostic second = Diagnostic.of(DiagnosticCode.CONTROL_CHARACTER_REMOVED, "U+0008 removed", 4, 1);
    Diagnostic other = Diagnostic.of(DiagnosticCode.UNDEFINED_BYTE, "byte 0x81", 3, 2);
    List<Diagnostic> both = report(List.of(), List.of(first, other, second));
    assertEquals(2, both.size());
    assertEquals(other, both.get(1));
    assertEquals("U+0007 removed; control characters removed on 2 lines", both.get(0).message());
    assertEquals(2, both.get(0).line());
    assertEquals(5, both.get(0).column());
    List<Diagnostic> one = report(List.of(), List.of(first));
    assertEquals(List.of(first), one);
  }

  private static List<Line> windows1252(int... numbers) {
    List<Line> lines = new ArrayList<>();
    for (int n = 1; n <= numbers[numbers.length - 1]; n++) {
      boolean decoded = false;
      for (int number : numbers) {
        decoded |= number == n;
      }
      lines.add(line(new Line(n, 1, "text", Line.Kind.TEXT, decoded, List.of(), false)));
    }
    // The repeated numbers: pieces of one line, each decoded on its own.
    for (int i = 1; i < numbers.length; i++) {
      if (numbers[i] == numbers[i - 1]) {
        lines.add(numbers[i], line(new Line(numbers[i], 9, "more", Line.Kind.CONTINUATION, true,
            List.of(), false)));
      }
    }
    return lines;
  }

  /** The lines, each of the events on a line of its own after them. */
  private static List<Diagnostic> report(List<Line> lines, List<Diagnostic> events) {
    List<Line> all = new ArrayList<>(lines);
    for (Diagnostic event : events) {
      all.add(line(new Line(event.line(), 1, "text", Line.Kind.TEXT, false, List.of(event), false)));
    }
    DiagnosticCollector collector = new DiagnosticCollector(100);
    new DecodingReport(all).report(collector);
    return collector.sorted();
  }

  private static Line line(Line line) {
    return line.classifyAs(Shape.TEXT, line.text(), 1, null);
  }
}
