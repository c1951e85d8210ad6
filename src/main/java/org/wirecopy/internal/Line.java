package org.wirecopy.internal;

import java.util.List;
import org.wirecopy.Diagnostic;

/**
 * One line of input text.
 *
 * @param number the 1-based line number in the whole input
 * @param column the 1-based column, in code points, where {@code text} starts on that line (after
 *     a form feed, or in the second piece of an over-long line, it is more than 1)
 * @param text the text, without its line end
 * @param kind what the line is
 * @param windows1252 whether the line's bytes were not UTF-8 and were read as Windows-1252
 * @param events diagnostics that decoding and cleaning this line gave
 * @param clean true only when the reader saw that {@code text} holds nothing the cleaner acts on
 *     (no control character but tab, nothing that could start mojibake), so the cleaner can hand
 *     the line on as it is; false when that is unknown. The readers learn it nearly for free while
 *     they look for the line end, and it spares the cleaner three passes over nearly every line.
 */
public record Line(
    int number,
    int column,
    String text,
    Kind kind,
    boolean windows1252,
    List<Diagnostic> events,
    boolean clean) {

  /** What a line is. */
  public enum Kind {
    /** An ordinary line. */
    TEXT,
    /** A further piece of an over-long line: it joins the previous piece without a space. */
    CONTINUATION,
    /** A form feed: a story break, with no text of its own. */
    FORM_FEED
  }

  /** Copies the events. */
  public Line {
    events = List.copyOf(events);
  }

  /**
   * An ordinary line with no events.
   *
   * @param number the line number
   * @param text the text
   * @return the line
   */
  public static Line of(int number, String text) {
    return new Line(number, 1, text, Kind.TEXT, false, List.of(), false);
  }
}
