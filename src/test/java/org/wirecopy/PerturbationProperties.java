package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.wirecopy.testkit.ExpectedDiagnostics;
import org.wirecopy.testkit.Perturbation;
import org.wirecopy.testkit.Perturbations;
import org.wirecopy.testkit.WireArbitraries;
import org.wirecopy.testkit.WireInput;
import org.wirecopy.testkit.WireLayout;
import org.wirecopy.write.WireTextWriter;

/** Property 3 of the robustness issue: neutral perturbations of the wire text change nothing. */
class PerturbationProperties {

  private static final WireParser PARSER = WireParser.builder().build();

  @Provide
  Arbitrary<Article> articles() {
    return WireArbitraries.articles();
  }

  @Provide
  Arbitrary<Perturbation> perturbations() {
    return Perturbations.neutral();
  }

  /**
   * Line ends, byte-order marks, Windows-1252, mojibake, white space, blank lines, hard wrapping
   * and header order give an equal article.
   */
  @Property
  void neutralPerturbationsGiveAnEqualArticle(
      @ForAll("articles") Article article, @ForAll("perturbations") Perturbation perturbation)
      throws WireFormatException {
    Statistics.label("encoding").collect(perturbation.encoding());
    Statistics.label("wrapped").collect(perturbation.wrapWidth() > 0);
    Statistics.label("header joined").collect(perturbation.joinHeader());
    Statistics.label("header reordered").collect(perturbation.reorderSeed() != 0);
    WireInput input = perturbation.apply(article);
    ParseResult result = PARSER.parse(input.bytes());
    assertEquals(article, result.article(), input::toString);
    // The same diagnostics as the canonical text, apart from the reports of decoding repairs.
    List<DiagnosticCode> codes = new ArrayList<>(RoundTripProperties.codes(result));
    codes.removeAll(List.of(DiagnosticCode.DECODED_AS_WINDOWS_1252,
        DiagnosticCode.MOJIBAKE_REPAIRED));
    assertEquals(ExpectedDiagnostics.of(article), codes, input::toString);
  }

  /** The layout the perturbations start from is the writer's: a check on the test kit itself. */
  @Property
  void theKitsLayoutIsTheWritersText(@ForAll("articles") Article article) {
    assertEquals(WireTextWriter.toWireText(article), WireLayout.of(article).text());
  }
}
