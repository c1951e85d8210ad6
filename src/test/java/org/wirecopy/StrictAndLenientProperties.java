package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.wirecopy.testkit.Damage;
import org.wirecopy.testkit.Perturbation;
import org.wirecopy.testkit.Perturbations;
import org.wirecopy.testkit.WireArbitraries;
import org.wirecopy.testkit.WireInput;

/**
 * Properties 5 and 6 of the robustness issue: lenient mode never throws, strict mode throws only
 * {@link WireFormatException}, and where strict mode accepts an input lenient mode agrees.
 */
class StrictAndLenientProperties {

  private static final WireParser LENIENT = WireParser.builder().build();
  private static final WireParser STRICT = WireParser.builder().strict(true).build();

  /** Inputs of every kind: random bytes and text, and the test kit's stories, whole or damaged. */
  @Provide
  Arbitrary<WireInput> inputs() {
    Arbitrary<WireInput> randomBytes =
        Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000)
            .map(b -> new WireInput("random bytes", b));
    Arbitrary<WireInput> randomText =
        Arbitraries.strings().all().ofMaxLength(500)
            .map(s -> new WireInput("random text", s.getBytes(StandardCharsets.UTF_8)));
    Arbitrary<WireInput> strictStories =
        Combinators.combine(WireArbitraries.strictArticles(), Perturbations.neutral())
            .as((a, p) -> p.apply(a));
    Arbitrary<WireInput> anyStories =
        Combinators.combine(WireArbitraries.articles(), Perturbations.neutral())
            .as((a, p) -> p.apply(a));
    return Arbitraries.oneOf(
        randomBytes,
        randomText,
        strictStories,
        anyStories,
        Combinators.combine(strictStories, Perturbations.damage()).as(Damage::applyAll));
  }

  /** Property 5, lenient half: no input makes any way of lenient parsing throw. */
  @Property
  void lenientParsingNeverThrows(@ForAll("inputs") WireInput input) {
    byte[] bytes = input.bytes();
    String text = input.text();
    try {
      LENIENT.parse(bytes);
      LENIENT.parse(text);
      LENIENT.parseAll(bytes);
      LENIENT.parseAll(text);
      try (StoryStream stories = LENIENT.stories(new ByteArrayInputStream(bytes))) {
        stories.forEach(story -> { });
      }
    } catch (Throwable t) {
      throw new AssertionError("lenient parsing threw for " + input, t);
    }
  }

  /**
   * Property 5, strict half: strict parsing either returns or throws {@link WireFormatException}
   * for the first ERROR, which lenient parsing reports with the same code, line and column.
   */
  @Property
  void strictParsingThrowsOnlyItsDocumentedException(@ForAll("inputs") WireInput input)
      throws WireFormatException {
    byte[] bytes = input.bytes();
    Diagnostic viaStream = strictStreamFailure(bytes);
    try {
      STRICT.parseAll(bytes);
      Statistics.label("strict").collect("accepted");
      assertEquals(null, viaStream, input::toString);
    } catch (WireFormatException e) {
      assertEquals(e.diagnostic(), viaStream, () -> "stories(...) and parseAll differ: " + input);
      Statistics.label("strict").collect("rejected: " + e.code());
      assertTrue(e.line() >= 1 && e.column() >= 1, input::toString);
      assertEquals(Severity.ERROR, e.diagnostic().severity(), input::toString);
      List<Diagnostic> errors = new ArrayList<>();
      for (ParseResult story : LENIENT.parseAll(bytes)) {
        story.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
            .forEach(errors::add);
      }
      assertFalse(errors.isEmpty(), input::toString);
      assertTrue(errors.contains(e.diagnostic()),
          () -> e.diagnostic() + " is not among lenient's errors " + errors + " for " + input);
    } catch (Throwable t) {
      fail("strict parsing threw " + t + " for " + input, t);
    }
  }

  /**
   * What iterating a strict {@link StoryStream} throws: {@link UncheckedWireFormatException}
   * around the documented exception, and nothing else.
   *
   * @return the diagnostic it reports, or null if every story was accepted
   */
  private static Diagnostic strictStreamFailure(byte[] bytes) {
    try (StoryStream stories = STRICT.stories(new ByteArrayInputStream(bytes))) {
      stories.forEach(story -> { });
      return null;
    } catch (UncheckedWireFormatException e) {
      return e.getCause().diagnostic();
    } catch (IOException e) {
      throw new AssertionError("reading bytes in memory failed", e);
    }
  }

  /**
   * Property 6: where strict parsing accepts an input, lenient parsing gives the same stories
   * with no ERROR diagnostics; where lenient parsing finds no ERROR, strict parsing accepts.
   */
  @Property
  void strictAgreesWithLenientWhereItAccepts(@ForAll("inputs") WireInput input)
      throws WireFormatException {
    byte[] bytes = input.bytes();
    List<ParseResult> lenient = LENIENT.parseAll(bytes);
    boolean lenientErrors = lenient.stream().anyMatch(ParseResult::hasErrors);
    List<ParseResult> strict;
    try {
      strict = STRICT.parseAll(bytes);
    } catch (WireFormatException e) {
      Statistics.label("strict").collect("rejected");
      assertTrue(lenientErrors, () -> "strict rejected " + e.diagnostic()
          + " but lenient found no ERROR in " + input);
      return;
    }
    Statistics.label("strict").collect("accepted");
    assertFalse(lenientErrors, () -> "strict accepted, lenient found errors in " + input);
    assertEquals(lenient, strict, input::toString);
  }

  /**
   * A complete story, however it was transmitted, is accepted by strict mode, and lenient mode
   * finds no ERROR in it.
   */
  @Property
  void strictModeAcceptsEveryCompleteStory(
      @ForAll("strictArticles") Article article, @ForAll("perturbations") Perturbation perturbation)
      throws WireFormatException {
    WireInput input = perturbation.apply(article);
    ParseResult strict;
    try {
      strict = STRICT.parse(input.bytes());
    } catch (WireFormatException e) {
      throw new AssertionError("strict mode rejected a complete story: " + e.diagnostic()
          + "\n" + input, e);
    }
    assertEquals(article, strict.article(), input::toString);
    assertFalse(LENIENT.parse(input.bytes()).hasErrors(), input::toString);
  }

  @Provide
  Arbitrary<Article> strictArticles() {
    return WireArbitraries.strictArticles();
  }

  @Provide
  Arbitrary<Perturbation> perturbations() {
    return Perturbations.neutral();
  }

  /** The stream API reads the same stories as {@code parseAll}. */
  @Property
  void theStoryStreamAgreesWithParseAll(@ForAll("inputs") WireInput input)
      throws WireFormatException, IOException {
    List<ParseResult> all = LENIENT.parseAll(input.bytes());
    List<ParseResult> streamed = new ArrayList<>();
    try (StoryStream stories = LENIENT.stories(new ByteArrayInputStream(input.bytes()))) {
      stories.forEach(streamed::add);
    }
    assertEquals(all, streamed, input::toString);
  }
}
