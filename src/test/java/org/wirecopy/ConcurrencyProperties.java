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
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.wirecopy.internal.LineAccounting;
import org.wirecopy.testkit.Perturbations;
import org.wirecopy.testkit.WireInput;

/**
 * Property 8 of the robustness issue: one parser used from several threads at once gives what it
 * gives used from one thread, reading an archive on several threads gives what reading it on one
 * gives, and parsing the same input twice gives the same result.
 */
class ConcurrencyProperties {

  private static final int THREADS = 4;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
    Thread t = new Thread(r, "concurrency-property");
    t.setDaemon(true);
    return t;
  });

  private static final WireParser PARSER = WireParser.builder().build();
  private static final WireParser STRICT = WireParser.builder().strict(true).build();

  @AfterContainer
  static void stopThreads() {
    POOL.shutdownNow();
  }

  @Provide
  Arbitrary<WireInput> inputs() {
    return Perturbations.perturbedOrDamaged();
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

  /** Archives: several kit inputs, whole or damaged, one after another. */
  @Provide
  Arbitrary<WireInput> archives() {
    return inputs().list().ofMinSize(1).ofMaxSize(12).map(list -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      List<String> how = new ArrayList<>();
      for (WireInput w : list) {
        out.writeBytes(w.bytes());
        out.write('\n');
        how.add(w.description());
      }
      return new WireInput(String.join("\n", how), out.toByteArray());
    });
  }

  /**
   * Reading an archive's stories on several threads ({@code stories(in, jobs)}) gives the same
   * stories, spans and diagnostics in the same order as reading them on one.
   */
  @Property(tries = 200)
  void parallelReadingGivesWhatSequentialReadingGives(
      @ForAll("archives") WireInput archive, @ForAll @IntRange(min = 1, max = 4) int jobs)
      throws Exception {
    Outcome expected = Outcome.of(PARSER.parseAll(archive.bytes()));
    List<ParseResult> parallel = new ArrayList<>();
    try (StoryStream stories =
        PARSER.stories(new java.io.ByteArrayInputStream(archive.bytes()), jobs)) {
      stories.forEach(parallel::add);
    }
    assertEquals(expected, Outcome.of(parallel), () -> jobs + " jobs: " + archive);
    List<ParseResult> fromChars = new ArrayList<>();
    try (StoryStream stories = PARSER.stories(new java.io.StringReader(archive.text()), jobs)) {
      stories.forEach(fromChars::add);
    }
    assertEquals(Outcome.of(PARSER.parseAll(archive.text())), Outcome.of(fromChars),
        () -> jobs + " jobs, characters: " + archive);
  }

  /** In strict mode the parallel reader fails at the same story, with the same diagnostic. */
  @Property(tries = 200)
  void strictParallelReadingFailsWhereSequentialReadingFails(
      @ForAll("archives") WireInput archive, @ForAll @IntRange(min = 2, max = 4) int jobs)
      throws Exception {
    List<ParseResult> sequential = new ArrayList<>();
    Diagnostic sequentialFailure = strictRead(archive, 1, sequential);
    List<ParseResult> parallel = new ArrayList<>();
    Diagnostic parallelFailure = strictRead(archive, jobs, parallel);
    assertEquals(sequentialFailure, parallelFailure, archive::toString);
    assertEquals(Outcome.of(sequential), Outcome.of(parallel), archive::toString);
  }

  private static Diagnostic strictRead(WireInput archive, int jobs, List<ParseResult> into)
      throws Exception {
    try (StoryStream stories =
        STRICT.stories(new java.io.ByteArrayInputStream(archive.bytes()), jobs)) {
      for (ParseResult r = stories.nextStory(); r != null; r = stories.nextStory()) {
        into.add(r);
      }
      return null;
    } catch (WireFormatException e) {
      return e.diagnostic();
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
