package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

class DecodingTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static List<Line> read(LineReader reader) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (Line l = reader.next(); l != null; l = reader.next()) {
      lines.add(l);
    }
    return lines;
  }

  private static List<Line> bytes(byte[] input, int maxLine) throws IOException {
    return read(new ByteLineReader(new ByteArrayInputStream(input), maxLine));
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }

  @Test
  void everyLineEndEndsALine() throws IOException {
    byte[] input = "a\nb\r\nc\rd".getBytes(StandardCharsets.US_ASCII);
    List<Line> lines = bytes(input, 1000);
    assertEquals(List.of("a", "b", "c", "d"), texts(lines));
    assertEquals(List.of(1, 2, 3, 4), lines.stream().map(Line::number).toList());
    assertEquals(texts(lines), texts(read(new CharLineReader(new StringReader("a\nb\r\nc\rd"), 1000))));
  }

  @Test
  void aFinalLineBreakAddsNoLineButABlankLineDoes() throws IOException {
    assertEquals(List.of("a"), texts(bytes("a\n".getBytes(StandardCharsets.US_ASCII), 100)));
    assertEquals(List.of("a", ""), texts(bytes("a\n\n".getBytes(StandardCharsets.US_ASCII), 100)));
    assertEquals(List.of("a", ""), texts(bytes("a\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 100)));
    assertEquals(List.of(), texts(bytes(new byte[0], 100)));
  }

  @Test
  void aCrLfSplitAcrossTheBufferIsOneLineEnd() throws IOException {
    byte[] input = new byte[(1 << 16) + 2];
    java.util.Arrays.fill(input, (byte) 'x');
    input[(1 << 16) - 1] = '\r';
    input[1 << 16] = '\n';
    List<Line> lines = bytes(input, 1 << 20);
    assertEquals(2, lines.size());
    assertEquals((1 << 16) - 1, lines.get(0).text().length());
  }

  @Test
  void skipsAUtf8ByteOrderMark() throws IOException {
    byte[] input = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'P', 'A'};
    assertEquals(List.of("PA"), texts(bytes(input, 100)));
  }

  @Test
  void decidesTheEncodingLineByLine() throws IOException {
    byte[] utf8 = "“Quoted” £5\n".getBytes(StandardCharsets.UTF_8);
    byte[] cp1252 = "“Quoted” £5\n".getBytes(CP1252);
    byte[] both = new byte[utf8.length + cp1252.length];
    System.arraycopy(utf8, 0, both, 0, utf8.length);
    System.arraycopy(cp1252, 0, both, utf8.length, cp1252.length);
    List<Line> lines = bytes(both, 1000);
    assertEquals(List.of("“Quoted” £5", "“Quoted” £5"), texts(lines));
    assertFalse(lines.get(0).windows1252());
    assertTrue(lines.get(1).windows1252());
  }

  @Test
  void undefinedWindows1252BytesBecomeReplacementCharacters() throws IOException {
    byte[] input = {'a', (byte) 0x81, 'b', (byte) 0x93};
    Line line = bytes(input, 100).get(0);
    assertEquals("a\uFFFDb“", line.text());
    assertEquals(1, line.events().size());
    Diagnostic d = line.events().get(0);
    assertEquals(DiagnosticCode.UNDEFINED_BYTE, d.code());
    assertEquals(2, d.column());
  }

  @Test
  void rejectsInvalidUtf8Forms() {
    char[] out = new char[8];
    assertEquals(-1, Utf8.decode(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2, out), "overlong");
    assertEquals(-1, Utf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3, out),
        "surrogate");
    assertEquals(-1, Utf8.decode(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        0, 4, out), "past U+10FFFF");
    assertEquals(-1, Utf8.decode(new byte[] {(byte) 0xE2, (byte) 0x80}, 0, 2, out), "truncated");
    assertEquals(2, Utf8.decode("😀".getBytes(StandardCharsets.UTF_8), 0, 4, out));
    assertEquals("😀", new String(out, 0, 2));
  }

  @Test
  void cutsAnOverLongLineBetweenCharacters() throws IOException {
    String text = "ab€cd€€ef";
    List<Line> lines = bytes(text.getBytes(StandardCharsets.UTF_8), 4);
    assertEquals(text, String.join("", texts(lines)));
    assertTrue(lines.stream().skip(1).allMatch(l -> l.kind() == Line.Kind.CONTINUATION));
    assertTrue(lines.stream().allMatch(l -> l.number() == 1));
    assertEquals(DiagnosticCode.LINE_TOO_LONG, lines.get(0).events().get(0).code());
    int column = 1;
    for (Line l : lines) {
      assertEquals(column, l.column());
      column += l.text().codePointCount(0, l.text().length());
    }
  }

  @Test
  void cutsAnOverLongCharacterLineOutsideSurrogatePairs() throws IOException {
    String text = "a😀b😀c😀";
    List<Line> lines = read(new CharLineReader(new StringReader(text), 2));
    assertEquals(text, String.join("", texts(lines)));
    assertTrue(lines.stream().noneMatch(l -> l.text().isEmpty() && l.kind() == Line.Kind.TEXT));
    assertTrue(lines.stream().map(Line::text)
        .noneMatch(t -> !t.isEmpty() && Character.isHighSurrogate(t.charAt(t.length() - 1))));
  }

  @Test
  void readsUtf16WithEitherByteOrderMark() throws IOException {
    for (boolean bigEndian : new boolean[] {true, false}) {
      byte[] body = "PA\r\nTRANSPORT Ferry😀".getBytes(bigEndian ? StandardCharsets.UTF_16BE
          : StandardCharsets.UTF_16LE);
      List<Line> lines =
          read(new CharLineReader(new Utf16Reader(new ByteArrayInputStream(body), bigEndian), 100));
      assertEquals(List.of("PA", "TRANSPORT Ferry😀"), texts(lines));
      assertTrue(lines.stream().allMatch(l -> l.events().isEmpty()));
    }
  }

  @Test
  void reportsBrokenUtf16() throws IOException {
    byte[] body = {0, 'a', (byte) 0xDC, 0, 0, 'b', 0};
    List<Line> lines =
        read(new CharLineReader(new Utf16Reader(new ByteArrayInputStream(body), true), 100));
    assertEquals(List.of("a\uFFFDb\uFFFD"), texts(lines));
    assertEquals(List.of(2, 4),
        lines.get(0).events().stream().map(Diagnostic::column).toList());
    assertTrue(lines.get(0).events().stream()
        .allMatch(d -> d.code() == DiagnosticCode.MALFORMED_INPUT));
  }

  /**
   * UTF-8 bytes read as Windows-1252 the way most programs do it: the five undefined bytes pass
   * through as C1 controls (Java's own decoder would lose them as U+FFFD).
   */
  static String misread(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = Windows1252.decode(b & 0xFF);
      out.append(c == '\uFFFD' ? (char) (b & 0xFF) : c);
    }
    return out.toString();
  }

  @Test
  void repairsMojibake() {
    String mojibake = misread("“It’s £5 – café”");
    assertEquals(0, MojibakeRepair.firstRepair(mojibake));
    assertEquals("“It’s £5 – café”", MojibakeRepair.repair(mojibake));
  }

  @Test
  void repairsMojibakeReadTwice() {
    String once = new String("’".getBytes(StandardCharsets.UTF_8), CP1252);
    String twice = new String(once.getBytes(StandardCharsets.UTF_8), CP1252);
    assertEquals("’", MojibakeRepair.repair(twice));
  }

  @Test
  void leavesOrdinaryAccentedTextAlone() {
    for (String s : List.of("Café au lait", "Zoë Ó Briain", "naïve façade", "Â", "â€", "£5 Â")) {
      assertEquals(-1, MojibakeRepair.firstRepair(s), s);
    }
  }

  @Test
  void leavesAnAccentedCapitalBeforeAQuoteMarkAlone() {
    // Found by RoundTripProperties: "É”" has the Windows-1252 bytes C9 94, a valid UTF-8
    // sequence for U+0254, and was "repaired" to "CAFɔ".
    for (String s : List.of("CAFÉ”", "JOSÉ’S", "NIÑO”", "Ó’Brien", "Â’", "Â“quoted”")) {
      assertEquals(-1, MojibakeRepair.firstRepair(s), s);
    }
    assertEquals("Kraków ł", MojibakeRepair.repair(misread("Kraków ł")));
  }

  @Test
  void cleanerRemovesControlCharactersAndSplitsAtFormFeeds() throws IOException {
    LineReader raw = new CharLineReader(new StringReader("ab\u0000c\u0007\nend\fNEXT\n\n\n\nx"), 100);
    List<Line> lines = read(new LineCleaner(raw, true));
    assertEquals(List.of("abc", "end", "", "NEXT", "", "x"), texts(lines));
    assertEquals(DiagnosticCode.CONTROL_CHARACTER_REMOVED, lines.get(0).events().get(0).code());
    assertEquals(3, lines.get(0).events().get(0).column());
    assertEquals(Line.Kind.FORM_FEED, lines.get(2).kind());
    assertEquals(5, lines.get(3).column());
    assertEquals(List.of(1, 2, 2, 2, 3, 6), lines.stream().map(Line::number).toList());
  }

  @Test
  void keepsLineAndParagraphSeparatorsAsText() throws IOException {
    LineReader raw = new CharLineReader(new StringReader("a\u2028b\u0085c\u2029d"), 100);
    List<Line> lines = read(new LineCleaner(raw, true));
    assertEquals(List.of("a\u2028b\u0085c\u2029d"), texts(lines));
    assertTrue(lines.get(0).events().isEmpty());
  }
}
