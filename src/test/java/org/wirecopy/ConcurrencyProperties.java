package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.wirecopy.internal.LineAccounting;
import org.wirecopy.testkit.Damage;
import org.wirecopy.testkit.Perturbations;
import org.wirecopy.testkit.WireArbitraries;
import org.wirecopy.testkit.WireInput;

/**
 * Property 8 of the robustness issue: one parser used from several threads at once gives what it
 * gives used from one thread, and parsing the same input twice gives the same result.
 */
class ConcurrencyProperties {

  private static final int THREADS = 4;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
    Thread t = new Thread(r, "concurrency-property");
    t.setDaemon(true);
    return t;
  });

  private static final WireParser PARSER = WireParser.builder().build();

  @AfterContainer
  static void stopThreads() {
    POOL.shutdownNow();
  }

  @Provide
  Arbitrary<WireInput> inputs() {
    Arbitrary<WireInput> perturbed =
        Combinators.combine(WireArbitraries.articles(), Perturbations.neutral())
            .as((a, p) -> p.apply(a));
    return Arbitraries.oneOf(
        perturbed,
        Combinators.combine(perturbed, Perturbations.damage()).as(Damage::applyAll));
  }

  /** What a parse gives, spans included (they take no part in {@link Article#equals}). */
  private record Outcome(List<ParseResult> stories, List<List<SourceSpan>> spans) {
    static Outcome of(List<ParseResult> stories) {
      List<List<SourceSpan>> spans = new ArrayList<>();
      stories.forEach(s -> spans.add(LineAccounting.spans(s.article())));
      return new Outcome(stories, spans);
    }
  }

  @Property(tries = 200)
  void aSharedParserGivesOnEveryThreadWhatItGivesOnOne(
      @ForAll @Size(min = 1, max = 8) List<@From("inputs") WireInput> inputs) throws Exception {
    List<Outcome> sequential = new ArrayList<>();
    for (WireInput input : inputs) {
      sequential.add(Outcome.of(PARSER.parseAll(input.bytes())));
    }
    // Every input is parsed once on each thread, all starting together, so parses overlap.
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (int round = 0; round < THREADS; round++) {
      for (WireInput input : inputs) {
        Callable<Outcome> parse = () -> {
          start.await();
          return Outcome.of(PARSER.parseAll(input.bytes()));
        };
        futures.add(POOL.submit(parse));
      }
    }
    start.countDown();
    for (int i = 0; i < futures.size(); i++) {
      WireInput input = inputs.get(i % inputs.size());
      assertEquals(sequential.get(i % inputs.size()), futures.get(i).get(60, TimeUnit.SECONDS),
          input::toString);
    }
  }

  @Property
  void parsingTheSameInputTwiceGivesTheSameResult(@ForAll("inputs") WireInput input)
      throws WireFormatException {
    assertEquals(Outcome.of(PARSER.parseAll(input.bytes())),
        Outcome.of(PARSER.parseAll(input.bytes())), input::toString);
    assertEquals(Outcome.of(PARSER.parseAll(input.text())),
        Outcome.of(PARSER.parseAll(input.text())), input::toString);
  }
}
