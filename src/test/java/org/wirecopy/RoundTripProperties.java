package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wirecopy.testkit.ArticleCoverage;
import org.wirecopy.testkit.ExpectedDiagnostics;
import org.wirecopy.testkit.WireArbitraries;
import org.wirecopy.write.WireTextWriter;

/** Properties 1 and 2 of the robustness issue: the canonical writer and the parser agree. */
class RoundTripProperties {

  private static final WireParser PARSER = WireParser.builder().build();

  @Provide
  Arbitrary<Article> articles() {
    return WireArbitraries.articles();
  }

  /** Property 1: {@code parse(write(a))} equals {@code a} for every generated article. */
  @Property
  void parsingTheWrittenTextGivesTheArticleBack(@ForAll("articles") Article article)
      throws WireFormatException {
    ArticleCoverage.collect(article);
    String text = WireTextWriter.toWireText(article);
    ParseResult parsed = PARSER.parse(text);
    assertEquals(article, parsed.article(), () -> "wire text:\n" + text);
  }

  /**
   * The canonical text gives exactly the diagnostics the article's variants call for (a stray
   * quote, a clock change, an unresolved embargo...) and no others.
   */
  @Property
  void theWrittenTextGivesExactlyTheExpectedDiagnostics(@ForAll("articles") Article article)
      throws WireFormatException {
    String text = WireTextWriter.toWireText(article);
    assertEquals(ExpectedDiagnostics.of(article), codes(PARSER.parse(text)), () -> text);
  }

  static List<DiagnosticCode> codes(ParseResult result) {
    List<DiagnosticCode> codes = new ArrayList<>();
    result.diagnostics().forEach(d -> codes.add(d.code()));
    codes.sort(null);
    return codes;
  }

  /** Property 2: writing what was parsed from the writer's text gives the same text again. */
  @Property
  void theWriterIsIdempotent(@ForAll("articles") Article article) throws WireFormatException {
    String once = WireTextWriter.toWireText(article);
    String twice = WireTextWriter.toWireText(PARSER.parse(once).article());
    assertEquals(once, twice);
  }
}
