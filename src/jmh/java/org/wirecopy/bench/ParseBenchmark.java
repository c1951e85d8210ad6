package org.wirecopy.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.wirecopy.ParseResult;
import org.wirecopy.StoryStream;
import org.wirecopy.WireParser;
import org.wirecopy.bench.reference.CommonmarkBlocks;
import org.wirecopy.bench.reference.RegexWireParser;
import org.wirecopy.synthetic.SyntheticArchive;

/**
 * Parses the synthetic archive, beside the limit: decoding the same bytes to a String and walking
 * its lines with indexOf, which no parser that reads every line can beat. One operation reads the
 * whole archive; {@link BenchMain} turns operations per second into MiB/s and ratios to the limit.
 *
 * <p>The heap is fixed and pre-touched because this machine's memory is slow to touch the first
 * time: a growing heap would be measured, not the parser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class ParseBenchmark {

  /** The archive's size in MiB. */
  @Param("64")
  public int mib;

  private byte[] bytes;
  private String text;
  private WireParser parser;
  private RegexWireParser regexParser;
  private CommonmarkBlocks commonmark;

  /** Generates the archive; the same seed and size give the same bytes in every fork. */
  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    bytes = SyntheticArchive.generate(SyntheticArchive.SEED, (long) mib << 20);
    text = new String(bytes, StandardCharsets.UTF_8);
    parser = WireParser.builder().build();
    regexParser = new RegexWireParser();
    commonmark = new CommonmarkBlocks();
    if (params.getBenchmark().endsWith("Reference")) {
      checkReferenceDoesTheSameWork();
    }
  }

  /**
   * A reference point is only worth quoting if it does the same job: the regex parser must find
   * the stories and headlines wirecopy finds in this archive.
   */
  private void checkReferenceDoesTheSameWork() throws Exception {
    List<ParseResult> ours = parser.parseAll(text);
    List<RegexWireParser.Story> theirs = regexParser.parseAll(text);
    if (ours.size() != theirs.size()) {
      throw new IllegalStateException(
          "regex reference found " + theirs.size() + " stories, wirecopy " + ours.size());
    }
    for (int i = 0; i < ours.size(); i++) {
      String headline = ours.get(i).article().headline().map(h -> h.text()).orElse("");
      // The regex parser keeps the raw first line, stray quotes and all: compare a prefix.
      String start = headline.substring(0, Math.min(10, headline.length()));
      if (!theirs.get(i).headline().contains(start)) {
        throw new IllegalStateException("story " + i + ": regex reference read the headline "
            + theirs.get(i).headline() + ", wirecopy " + headline);
      }
    }
  }

  /** The limit: decode every byte to a String, then find every line end. */
  @Benchmark
  public int limit() {
    String decoded = new String(bytes, StandardCharsets.UTF_8);
    int lines = 0;
    for (int i = decoded.indexOf('\n'); i >= 0; i = decoded.indexOf('\n', i + 1)) {
      lines++;
    }
    return lines;
  }

  /** Every story of the archive, parsed from the String one at a time. */
  @Benchmark
  public void parseString(Blackhole bh) throws Exception {
    try (StoryStream stories = parser.stories(text)) {
      consume(stories, bh);
    }
  }

  /** Every story of the archive, streamed from its bytes one at a time. */
  @Benchmark
  public void streamBytes(Blackhole bh) throws Exception {
    try (StoryStream stories = parser.stories(new ByteArrayInputStream(bytes))) {
      consume(stories, bh);
    }
  }

  /**
   * Every story of the archive, streamed from its bytes and assembled on two worker threads; its
   * ratio to {@link #streamBytes} is the parallel speed-up.
   */
  @Benchmark
  public void streamBytesTwoJobs(Blackhole bh) throws Exception {
    try (StoryStream stories = parser.stories(new ByteArrayInputStream(bytes), 2)) {
      consume(stories, bh);
    }
  }

  /**
   * The machine's own ceiling for two jobs: two threads at once, each streaming the whole archive
   * on its own with one job, sharing nothing but the parser and the bytes. JMH adds up their
   * operations; over {@link #streamBytes} it is what two cores give two copies of the same work
   * here (memory and caches are shared), with no cost of splitting the work at all.
   */
  @Benchmark
  @Threads(2)
  public void streamBytesTwiceAtOnce(Blackhole bh) throws Exception {
    streamBytes(bh);
  }

  /** Reference point: a straightforward regex-based parser over the same String. */
  @Benchmark
  public Object regexReference() {
    return regexParser.parseAll(text);
  }

  /** Reference point: commonmark-java's block parser alone (no inline parsing), same String. */
  @Benchmark
  public Object commonmarkBlocksReference() {
    return commonmark.parseBlocks(text);
  }

  /** Reference point: commonmark-java's whole parser, blocks and inline content, same String. */
  @Benchmark
  public Object commonmarkFullReference() {
    return commonmark.parseFully(text);
  }

  private static void consume(StoryStream stories, Blackhole bh) throws IOException {
    try {
      for (ParseResult r = stories.nextStory(); r != null; r = stories.nextStory()) {
        bh.consume(r);
      }
    } catch (org.wirecopy.WireFormatException e) {
      throw new IllegalStateException("a lenient parser does not throw", e);
    }
  }
}
