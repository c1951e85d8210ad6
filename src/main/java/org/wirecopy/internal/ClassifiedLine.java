package org.wirecopy.internal;

/**
 * A line with its shape and, for header shapes, what its scanner read.
 *
 * @param line the line
 * @param shape its shape
 * @param trimmed the text without surrounding white space
 * @param firstColumn the 1-based column of the first non-blank character
 * @param value what the shape's scanner read: a {@link ScannedSlug}, {@link ScannedByline}, {@link
 *     ScannedEmbargo}, {@link java.time.LocalDateTime}, the source name, or the page number;
 *     {@code null} for other shapes
 */
record ClassifiedLine(Line line, Shape shape, String trimmed, int firstColumn, Object value) {

  int number() {
    return line.number();
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
}
