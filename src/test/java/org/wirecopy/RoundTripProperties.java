package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
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

  /**
   * The round trip holds in any zone the parser is configured with: the local times stay as
   * written and the instants follow that zone's rules (southern-hemisphere summer time, a zone
   * with negative summer time, one that skipped a whole day, one with no clock changes).
   */
  @Property
  void theRoundTripHoldsInAnyZone(
      @ForAll("articles") Article article, @ForAll("zones") ZoneId zone)
      throws WireFormatException {
    String text = WireTextWriter.toWireText(article);
    ParseResult parsed = WireParser.builder().zone(zone).build().parse(text);
    assertEquals(inZone(article, zone), parsed.article(), () -> zone + ":\n" + text);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("Europe/London", "America/New_York", "Australia/Sydney",
            "Europe/Dublin", "Pacific/Apia", "Asia/Kolkata", "UTC")
        .map(ZoneId::of);
  }

  /** The article with its instants worked out in another zone. */
  private static Article inZone(Article a, ZoneId zone) {
    return new Article(a.headline(), a.source(), a.slug(),
        a.timestamp().map(t -> new Timestamp(t.raw(), t.local(),
            ZonedDateTime.of(t.local(), zone).toInstant(), t.span())),
        a.byline(),
        a.embargo().map(e -> new Embargo(e.raw(), e.local(),
            e.local().map(l -> ZonedDateTime.of(l, zone).toInstant()), e.weekday(), e.span())),
        a.pages(), a.paragraphs(), a.end(), a.notes(), a.unrecognised());
  }

  /** Property 2: writing what was parsed from the writer's text gives the same text again. */
  @Property
  void theWriterIsIdempotent(@ForAll("articles") Article article) throws WireFormatException {
    String once = WireTextWriter.toWireText(article);
    String twice = WireTextWriter.toWireText(PARSER.parse(once).article());
    assertEquals(once, twice);
  }
}
