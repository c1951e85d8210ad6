package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.statistics.Statistics;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;
import org.wirecopy.synthetic.FailingInput;
import org.wirecopy.testkit.Perturbations;
import org.wirecopy.testkit.WireArbitraries;
import org.wirecopy.testkit.WireInput;

/**
 * Chunked parallel parsing ({@link ChunkedStoryReader}) gives exactly what one thread gives: the
 * same stories, diagnostics and line numbers, in the same order. Chunks of 1 to 64 bytes put every
 * kind of line, line end, end marker, note and form feed across a chunk's edge, and small limits
 * on lines and stories make the limits bite near the edges too.
 *
 * <p>Each try parses its input twice, so these properties run fewer tries than jqwik's default of
 * 1,000 in the ordinary build: {@value #TRIES_PROPERTY} tries each (system property
 * {@code -D}{@value #TRIES_PROPERTY}{@code =N}, default {@value #DEFAULT_TRIES}). When
 * {@code jqwik.tries.default} is set, as the {@code pitest} and {@code deep} profiles do, they run
 * that many tries like every other property.
 */
@AddLifecycleHook(value = ChunkedParsingProperties.FewerTries.class,
    propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class ChunkedParsingProperties {

  static final String TRIES_PROPERTY = "wirecopy.chunkedTries";
  static final int DEFAULT_TRIES = 400;

  /** Sets the try count unless jqwik's default was given on the command line. */
  static class FewerTries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
        PropertyExecutor property) {
      if (System.getProperty("jqwik.tries.default") == null
          && context.attributes().tries().isEmpty()) {
        context.attributes().setTries(Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES));
      }
      return property.execute();
    }
  }

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);

  static ParserConfig config(int maxLineLength, int maxStoryLines) {
    return new ParserConfig(WireParser.DEFAULT_ZONE, WireParser.DEFAULT_SOURCES,
        WireParser.DEFAULT_AFFILIATION_WORDS, true, false, maxLineLength, maxStoryLines, 1_000);
  }

  static List<ParseResult> sequential(byte[] bytes, ParserConfig config) throws IOException {
    List<ParseResult> out = new ArrayList<>();
    try (StoryReader reader =
        StoryReader.of(new ByteArrayInputStream(bytes), config, CLASSIFIER)) {
      for (ParseResult r = reader.next(); r != null; r = reader.next()) {
        out.add(r);
      }
    }
    return out;
  }

  static List<ParseResult> chunked(byte[] bytes, ParserConfig config, int jobs, int chunkBytes)
      throws IOException {
    List<ParseResult> out = new ArrayList<>();
    try (StorySource reader = ChunkedStoryReader.open(
        new ByteArrayInputStream(bytes), config, CLASSIFIER, jobs, chunkBytes)) {
      for (ParseResult r = reader.next(); r != null; r = reader.next()) {
        out.add(r);
      }
    }
    return out;
  }

  /** Kit inputs, whole, perturbed or damaged, one after another. */
  @Provide
  Arbitrary<WireInput> archives() {
    Arbitrary<WireInput> stories = Arbitraries.oneOf(
        Perturbations.perturbedOrDamaged(),
        WireArbitraries.archiveArticles().map(a -> new WireInput("archive article",
            WireArbitraries.wireText(a).getBytes(StandardCharsets.UTF_8))));
    Arbitrary<String> joins = Arbitraries.of("", "\n", "\r\n", "\r", "\n\n", "\f", "\f\n", "\n\f");
    return Combinators.combine(stories.list().ofMinSize(1).ofMaxSize(8),
        joins.list().ofSize(8)).as((list, between) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          List<String> how = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            out.writeBytes(list.get(i).bytes());
            out.writeBytes(between.get(i).getBytes(StandardCharsets.UTF_8));
            how.add(list.get(i).description() + " + " + WireInput.visible(between.get(i)));
          }
          return new WireInput(String.join("\n", how), out.toByteArray());
        });
  }

  /**
   * Random bytes drawn mostly from the pieces the splitter and the line reader act on: end
   * markers, form feeds, every line end, header-shaped lines, UTF-8 and Windows-1252 bytes.
   */
  @Provide
  Arbitrary<WireInput> soups() {
    Arbitrary<String> piece = Arbitraries.of(
        "ENDS", "ends", "ENDS\n", "\n", "\r", "\r\n", "\f", " ", "more\n", "PA\n",
        "POLICE Abuse\n", "12 March 2024 10:00\n", "By Jane Doe, Reporter\n", "Headline here\n",
        "Body text that runs on.\n", "\u00e9", "\u201cq\u201d", "\u00ef\u00bb\u00bf", "x", "\t");
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(6);
    Arbitrary<byte[]> bits = Arbitraries.frequencyOf(
        Tuple.of(9, piece.map(s -> s.getBytes(StandardCharsets.UTF_8))), Tuple.of(1, raw));
    return bits.list().ofMaxSize(120).map(list -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      list.forEach(out::writeBytes);
      return new WireInput("soup", out.toByteArray());
    });
  }

  @Provide
  Arbitrary<Integer> lineLimits() {
    // The builder takes no limit under 16.
    return Arbitraries.oneOf(Arbitraries.just(100_000), Arbitraries.integers().between(16, 48));
  }

  @Provide
  Arbitrary<Integer> storyLimits() {
    return Arbitraries.oneOf(Arbitraries.just(200_000), Arbitraries.integers().between(1, 30));
  }

  @Property
  void chunkedArchivesParseAsOnOneThread(
      @ForAll("archives") WireInput archive,
      @ForAll @IntRange(min = 1, max = 64) int chunkBytes,
      @ForAll @IntRange(min = 1, max = 3) int jobs,
      @ForAll("lineLimits") int maxLineLength,
      @ForAll("storyLimits") int maxStoryLines) throws IOException {
    check(archive, chunkBytes, jobs, config(maxLineLength, maxStoryLines));
  }

  @Property
  void chunkedSoupsParseAsOnOneThread(
      @ForAll("soups") WireInput soup,
      @ForAll @IntRange(min = 1, max = 64) int chunkBytes,
      @ForAll @IntRange(min = 1, max = 3) int jobs,
      @ForAll("lineLimits") int maxLineLength,
      @ForAll("storyLimits") int maxStoryLines) throws IOException {
    check(soup, chunkBytes, jobs, config(maxLineLength, maxStoryLines));
  }

  /**
   * An input that fails to read part way: the stories handed out before the failure are those one
   * thread hands out before it, and then the failure itself arrives, whatever the chunks and jobs,
   * and again at the next call. A socket's read timeout is an {@code InterruptedIOException}, and
   * must not pass for a worker told to stop.
   */
  @Property
  void aFailureToReadGivesWhatOneThreadGivesBeforeIt(
      @ForAll("archives") WireInput archive,
      @ForAll @IntRange(min = 1, max = 64) int chunkBytes,
      @ForAll @IntRange(min = 1, max = 3) int jobs,
      @ForAll @IntRange(min = 40, max = 100) int percent,
      @ForAll boolean timeout) {
    checkFailure(archive, chunkBytes, jobs, percent, timeout);
  }

  /** The same over soups, whose many short stories and end markers fall near every failure. */
  @Property
  void aFailureInASoupGivesWhatOneThreadGivesBeforeIt(
      @ForAll("soups") WireInput soup,
      @ForAll @IntRange(min = 1, max = 64) int chunkBytes,
      @ForAll @IntRange(min = 1, max = 3) int jobs,
      @ForAll @IntRange(min = 40, max = 100) int percent,
      @ForAll boolean timeout) {
    checkFailure(soup, chunkBytes, jobs, percent, timeout);
  }

  private static void checkFailure(
      WireInput archive, int chunkBytes, int jobs, int percent, boolean timeout) {
    byte[] bytes = archive.bytes();
    int failAt = (int) ((long) bytes.length * percent / 100);
    ParserConfig config = config(100_000, 200_000);
    IOException failure =
        timeout ? new SocketTimeoutException("read timed out") : new IOException("disk gone");
    UntilFailure expected = readUntilFailure(
        () -> StoryReader.of(new FailingInput(bytes, failAt, failure), config, CLASSIFIER));
    // A reader that loops instead of throwing must fail the try, not hang the build.
    UntilFailure actual = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> readUntilFailure(() -> ChunkedStoryReader.open(
            new FailingInput(bytes, failAt, failure), config, CLASSIFIER, jobs, chunkBytes)));
    Statistics.label("stories before the failure").collect(Math.min(expected.stories().size(), 5));
    assertSame(failure, expected.thrown(), "one thread meets the failure");
    assertSame(failure, actual.thrown(), "the failure arrives as thrown");
    assertSame(failure, actual.thrownAgain(), "and again at the next call, as on one thread");
    assertEquals(spans(expected.stories()), spans(actual.stories()),
        () -> chunkBytes + "-byte chunks, " + jobs + " jobs, failing at " + failAt + "\n" + archive);
    assertEquals(expected.stories(), actual.stories(),
        () -> chunkBytes + "-byte chunks, " + jobs + " jobs, failing at " + failAt + "\n" + archive);
  }

  /** The stories read before a failure, the failure, and what the next call threw. */
  record UntilFailure(List<ParseResult> stories, Throwable thrown, Throwable thrownAgain) {}

  interface Opener {
    StorySource open() throws IOException;
  }

  private static UntilFailure readUntilFailure(Opener opener) {
    List<ParseResult> stories = new ArrayList<>();
    StorySource reader;
    try {
      reader = opener.open();
    } catch (IOException e) {
      return new UntilFailure(stories, e, e);
    }
    try (reader) {
      try {
        for (ParseResult r = reader.next(); r != null; r = reader.next()) {
          stories.add(r);
        }
        return new UntilFailure(stories, null, null);
      } catch (IOException e) {
        try {
          reader.next();
          return new UntilFailure(stories, e, null);
        } catch (IOException again) {
          return new UntilFailure(stories, e, again);
        }
      }
    } catch (IOException closing) {
      throw new AssertionError("closing failed", closing);
    }
  }

  static List<Object> spans(List<ParseResult> results) {
    List<Object> spans = new ArrayList<>();
    results.forEach(r -> spans.add(LineAccounting.spans(r.article())));
    return spans;
  }

  private static void check(WireInput input, int chunkBytes, int jobs, ParserConfig config)
      throws IOException {
    List<ParseResult> expected = sequential(input.bytes(), config);
    Statistics.label("stories").collect(Math.min(expected.size(), 5));
    List<ParseResult> actual = chunked(input.bytes(), config, jobs, chunkBytes);
    // Spans take no part in Article.equals: compare them on their own.
    assertEquals(spans(expected), spans(actual),
        () -> chunkBytes + "-byte chunks, " + jobs + " jobs, " + config + "\n" + input);
    assertEquals(expected, actual,
        () -> chunkBytes + "-byte chunks, " + jobs + " jobs, " + config + "\n" + input);
  }
}
