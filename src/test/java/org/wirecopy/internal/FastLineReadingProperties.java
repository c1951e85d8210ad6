package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The fast paths of line reading change nothing: the byte reader agrees with the plain reference
 * reader it replaced, the String reader agrees with the character reader, and a line the readers
 * call clean is one the cleaner would leave alone.
 */
class FastLineReadingProperties {

  /** Pieces that stress every branch: line ends, controls, C1, mojibake, curly quotes, bad UTF-8. */
  private static final List<byte[]> PIECES = List.of(
      bytes("The council met."), bytes(" "), bytes("\t"), bytes("\n"), bytes("\r"), bytes("\r\n"),
      bytes("\f"), bytes("\u0000"), bytes("\u007f"), bytes("\u0085"), bytes("\u009c"),
      bytes("“quoted”"), bytes("’"), bytes("£"), bytes("é"), bytes("\u00A0"), bytes("\u00BF"),
      bytes("\u00C0\u00C1"), bytes("\u00C2"), bytes("\u00F4"), bytes("\u00F5\u00FF"), bytes("\u009F"), bytes("â€œ"), bytes("Ã©"),
      bytes("\uD83D\uDE00"), bytes("\uFFFD"), bytes("\uFEFF"), new byte[] {(byte) 0x93},
      new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2, (byte) 0x80}, new byte[] {(byte) 0x81},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xEF, (byte) 0xBB,
          (byte) 0xBF}, bytes("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz"));

  /** Character pieces for the String reader: lone and paired surrogates, every line end, a BOM. */
  private static final List<String> CHAR_PIECES = List.of(
      "The council met.", " ", "\t", "\n", "\r", "\r\n", "\f", "\u0000", "\u007f", "\u0085",
      "\u009c", "“quoted”", "£", "é", "\u00C3\u00A9", "\uD83D\uDE00", "\uD83D", "\uDE00",
      "\uFEFF", "\u2028", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

  /**
   * The word test of the byte reader's line-end pass: zero exactly for eight printable ASCII
   * bytes, and otherwise its lowest flag marks the first byte that is not, whatever comes after
   * it (the pass jumps there: a flag too low would only cost time, one too high would skip a line
   * end).
   */
  @Property(tries = 5000)
  void theWordTestFindsTheFirstByteOutsidePrintableAscii(@ForAll("words") byte[] word) {
    int first = -1;
    for (int i = 0; i < 8 && first < 0; i++) {
      if (word[i] < 0x20 || word[i] > 0x7E) {
        first = i;
      }
    }
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (word[i] & 0xFF);
    }
    long outside = ByteLineReader.outsidePrintableAscii(value);
    if (first < 0) {
      assertEquals(0, outside);
    } else {
      assertEquals(first, Long.numberOfTrailingZeros(outside) >>> 3);
    }
  }

  /** Eight bytes, mostly printable ASCII with the edges of the range and bytes around them. */
  @Provide
  Arbitrary<byte[]> words() {
    Arbitrary<Byte> edges = Arbitraries.of((byte) 0x1F, (byte) 0x20, (byte) 0x7E, (byte) 0x7F,
        (byte) 0x80, (byte) 0xFF, (byte) 0x00, (byte) '\n', (byte) '\r', (byte) 0xC3);
    Arbitrary<Byte> printable = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E);
    Arbitrary<Byte> any = Arbitraries.bytes();
    return Arbitraries.frequencyOf(Tuple.of(6, printable), Tuple.of(2, edges), Tuple.of(1, any))
        .array(byte[].class).ofSize(8);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(CHAR_PIECES).list().ofMaxSize(60).map(list -> String.join("", list));
  }

  @Property(tries = 2000)
  void theStringReaderAgreesWithTheCharacterReader(
      @ForAll("text") String input, @ForAll @IntRange(min = 2, max = 120) int maxLine)
      throws IOException {
    List<Line> fast = read(new StringLineReader(input, maxLine));
    List<Line> reference = read(new CharLineReader(new StringReader(input), maxLine));
    assertEquals(withoutFlag(reference), withoutFlag(fast));
    for (Line line : fast) {
      if (line.clean()) {
        assertLeftAlone(line);
      }
    }
  }

  @Provide
  Arbitrary<byte[]> copy() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(FastLineReadingProperties::concat);
  }

  @Property(tries = 2000)
  void theFastByteReaderAgreesWithTheReference(
      @ForAll("copy") byte[] input, @ForAll @IntRange(min = 4, max = 120) int maxLine)
      throws IOException {
    List<Line> fast = read(new ByteLineReader(new ByteArrayInputStream(input), maxLine));
    List<Line> reference =
        read(new ReferenceByteLineReader(new ByteArrayInputStream(input), maxLine));
    assertEquals(withoutFlag(reference), withoutFlag(fast));
  }

  @Property(tries = 2000)
  void aCleanLineIsOneTheCleanerLeavesAlone(
      @ForAll("copy") byte[] input, @ForAll @IntRange(min = 4, max = 120) int maxLine)
      throws IOException {
    List<Line> lines = read(new ByteLineReader(new ByteArrayInputStream(input), maxLine));
    String text = new String(input, StandardCharsets.UTF_8);
    lines.addAll(read(new CharLineReader(new StringReader(text), maxLine)));
    for (Line line : lines) {
      if (line.clean()) {
        assertLeftAlone(line);
      }
    }
  }

  /**
   * The other half of the clean flag: copy made only of what the cleaner leaves alone (printable
   * ASCII, tabs, curly quotes and dashes, the pound sign, the no-break space) is called clean on
   * every line and every first piece of a cut line, so such lines keep skipping the cleaner. A
   * reader that called too much unclean would still give the same text, only slower, and no other
   * test would notice. (A later piece of a cut line may start with the carried bytes of a character
   * and is left to the cleaner: rare, and cheaper than a second look.)
   */
  @Property(tries = 1000)
  void copyTheCleanerLeavesAloneIsCalledClean(
      @ForAll("cleanCopy") byte[] input, @ForAll @IntRange(min = 4, max = 120) int maxLine)
      throws IOException {
    for (Line line : read(new ByteLineReader(new ByteArrayInputStream(input), maxLine))) {
      if (line.kind() != Line.Kind.CONTINUATION) {
        assertTrue(line.clean(), () -> "not called clean: " + line);
      }
    }
  }

  @Provide
  Arbitrary<byte[]> cleanCopy() {
    List<byte[]> pieces = List.of(bytes("The council met."), bytes(" "), bytes("\t"), bytes("\n"),
        bytes("\r\n"), bytes("\r"), bytes("“quoted”"), bytes("‘single’"), bytes("–"), bytes("—"),
        bytes("£"), bytes("\u00A0"), bytes("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~"));
    return Arbitraries.of(pieces).list().ofMaxSize(60).map(FastLineReadingProperties::concat);
  }

  private static byte[] concat(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static void assertLeftAlone(Line line) throws IOException {
    Line unknown = new Line(line.number(), line.column(), line.text(), line.kind(),
        line.windows1252(), line.events(), false);
    List<Line> cleaned = read(new LineCleaner(new ListReader(List.of(unknown)), true));
    assertEquals(List.of(unknown), cleaned, "a line called clean was changed by the cleaner");
  }

  private static List<Line> withoutFlag(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      out.add(new Line(l.number(), l.column(), l.text(), l.kind(), l.windows1252(), l.events(),
          false));
    }
    return out;
  }

  private static List<Line> read(LineReader reader) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (Line l = reader.next(); l != null; l = reader.next()) {
      lines.add(l);
    }
    return lines;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Hands out given lines. */
  private static final class ListReader implements LineReader {
    private final List<Line> lines;
    private int next;

    ListReader(List<Line> lines) {
      this.lines = lines;
    }

    @Override
    public Line next() {
      return next < lines.size() ? lines.get(next++) : null;
    }

    @Override
    public void close() {}
  }
}
