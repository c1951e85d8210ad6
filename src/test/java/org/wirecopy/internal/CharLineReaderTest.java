package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

class CharLineReaderTest {

  @Test
  void cutsALongLineIntoPiecesWithTheirColumnsAndReportsItOnceOnTheFirst() throws IOException {
    List<Line> lines = read(new StringReader("\uFEFFshort\n" + "x".repeat(25) + "\r\nend"), 10);
    assertEquals(List.of("short", "x".repeat(10), "x".repeat(10), "x".repeat(5), "end"),
        lines.stream().map(Line::text).toList());
    assertEquals(List.of(1, 2, 2, 2, 3), lines.stream().map(Line::number).toList());
    assertEquals(List.of(1, 1, 11, 21, 1), lines.stream().map(Line::column).toList());
    assertEquals(List.of(Line.Kind.TEXT, Line.Kind.TEXT, Line.Kind.CONTINUATION,
        Line.Kind.CONTINUATION, Line.Kind.TEXT), lines.stream().map(Line::kind).toList());
    List<Diagnostic> events = lines.stream().flatMap(l -> l.events().stream()).toList();
    assertEquals(1, events.size());
    assertEquals(DiagnosticCode.LINE_TOO_LONG, events.get(0).code());
    assertEquals(2, events.get(0).line());
    assertEquals(11, events.get(0).column());
  }

  @Test
  void neverCutsASurrogatePairApart() throws IOException {
    List<Line> lines = read(new StringReader("abcdefghi\uD83D\uDE00xyz"), 10);
    assertEquals(List.of("abcdefghi", "\uD83D\uDE00xyz"), lines.stream().map(Line::text).toList());
    assertEquals(10, lines.get(1).column());
  }

  @Test
  void placesBrokenUtf16SequencesOnTheirLineAndColumnButNotARealReplacementCharacter()
      throws IOException {
    ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
    write(utf16, "first\r\n\uFFFD is written as such\n\uFEFFabcd");
    utf16.write(0xDC); // a low surrogate on its own
    utf16.write(0x00);
    write(utf16, "ef \uFFFD\r\n" + "y".repeat(24));
    utf16.write(0xD8); // a high surrogate before a letter
    utf16.write(0x00);
    write(utf16, "zz\n");
    Utf16Reader in = new Utf16Reader(new ByteArrayInputStream(utf16.toByteArray()), true);
    List<Line> lines = read(in, 10);
    List<String> malformed = new ArrayList<>();
    for (Line line : lines) {
      for (Diagnostic d : line.events()) {
        if (d.code() == DiagnosticCode.MALFORMED_INPUT) {
          malformed.add(d.line() + ":" + d.column());
        }
      }
    }
    assertEquals(List.of("3:6", "4:25"), malformed);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_16BE));
  }

  private static List<Line> read(Reader in, int max) throws IOException {
    List<Line> lines = new ArrayList<>();
    try (CharLineReader reader = new CharLineReader(in, max)) {
      for (Line line = reader.next(); line != null; line = reader.next()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
