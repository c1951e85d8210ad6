package org.wirecopy.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wirecopy.Article;
import org.wirecopy.Headline;
import org.wirecopy.WireFormatException;
import org.wirecopy.WireParser;
import org.wirecopy.testkit.Perturbation;
import org.wirecopy.testkit.Perturbations;
import org.wirecopy.testkit.WireArbitraries;
import org.wirecopy.testkit.WireInput;

/**
 * The README's example of a downstream property that uses the test kit, kept here so that it
 * compiles and passes. It sees only the public API and the kit, as another project would.
 */
class DownstreamExampleProperties {

  private final WireParser parser = WireParser.builder().build();

  @Provide
  Arbitrary<Article> stories() {
    return WireArbitraries.strictArticles();
  }

  @Provide
  Arbitrary<Perturbation> mangling() {
    return Perturbations.neutral();
  }

  /** A downstream headline index keys stories by cleaned headline, whatever the transmission did. */
  @Property
  void indexKeyIgnoresTransmissionQuirks(
      @ForAll("stories") Article story, @ForAll("mangling") Perturbation perturbation)
      throws WireFormatException {
    WireInput received = perturbation.apply(story);
    Article parsed = parser.parse(received.bytes()).article();
    assertEquals(indexKey(story), indexKey(parsed), received::toString);
  }

  /** The downstream code under test: an upper-case headline key, or none. */
  static Optional<String> indexKey(Article a) {
    return a.headline().map(Headline::text).map(String::strip).map(String::toUpperCase);
  }
}
