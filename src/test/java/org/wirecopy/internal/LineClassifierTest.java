package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.wirecopy.WireParser;

class LineClassifierTest {

  private final LineClassifier classifier =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);

  @Test
  void timestampsMayStartWithAnyDigit() {
    assertEquals(Shape.TIMESTAMP, shape("09-Dec-2019 10:57:56"));
    assertEquals(Shape.TIMESTAMP, shape("9-Dec-2019 10:57:56"));
    assertEquals(Shape.TIMESTAMP, shape("1-Dec-2019 10:57"));
  }

  @Test
  void aSourceMayBeSpacedOutToTwiceItsLengthAndEightMore() {
    // "Press Association" has 17 characters: at most 42 with the spaces.
    String wide = "Press" + " ".repeat(26) + "Association";
    assertEquals(42, wide.length());
    assertEquals(Shape.SOURCE, shape(wide));
    assertEquals("Press Association", classifier.classify(Line.of(1, wide)).value());
    assertEquals(Shape.TEXT, shape("Press" + " ".repeat(27) + "Association"));
  }

  @Test
  void aSourceNameIsMatchedInAnyCaseWithAnySpacing() {
    LineClassifier zeta = new LineClassifier(java.util.List.of("Zeta News", "Sky News"), java.util.List.of());
    assertEquals("Zeta News", zeta.classify(Line.of(1, "ZETA \t NEWS")).value());
    assertEquals("Zeta News", zeta.classify(Line.of(1, "zeta news")).value());
    assertEquals(Shape.TEXT, zeta.classify(Line.of(1, "Zeta Newsroom")).shape());
    assertEquals(Shape.TEXT, zeta.classify(Line.of(1, "ZetaNews")).shape());
  }

  @Test
  void aNonAsciiLineIsASourceWhenStringToLowerCaseMakesItOne() {
    LineClassifier sky = new LineClassifier(java.util.List.of("Sky News"), java.util.List.of());
    // The Kelvin sign lowers to an ASCII k, as String.toLowerCase has it.
    assertEquals("Sky News", sky.classify(Line.of(1, "S\u212AY NEWS")).value());
    assertEquals(Shape.TEXT, sky.classify(Line.of(1, "Sky N\u00E9ws")).shape());
  }

  /** The classifier sets the shape on the line it is given, and hands that same line back. */
  @Test
  void classifyingGivesBackTheSameLineWithItsShape() {
    Line formFeed = new Line(3, 7, "", Line.Kind.FORM_FEED, false, java.util.List.of(), false);
    Line blank = Line.of(4, " \t ");
    Line piece = new Line(5, 9, "  PA", Line.Kind.CONTINUATION, false, java.util.List.of(), false);
    Line source = Line.of(6, "  PA ");
    assertSame(formFeed, classifier.classify(formFeed));
    assertSame(blank, classifier.classify(blank));
    assertSame(piece, classifier.classify(piece));
    assertSame(source, classifier.classify(source));
    assertEquals(Shape.FORM_FEED, formFeed.shape());
    assertEquals(Shape.BLANK, blank.shape());
    // A piece of an over-long line is text, whatever it looks like.
    assertEquals(Shape.TEXT, piece.shape());
    assertEquals("PA", piece.trimmed());
    assertEquals(11, piece.firstColumn());
    assertEquals(Shape.SOURCE, source.shape());
    assertEquals(3, source.firstColumn());
  }

  private Shape shape(String text) {
    return classifier.classify(Line.of(1, text)).shape();
  }
}
