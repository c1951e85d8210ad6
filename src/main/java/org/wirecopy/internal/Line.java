package org.wirecopy.internal;

import java.util.List;
import java.util.Objects;
import org.wirecopy.Diagnostic;

/**
 * One line of input text, as the readers hand it out, and later what shape the {@link
 * LineClassifier} gave it.
 *
 * <p>What the reader saw ({@link #number()} to {@link #clean()}) is fixed when the line is made;
 * equality and the string form look at that alone. The shape is set once, by {@link
 * #classifyAs}, before the line goes on to the splitter and assemblers, which then only read it.
 * One object per line rather than a line and a classified copy: the parser makes one for each of
 * millions of lines, and the second object was a tenth of all it allocated.
 */
public final class Line {

  /** What a line is. */
  public enum Kind {
    /** An ordinary line. */
    TEXT,
    /** A further piece of an over-long line: it joins the previous piece without a space. */
    CONTINUATION,
    /** A form feed: a story break, with no text of its own. */
    FORM_FEED
  }

  private final int number;
  private final int column;
  private final String text;
  private final Kind kind;
  private final boolean windows1252;
  private final List<Diagnostic> events;
  private final boolean clean;

  private Shape shape;
  private String trimmed = "";
  private int firstColumn;
  private Object value;

  /**
   * A line as a reader saw it, not yet classified.
   *
   * @param number the 1-based line number in the whole input
   * @param column the 1-based column, in code points, where {@code text} starts on that line (after
   *     a form feed, or in the second piece of an over-long line, it is more than 1)
   * @param text the text, without its line end
   * @param kind what the line is
   * @param windows1252 whether the line's bytes were not UTF-8 and were read as Windows-1252
   * @param events diagnostics that decoding and cleaning this line gave; copied
   * @param clean true only when the reader saw that {@code text} holds nothing the cleaner acts on
   *     (no control character but tab, nothing that could start mojibake), so the cleaner can hand
   *     the line on as it is; false when that is unknown. The readers learn it nearly for free
   *     while they look for the line end, and it spares the cleaner three passes over nearly every
   *     line.
   */
  public Line(int number, int column, String text, Kind kind, boolean windows1252,
      List<Diagnostic> events, boolean clean) {
    this.number = number;
    this.column = column;
    this.text = Objects.requireNonNull(text, "text");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.windows1252 = windows1252;
    this.events = List.copyOf(events);
    this.clean = clean;
    this.firstColumn = column;
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

  /**
   * The 1-based line number in the whole input.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * The 1-based column where the text starts.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The text, without its line end.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * What the line is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the line's bytes were read as Windows-1252.
   *
   * @return true if they were
   */
  public boolean windows1252() {
    return windows1252;
  }

  /**
   * The diagnostics that decoding and cleaning this line gave.
   *
   * @return the events
   */
  public List<Diagnostic> events() {
    return events;
  }

  /**
   * Whether the reader saw that the text needs no cleaning.
   *
   * @return true if it needs none
   */
  public boolean clean() {
    return clean;
  }

  /**
   * Sets the line's shape; the classifier calls it once, and the splitter may correct it for a
   * blank piece of a line with text.
   *
   * @param shape its shape
   * @param trimmed the text without surrounding white space
   * @param firstColumn the 1-based column of the first non-blank character
   * @param value what the shape's scanner read: a {@link ScannedSlug}, {@link ScannedByline}, {@link
   *     ScannedEmbargo}, {@link java.time.LocalDateTime}, the source name, or the page number;
   *     {@code null} for other shapes
   * @return this line
   */
  Line classifyAs(Shape shape, String trimmed, int firstColumn, Object value) {
    this.shape = shape;
    this.trimmed = trimmed;
    this.firstColumn = firstColumn;
    this.value = value;
    return this;
  }

  /** The shape; {@code null} until classified. */
  Shape shape() {
    return shape;
  }

  /** The text without surrounding white space; empty until classified. */
  String trimmed() {
    return trimmed;
  }

  /** The 1-based column of the first non-blank character. */
  int firstColumn() {
    return firstColumn;
  }

  /** What the shape's scanner read; {@code null} for shapes without a value. */
  Object value() {
    return value;
  }

  boolean isBlank() {
    return shape == Shape.BLANK;
  }

  /** Whether the line holds text (not blank, not a form feed). */
  boolean hasText() {
    return shape != Shape.BLANK && shape != Shape.FORM_FEED;
  }

  /**
   * Whether the line is a header element that body copy does not resemble by chance: a source,
   * byline, embargo, timestamp or page line, or a slug in mixed case ({@code POLICE Abuse}). A
   * slug-shaped line in capitals may be a crosshead ({@code WHAT HAPPENS NEXT}) or a headline.
   */
  boolean isStrongHeader() {
    return shape.isStrongHeader()
        || (shape == Shape.SLUG && !((ScannedSlug) value).inCapitals());
  }

  /** The column of the last non-blank character, for marks at a line's end. */
  int lastColumn() {
    return firstColumn + trimmed.codePointCount(0, trimmed.length()) - 1;
  }

  /** Equal when the reader saw the same: the shape is left out. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Line l
        && number == l.number
        && column == l.column
        && text.equals(l.text)
        && kind == l.kind
        && windows1252 == l.windows1252
        && events.equals(l.events)
        && clean == l.clean;
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, column, text, kind, windows1252, events, clean);
  }

  @Override
  public String toString() {
    return "Line[number=" + number + ", column=" + column + ", text=" + text + ", kind=" + kind
        + ", windows1252=" + windows1252 + ", events=" + events + ", clean=" + clean
        + (shape == null ? "" : ", shape=" + shape) + "]";
  }
}
