package org.wirecopy.internal;

import java.util.List;
import java.util.Locale;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.Headline;
import org.wirecopy.RawLine;
import org.wirecopy.SourceSpan;

/**
 * Reads a story's headline and header block.
 *
 * <p>The headline is the first non-blank line and the lines directly under it that are no
 * recognised element (a slug-shaped line in capitals still continues it). The header then runs to
 * the first page marker, end marker or {@code more} line, or to the first line that is no header
 * element and has no header element within its next two non-blank lines (a {@code more} line
 * ahead means the body has begun); that line starts the body.
 */
final class HeaderAssembler {

  /** How many non-blank lines after an unrecognised line may show that the header goes on. */
  private static final int LOOK_AHEAD = 2;

  private final StoryText story;
  private final DiagnosticCollector diagnostics;
  private final HeaderFields fields = new HeaderFields();
  /** The last unrecognised line as written, untrimmed, for joining the pieces of a long line. */
  private final StringBuilder lastUnrecognised = new StringBuilder();

  HeaderAssembler(StoryText story, DiagnosticCollector diagnostics) {
    this.story = story;
    this.diagnostics = diagnostics;
  }

  HeaderFields assemble() {
    int i = story.nextText(-1);
    if (i < 0) {
      fields.bodyStart = story.size();
      return fields;
    }
    i = headline(i);
    fields.bodyStart = header(i);
    return fields;
  }

  /** Reads the headline starting at {@code i}, if the line there can be one; returns what follows. */
  private int headline(int i) {
    Line first = story.get(i);
    // A headline may look like a slug or even a byline ("BY GEORGE, WHAT A WIN"); a story whose
    // first line is a source, timestamp, embargo, page or end line has lost its headline.
    boolean canBeHeadline =
        first.shape() == Shape.TEXT
            || first.shape() == Shape.SLUG
            || first.shape() == Shape.BYLINE
            || (first.shape() == Shape.MORE && story.nextText(i) >= 0);
    if (!canBeHeadline) {
      return i;
    }
    int end = i + 1;
    while (end < story.size() && continuesHeadline(story.get(end))) {
      end++;
    }
    List<Line> lines = story.range(i, end);
    String raw = TextJoiner.join(lines, "\n");
    String joined = TextJoiner.join(lines, " ");
    fields.headline =
        new Headline(
            raw,
            clean(joined, first, lines.get(lines.size() - 1)),
            new SourceSpan(first.number(), lines.get(lines.size() - 1).number()));
    return end;
  }

  private static boolean continuesHeadline(Line line) {
    return line.shape() == Shape.TEXT
        || (line.shape() == Shape.SLUG && ((ScannedSlug) line.value()).inCapitals());
  }

  /** Drops stray quote marks at either end, with a warning for each. */
  private String clean(String joined, Line first, Line last) {
    boolean atStart = HeadlineCleaner.strayAtStart(joined);
    boolean atEnd = joined.length() >= 2 && HeadlineCleaner.strayAtEnd(joined);
    if (!atStart && !atEnd) {
      return joined;
    }
    if (atStart) {
      diagnostics.add(
          DiagnosticCode.HEADLINE_STRAY_QUOTE,
          "stray quote mark " + joined.charAt(0) + " dropped from the start of the headline",
          first.number(),
          first.firstColumn());
    }
    if (atEnd) {
      diagnostics.add(
          DiagnosticCode.HEADLINE_STRAY_QUOTE,
          "stray quote mark " + joined.charAt(joined.length() - 1)
              + " dropped from the end of the headline",
          last.number(),
          last.lastColumn());
    }
    return Chars.trim(joined.substring(atStart ? 1 : 0, joined.length() - (atEnd ? 1 : 0)));
  }

  /** Reads header lines from {@code i}; returns the index where the body starts. */
  private int header(int i) {
    for (int k = i; k < story.size(); k++) {
      Line line = story.get(k);
      if (!line.hasText()) {
        continue;
      }
      if (line.kind() == Line.Kind.CONTINUATION && continuesUnrecognised(line)) {
        continue;
      }
      Shape shape = line.shape();
      if (shape == Shape.END || shape == Shape.PAGE || shape == Shape.MORE) {
        return k;
      }
      if (line.isStrongHeader() || (shape == Shape.SLUG && !fields.has(Shape.SLUG))) {
        if (fields.has(shape)) {
          unrecognised(line, DiagnosticCode.DUPLICATE_HEADER_ELEMENT,
              "a second " + name(shape) + " line; the first one counts");
        } else {
          fields.set(line);
        }
      } else if (headerLineAhead(k)) {
        unrecognised(line, DiagnosticCode.UNRECOGNISED_HEADER_LINE,
            "a line in the header block that is no header element");
      } else {
        return k;
      }
    }
    return story.size();
  }

  /**
   * Adds a further piece of an over-long line to the unrecognised line its first piece became.
   *
   * @return false if the previous piece was not kept as unrecognised
   */
  private boolean continuesUnrecognised(Line piece) {
    int last = fields.unrecognised.size() - 1;
    if (last < 0 || fields.unrecognised.get(last).span().lastLine() != piece.number()) {
      return false;
    }
    lastUnrecognised.append(piece.text());
    RawLine first = fields.unrecognised.get(last);
    fields.unrecognised.set(last, new RawLine(Chars.trim(lastUnrecognised.toString()), first.span()));
    return true;
  }

  /** Whether one of the next two non-blank lines is a header element the header can still take. */
  private boolean headerLineAhead(int k) {
    int j = k;
    for (int seen = 0; seen < LOOK_AHEAD; seen++) {
      j = story.nextText(j);
      if (j < 0) {
        return false;
      }
      Line ahead = story.get(j);
      if (ahead.shape() == Shape.MORE) {
        return false; // a more line closes a page of body copy: the body has begun
      }
      if (ahead.shape() == Shape.END) {
        return false; // an end marker closes the story: what follows it is notes, not header
      }
      if (ahead.isStrongHeader() || (ahead.shape() == Shape.SLUG && !fields.has(Shape.SLUG))) {
        return true;
      }
    }
    return false;
  }

  private void unrecognised(Line line, DiagnosticCode code, String message) {
    lastUnrecognised.setLength(0);
    lastUnrecognised.append(line.text());
    fields.unrecognised.add(new RawLine(line.trimmed(), SourceSpan.ofLine(line.number())));
    diagnostics.add(code, message + ": \"" + abbreviate(line.trimmed()) + "\"",
        line.number(), line.firstColumn());
  }

  private static String name(Shape shape) {
    return shape.name().toLowerCase(Locale.ROOT);
  }

  /** A long line shortened for a message. */
  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
