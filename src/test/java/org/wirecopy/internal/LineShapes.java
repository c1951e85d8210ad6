package org.wirecopy.internal;

import org.wirecopy.WireParser;

/** Lets tests outside this package ask whether a line, on its own, looks like a wire element. */
public final class LineShapes {

  private static final LineClassifier DEFAULTS =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);

  private LineShapes() {}

  /**
   * Whether the default parser would take this line, on its own, for an element other than text:
   * a source, slug, timestamp, byline, embargo, page marker, end marker or {@code more} line.
   *
   * @param line one line of text
   * @return true if the line has an element's shape
   */
  public static boolean isElementShaped(String line) {
    Shape shape = DEFAULTS.classify(Line.of(1, line)).shape();
    return shape != Shape.TEXT && shape != Shape.BLANK;
  }

  /**
   * Whether the default parser would take this line, on its own, for a page marker, an end marker
   * or a {@code more} line.
   *
   * @param line one line of text
   * @return true if the line has a marker's shape
   */
  public static boolean isMarkerShaped(String line) {
    Shape shape = DEFAULTS.classify(Line.of(1, line)).shape();
    return shape == Shape.PAGE || shape == Shape.END || shape == Shape.MORE;
  }
}
