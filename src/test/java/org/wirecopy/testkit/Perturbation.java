package org.wirecopy.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wirecopy.Article;

/**
 * A change to an article's wire text that the format says must not change the article: line
 * ends, a byte-order mark or another encoding of the same text, white space around lines, extra
 * blank lines, no blank lines inside the header, hard-wrapped paragraphs, header lines in another
 * order. Build them with {@link Perturbations#neutral()}.
 *
 * <p>Where a change would alter the article, it is applied only where it cannot: the blank line
 * after the headline stays unless the next line is sure to end it (a slug in capitals or an
 * unrecognised line right under the headline continues the headline); header lines are
 * reordered only in articles without unrecognised lines (whose place is what makes them
 * unrecognised), and in an article without a headline the first line stays first; paragraphs are wrapped only before a word that starts with a lower-case letter
 * and leaving at least two words on every line but the last (so no wrapped line can read as a
 * header line or a marker); a line is written in Windows-1252
 * only when its bytes are then not valid UTF-8 (else they would be read as UTF-8), and as
 * mojibake only when every byte of its UTF-8 form is defined in Windows-1252.
 *
 * @param reorderSeed 0 to keep the header order, else a seed for shuffling the header lines
 * @param joinHeader whether the blank lines between header lines go
 * @param leadingBlankLines blank lines before the first line
 * @param extraBlankLines extra blank lines after each block, used in turn
 * @param blankLineText what blank lines hold (nothing, spaces or tabs), used in turn
 * @param leadingSpace white space before each line, used in turn
 * @param trailingSpace white space after each line, used in turn
 * @param wrapWidth 0 for no wrapping, else the width paragraphs and notes are wrapped at
 * @param lineEnds the line ends, used in turn
 * @param finalLineEnd whether the last line has a line end
 * @param encoding how the text becomes bytes
 */
public record Perturbation(
    int reorderSeed,
    boolean joinHeader,
    int leadingBlankLines,
    List<Integer> extraBlankLines,
    List<String> blankLineText,
    List<String> leadingSpace,
    List<String> trailingSpace,
    int wrapWidth,
    List<String> lineEnds,
    boolean finalLineEnd,
    Encoding encoding) {

  /** How the text becomes bytes. */
  public enum Encoding {
    /** UTF-8. */
    UTF_8,
    /** UTF-8 after a byte-order mark. */
    UTF_8_BOM,
    /** Windows-1252 for every line it can encode (and whose bytes are no valid UTF-8). */
    WINDOWS_1252,
    /** UTF-8 that was once read as Windows-1252 and written again as UTF-8. */
    MOJIBAKE,
    /** UTF-16, little-endian, after a byte-order mark. */
    UTF_16LE,
    /** UTF-16, big-endian, after a byte-order mark. */
    UTF_16BE
  }

  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** Copies the lists. */
  public Perturbation {
    extraBlankLines = List.copyOf(extraBlankLines);
    blankLineText = List.copyOf(blankLineText);
    leadingSpace = List.copyOf(leadingSpace);
    trailingSpace = List.copyOf(trailingSpace);
    lineEnds = List.copyOf(lineEnds);
  }

  /**
   * This perturbation as one story of several in an archive may suffer it: header lines keep
   * their order (a slug in capitals right under the headline would hide where the story starts),
   * and the encoding is one that can change from story to story (UTF-8, Windows-1252 or mojibake
   * lines; no byte-order mark, no UTF-16).
   *
   * @return the perturbation fit for one story of an archive
   */
  public Perturbation forArchive() {
    Encoding mixable =
        encoding == Encoding.WINDOWS_1252 || encoding == Encoding.MOJIBAKE ? encoding
            : Encoding.UTF_8;
    return new Perturbation(0, joinHeader, leadingBlankLines, extraBlankLines, blankLineText,
        leadingSpace, trailingSpace, wrapWidth, lineEnds, true, mixable);
  }

  /**
   * The perturbed wire text of an article.
   *
   * @param article an article the writer can express
   * @return the bytes, described
   */
  public WireInput apply(Article article) {
    return new WireInput(toString(), encode(lines(WireLayout.of(article))));
  }

  /**
   * The lines of the perturbed text, before line ends and encoding.
   *
   * @param layout the canonical layout
   * @return the lines
   */
  List<String> lines(WireLayout layout) {
    List<WireLayout.Block> blocks = reorder(new ArrayList<>(layout.blocks()));
    int headerEnd = headerEnd(blocks);
    List<String> lines = new ArrayList<>();
    int blank = 0;
    for (int i = 0; i < leadingBlankLines; i++) {
      lines.add(at(blankLineText, blank++));
    }
    int space = 0;
    for (int b = 0; b < blocks.size(); b++) {
      WireLayout.Block block = blocks.get(b);
      boolean wrap = block.kind() == WireLayout.Kind.PARAGRAPH
          || block.kind() == WireLayout.Kind.NOTE;
      for (String line : block.lines()) {
        for (String piece : wrap ? wrap(line) : List.of(line)) {
          lines.add(at(leadingSpace, space) + piece + at(trailingSpace, space));
          space++;
        }
      }
      if (b + 1 < blocks.size()) {
        boolean join = joinHeader && b + 1 < headerEnd
            && (block.kind() != WireLayout.Kind.HEADLINE || blocks.get(b + 1).endsAHeadline());
        int blanks = join ? 0 : 1 + at(extraBlankLines, b);
        for (int k = 0; k < blanks; k++) {
          lines.add(at(blankLineText, blank++));
        }
      }
    }
    return lines;
  }

  private List<WireLayout.Block> reorder(List<WireLayout.Block> blocks) {
    if (reorderSeed == 0
        || blocks.stream().anyMatch(b -> b.kind() == WireLayout.Kind.UNRECOGNISED)) {
      return blocks;
    }
    List<Integer> at = new ArrayList<>();
    List<WireLayout.Block> movable = new ArrayList<>();
    // Without a headline the first line stays first: any other header line there would be read
    // as the headline (a slug or byline can be one).
    int from = blocks.isEmpty() || blocks.get(0).kind() == WireLayout.Kind.HEADLINE ? 0 : 1;
    for (int i = from; i < blocks.size(); i++) {
      if (blocks.get(i).kind().isMovableHeader()) {
        at.add(i);
        movable.add(blocks.get(i));
      }
    }
    java.util.Collections.shuffle(movable, new Random(reorderSeed));
    for (int k = 0; k < at.size(); k++) {
      blocks.set(at.get(k), movable.get(k));
    }
    return blocks;
  }

  /** The number of blocks in the header: up to the first body block, a page marker included. */
  private static int headerEnd(List<WireLayout.Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      switch (blocks.get(i).kind()) {
        case PAGE:
          return i + 1;
        case PARAGRAPH, MORE, END, NOTE:
          return i;
        default:
          break;
      }
    }
    return blocks.size();
  }

  /** Greedy wrapping at {@link #wrapWidth}, breaking only at a single space before a lower-case word. */
  List<String> wrap(String text) {
    if (wrapWidth == 0) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    int lastBreak = -1;
    for (int i = 1; i + 1 < text.length(); i++) {
      // A piece of one word could be a marker ("More than ..." would leave "More" alone).
      boolean breakable = text.charAt(i) == ' ' && !Character.isWhitespace(text.charAt(i - 1))
          && Character.isLowerCase(text.codePointAt(i + 1))
          && hasSpace(text, Math.max(start, lastBreak + 1), i);
      if (breakable) {
        if (i - start > wrapWidth && lastBreak > start) {
          out.add(text.substring(start, lastBreak));
          start = lastBreak + 1;
        }
        lastBreak = i;
      }
    }
    if (text.length() - start > wrapWidth && lastBreak > start) {
      out.add(text.substring(start, lastBreak));
      start = lastBreak + 1;
    }
    out.add(text.substring(start));
    return out;
  }

  private static boolean hasSpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ' ' || text.charAt(i) == '\t') {
        return true;
      }
    }
    return false;
  }

  private byte[] encode(List<String> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder all = new StringBuilder();
    String previousEnd = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String end = at(lineEnds, i);
      // A CR line end, then an empty line ended by LF, would read as one CRLF: a lost blank line.
      if (previousEnd.equals("\r") && line.isEmpty() && end.equals("\n")) {
        end = "\r\n";
      }
      if (i == lines.size() - 1 && !finalLineEnd) {
        end = "";
      }
      previousEnd = end;
      all.append(line).append(end);
      out.writeBytes(encodeLine(line));
      out.writeBytes(end.getBytes(StandardCharsets.US_ASCII));
    }
    return switch (encoding) {
      case UTF_16LE -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
          all.toString().getBytes(StandardCharsets.UTF_16LE));
      case UTF_16BE -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
          all.toString().getBytes(StandardCharsets.UTF_16BE));
      case UTF_8_BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          out.toByteArray());
      default -> out.toByteArray();
    };
  }

  private byte[] encodeLine(String line) {
    byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
    if (encoding == Encoding.WINDOWS_1252) {
      byte[] cp1252 = strictCp1252(line);
      return cp1252 != null && !isValidNonAsciiUtf8(cp1252) ? cp1252 : utf8;
    }
    if (encoding == Encoding.MOJIBAKE) {
      for (byte b : utf8) {
        int u = b & 0xFF;
        if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
          return utf8;
        }
      }
      return new String(utf8, CP1252).getBytes(StandardCharsets.UTF_8);
    }
    return utf8;
  }

  /** The Windows-1252 bytes of a line, or null if a character has none. */
  static byte[] strictCp1252(String line) {
    CharsetEncoder encoder = CP1252.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer b = encoder.encode(CharBuffer.wrap(line));
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Whether bytes with a non-ASCII byte would be read as UTF-8. */
  private static boolean isValidNonAsciiUtf8(byte[] bytes) {
    boolean nonAscii = false;
    for (byte b : bytes) {
      nonAscii |= b < 0;
    }
    if (!nonAscii) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Only the changes this perturbation makes, white space and line ends made visible. */
  @Override
  public String toString() {
    List<String> changes = new ArrayList<>();
    if (reorderSeed != 0) {
      changes.add("header shuffled with seed " + reorderSeed);
    }
    if (joinHeader) {
      changes.add("no blank lines in the header");
    }
    if (leadingBlankLines > 0) {
      changes.add(leadingBlankLines + " blank lines first");
    }
    if (extraBlankLines.stream().anyMatch(n -> n > 0)) {
      changes.add("extra blank lines " + extraBlankLines);
    }
    changes.add("blank lines hold " + visible(blankLineText));
    if (leadingSpace.stream().anyMatch(x -> !x.isEmpty())) {
      changes.add("leading space " + visible(leadingSpace));
    }
    if (trailingSpace.stream().anyMatch(x -> !x.isEmpty())) {
      changes.add("trailing space " + visible(trailingSpace));
    }
    if (wrapWidth > 0) {
      changes.add("wrapped at " + wrapWidth);
    }
    changes.add("line ends " + visible(lineEnds) + (finalLineEnd ? "" : ", none at the end"));
    changes.add(encoding.toString());
    return "Perturbation[" + String.join("; ", changes) + "]";
  }

  private static String visible(List<String> strings) {
    List<String> out = new ArrayList<>();
    for (String x : strings) {
      out.add("\"" + WireInput.visible(x).replace("\n", "") + "\"");
    }
    return out.toString();
  }

  private static <T> T at(List<T> list, int i) {
    return list.get(Math.floorMod(i, list.size()));
  }
}
