package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirecopy.Article;
import org.wirecopy.Headline;
import org.wirecopy.Paragraph;
import org.wirecopy.ParseResult;
import org.wirecopy.SourceSpan;
import org.wirecopy.WireFormatException;
import org.wirecopy.WireParser;

/** The checker behind the nothing-lost properties finds what it is meant to find. */
class LineAccountingTest {

  private static final String TEXT = "HEADLINE\n\nFirst line\n  second line  \n\fNEXT\n";

  @Test
  void acceptsWhatTheParserGives() throws WireFormatException {
    List<ParseResult> stories = WireParser.builder().build().parseAll(TEXT);
    assertEquals("", LineAccounting.check(TEXT, stories));
    assertEquals("", LineAccounting.checkContent(TEXT, stories));
  }

  @Test
  void findsElementsThatDoNotHoldTheirLines() {
    Article wrong = article(
        new Headline("HEADLINE", "HEADLINE", SourceSpan.ofLine(3)),
        new Paragraph("First line second", new SourceSpan(3, 4)));
    String problems = LineAccounting.checkContent(TEXT, List.of(new ParseResult(wrong, List.of())));
    assertTrue(problems.contains("headline \"HEADLINE\" is not on line 3"), problems);
    assertTrue(problems.contains("paragraph \"First line second\" is not lines 3..4"), problems);
  }

  @Test
  void findsSpansOutsideTheInput() {
    Article wrong = article(
        new Headline("NEXT", "NEXT", SourceSpan.ofLine(5)),
        new Paragraph("First line second line", new SourceSpan(3, 9)));
    String problems = LineAccounting.checkContent(TEXT, List.of(new ParseResult(wrong, List.of())));
    assertTrue(problems.contains("ends after the last line 5"), problems);
  }

  private static Article article(Headline headline, Paragraph paragraph) {
    return new Article(Optional.of(headline), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), List.of(paragraph), Optional.empty(),
        List.of(), List.of());
  }
}
