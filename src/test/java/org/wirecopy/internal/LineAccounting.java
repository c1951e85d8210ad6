package org.wirecopy.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.wirecopy.Article;
import org.wirecopy.Page;
import org.wirecopy.Paragraph;
import org.wirecopy.ParseResult;
import org.wirecopy.RawLine;
import org.wirecopy.SourceSpan;

/**
 * Checks the "nothing is lost" guarantee: every input line with text lands in exactly one element
 * of the parsed stories (once per piece, when form feeds cut a line into pieces of two stories).
 */
public final class LineAccounting {

  private static final int LIMIT = 100_000;

  private LineAccounting() {}

  /**
   * Checks text input.
   *
   * @param input the text that was parsed
   * @param stories what parsing it gave
   * @return an empty string when every line is accounted for, else what is wrong
   */
  public static String check(String input, List<ParseResult> stories) {
    return check(new CharLineReader(new StringReader(input), LIMIT), stories);
  }

  /**
   * Checks byte input.
   *
   * @param input the bytes that were parsed
   * @param stories what parsing them gave
   * @return an empty string when every line is accounted for, else what is wrong
   */
  public static String check(byte[] input, List<ParseResult> stories) {
    try {
      PushbackInputStream in = new PushbackInputStream(new ByteArrayInputStream(input), 2);
      byte[] head = in.readNBytes(2);
      boolean be = head.length == 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
      boolean le = head.length == 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
      LineReader reader;
      if (be || le) {
        reader = new CharLineReader(new Utf16Reader(in, be), LIMIT);
      } else {
        in.unread(head);
        reader = new ByteLineReader((InputStream) in, LIMIT);
      }
      return check(reader, stories);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String check(LineReader decoded, List<ParseResult> stories) {
    TreeMap<Integer, Integer> expected = new TreeMap<>();
    try (LineCleaner lines = new LineCleaner(decoded, true)) {
      // A segment is the text between form feeds; the pieces of an over-long line continue it.
      boolean segmentHasText = false;
      for (Line l = lines.next(); l != null; l = lines.next()) {
        if (l.kind() != Line.Kind.CONTINUATION) {
          segmentHasText = false;
        }
        if (l.kind() != Line.Kind.FORM_FEED && !Chars.isBlank(l.text()) && !segmentHasText) {
          segmentHasText = true;
          expected.merge(l.number(), 1, Integer::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TreeMap<Integer, Integer> covered = new TreeMap<>();
    for (ParseResult story : stories) {
      for (SourceSpan span : spans(story.article())) {
        for (int line = span.firstLine(); line <= span.lastLine(); line++) {
          covered.merge(line, 1, Integer::sum);
        }
      }
    }
    StringBuilder problems = new StringBuilder();
    for (var e : expected.entrySet()) {
      int got = covered.getOrDefault(e.getKey(), 0);
      if (got != e.getValue()) {
        problems.append("line ").append(e.getKey()).append(" is in ").append(got)
            .append(" elements, expected ").append(e.getValue()).append("; ");
      }
    }
    for (int line : covered.keySet()) {
      if (!expected.containsKey(line)) {
        problems.append("line ").append(line).append(" has no text but is in an element; ");
      }
    }
    return problems.toString();
  }

  /** Every span of every element of an article. */
  public static List<SourceSpan> spans(Article a) {
    List<SourceSpan> spans = new ArrayList<>();
    a.headline().ifPresent(h -> spans.add(h.span()));
    a.source().ifPresent(s -> spans.add(s.span()));
    a.slug().ifPresent(s -> spans.add(s.span()));
    a.timestamp().ifPresent(t -> spans.add(t.span()));
    a.byline().ifPresent(b -> spans.add(b.span()));
    a.embargo().ifPresent(e -> spans.add(e.span()));
    for (Page p : a.pages()) {
      spans.add(p.span());
      p.more().ifPresent(m -> spans.add(m.span()));
      p.moreBefore().ifPresent(m -> spans.add(m.span()));
    }
    a.paragraphs().stream().map(Paragraph::span).forEach(spans::add);
    a.end().ifPresent(e -> spans.add(e.span()));
    a.notes().stream().map(Paragraph::span).forEach(spans::add);
    a.unrecognised().stream().map(RawLine::span).forEach(spans::add);
    return spans;
  }
}
