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

  /**
   * Checks that each element's line range lies inside the text input and holds the element's raw
   * text (a paragraph's text is its lines, trimmed and joined with one space).
   *
   * @param input the text that was parsed
   * @param stories what parsing it gave
   * @return an empty string when every element is where it says, else what is wrong
   */
  public static String checkContent(String input, List<ParseResult> stories) {
    return checkContent(segments(new CharLineReader(new StringReader(input), LIMIT)), stories);
  }

  /**
   * Checks that each element's line range lies inside the byte input and holds the element's raw
   * text.
   *
   * @param input the bytes that were parsed
   * @param stories what parsing them gave
   * @return an empty string when every element is where it says, else what is wrong
   */
  public static String checkContent(byte[] input, List<ParseResult> stories) {
    return checkContent(input, stories, LIMIT);
  }

  /**
   * Checks byte input parsed with a line-length limit other than the default. Each piece of an
   * over-long line is decoded and cleaned on its own, so a mojibake sequence that a cut splits
   * stays unrepaired; the check reads the input in the same pieces.
   *
   * @param input the bytes that were parsed
   * @param stories what parsing them gave
   * @param maxLineLength the parser's line-length limit
   * @return an empty string when every element is where it says, else what is wrong
   */
  public static String checkContent(byte[] input, List<ParseResult> stories, int maxLineLength) {
    return checkContent(segments(reader(input, maxLineLength)), stories);
  }

  private static LineReader reader(byte[] input, int limit) {
    try {
      PushbackInputStream in = new PushbackInputStream(new ByteArrayInputStream(input), 2);
      byte[] head = in.readNBytes(2);
      boolean be = head.length == 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
      boolean le = head.length == 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
      if (be || le) {
        return new CharLineReader(new Utf16Reader(in, be), limit);
      }
      in.unread(head);
      return new ByteLineReader((InputStream) in, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The cleaned text of every input line, as the parser sees it: the pieces of an over-long line
   * joined again, and a line that form feeds cut into parts giving one segment per part.
   */
  private static TreeMap<Integer, List<String>> segments(LineReader decoded) {
    TreeMap<Integer, List<String>> segments = new TreeMap<>();
    try (LineCleaner lines = new LineCleaner(decoded, true)) {
      StringBuilder current = null;
      int number = 0;
      for (Line l = lines.next(); l != null; l = lines.next()) {
        if (l.kind() == Line.Kind.CONTINUATION && current != null && l.number() == number) {
          current.append(l.text());
          continue;
        }
        if (current != null) {
          segments.computeIfAbsent(number, k -> new ArrayList<>()).add(current.toString());
        }
        current = l.kind() == Line.Kind.FORM_FEED ? null : new StringBuilder(l.text());
        number = l.number();
        segments.computeIfAbsent(number, k -> new ArrayList<>());
      }
      if (current != null) {
        segments.computeIfAbsent(number, k -> new ArrayList<>()).add(current.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return segments;
  }

  private static String checkContent(
      TreeMap<Integer, List<String>> segments, List<ParseResult> stories) {
    int lines = segments.isEmpty() ? 0 : segments.lastKey();
    StringBuilder problems = new StringBuilder();
    for (ParseResult story : stories) {
      Article a = story.article();
      for (SourceSpan span : spans(a)) {
        if (span.lastLine() > lines) {
          problems.append("span ").append(span).append(" ends after the last line ")
              .append(lines).append("; ");
        }
      }
      a.headline().ifPresent(h -> {
        String[] parts = h.raw().split("\n", -1);
        SourceSpan span = h.span();
        if (parts.length != span.lastLine() - span.firstLine() + 1) {
          problems.append("headline ").append(span).append(" has ").append(parts.length)
              .append(" parts; ");
        } else {
          for (int i = 0; i < parts.length; i++) {
            line(problems, segments, span.firstLine() + i, parts[i], "headline");
          }
        }
      });
      a.source().ifPresent(x -> single(problems, segments, x.span(), x.raw(), "source"));
      a.slug().ifPresent(x -> single(problems, segments, x.span(), x.raw(), "slug"));
      a.timestamp().ifPresent(x -> single(problems, segments, x.span(), x.raw(), "timestamp"));
      a.byline().ifPresent(x -> single(problems, segments, x.span(), x.raw(), "byline"));
      a.embargo().ifPresent(x -> single(problems, segments, x.span(), x.raw(), "embargo"));
      for (Page p : a.pages()) {
        single(problems, segments, p.span(), p.raw(), "page");
        p.more().ifPresent(m -> single(problems, segments, m.span(), m.raw(), "more"));
        p.moreBefore().ifPresent(m -> single(problems, segments, m.span(), m.raw(), "more"));
      }
      a.end().ifPresent(x -> single(problems, segments, x.span(), x.raw(), "end"));
      a.unrecognised().forEach(x -> single(problems, segments, x.span(), x.raw(), "unrecognised"));
      for (Paragraph p : a.paragraphs()) {
        paragraph(problems, segments, p, "paragraph");
      }
      for (Paragraph p : a.notes()) {
        paragraph(problems, segments, p, "note");
      }
    }
    return problems.toString();
  }

  private static void single(StringBuilder problems, TreeMap<Integer, List<String>> segments,
      SourceSpan span, String raw, String what) {
    if (span.firstLine() != span.lastLine()) {
      problems.append(what).append(' ').append(span).append(" spans several lines; ");
    }
    line(problems, segments, span.firstLine(), raw, what);
  }

  private static void line(StringBuilder problems, TreeMap<Integer, List<String>> segments,
      int line, String raw, String what) {
    for (String segment : segments.getOrDefault(line, List.of())) {
      if (Chars.trim(segment).equals(raw)) {
        return;
      }
    }
    problems.append(what).append(" \"").append(raw).append("\" is not on line ").append(line)
        .append(' ').append(segments.getOrDefault(line, List.of())).append("; ");
  }

  private static void paragraph(StringBuilder problems, TreeMap<Integer, List<String>> segments,
      Paragraph p, String what) {
    if (!joins(segments, p.span().firstLine(), p.span().lastLine(), p.text(), 0)) {
      problems.append(what).append(" \"").append(p.text()).append("\" is not lines ")
          .append(p.span().firstLine()).append("..").append(p.span().lastLine()).append("; ");
    }
  }

  /** Whether {@code text[from..]} is the trimmed segments of lines {@code line..last}, joined. */
  private static boolean joins(TreeMap<Integer, List<String>> segments, int line, int last,
      String text, int from) {
    for (String segment : segments.getOrDefault(line, List.of())) {
      String t = Chars.trim(segment);
      if (t.isEmpty() || !text.startsWith(t, from)) {
        continue;
      }
      int end = from + t.length();
      if (line == last) {
        if (end == text.length()) {
          return true;
        }
      } else if (end < text.length() && text.charAt(end) == ' '
          && joins(segments, line + 1, last, text, end + 1)) {
        return true;
      }
    }
    return false;
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
