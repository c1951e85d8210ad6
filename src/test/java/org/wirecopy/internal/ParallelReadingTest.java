package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;

/**
 * The parallel reader and the read-ahead line reader on small inputs: quick enough to run against
 * every mutant, where the archive-sized tests in {@code ParallelStoriesTest} are not.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ParallelReadingTest {

  private static final ParserConfig LENIENT = config();
  private static final LineClassifier CLASSIFIER =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void givesEveryStoryOnceInInputOrder(int jobs) throws IOException {
    // More stories than the window holds (4 * jobs groups of 8), one of them longer than a group's
    // line limit, so groups end both ways and the window fills and drains.
    String archive = archive(120, 40);
    List<ParseResult> expected = drain(StoryReader.of(new StringReader(archive), LENIENT, CLASSIFIER));
    List<ParseResult> parallel = drain(parallel(archive, LENIENT, jobs));
    assertEquals(120, expected.size());
    assertEquals(expected, parallel);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).article().headline().get().span(),
          parallel.get(i).article().headline().get().span(), "story " + i);
    }
  }

  /**
   * An interrupt of the calling thread is an InterruptedIOException with the interrupt kept, and
   * loses nothing, wherever it lands: while waiting for the oldest group's stories, or for lines
   * from the thread that reads ahead, part way through a story. Called again, the interrupt
   * cleared, the reader goes on where it stopped.
   */
  @ParameterizedTest(name = "{0} jobs")
  @ValueSource(ints = {1, 2, 3})
  void anInterruptLosesNoStories(int jobs) throws IOException {
    interruptEveryStory(archive(20_000, 40), LENIENT, jobs);
  }

  /**
   * The same with a story limit of 12 lines, which cuts every story, some of them just before a
   * run of blank lines longer than the limit: the note of a cut (STORY_TOO_LARGE) must survive an
   * interrupt that lands while the next story is read, at the line where the cut story stopped.
   */
  @ParameterizedTest(name = "{0} jobs")
  @ValueSource(ints = {1, 2, 3})
  void anInterruptKeepsTheNoteOfAStoryCutAtTheLimit(int jobs) throws IOException {
    ParserConfig small = new ParserConfig(WireParser.DEFAULT_ZONE, WireParser.DEFAULT_SOURCES,
        WireParser.DEFAULT_AFFILIATION_WORDS, true, false, 100_000, 12, 1_000);
    StringBuilder archive = new StringBuilder();
    for (int n = 0; n < 1_000; n++) {
      String story = story(n, 20);
      if (n % 3 == 0) {
        // Header (five lines) and seven body lines fill the limit: the cut comes at the blanks,
        // many more than the limit, so that the next story drops some before its first text.
        int seventh = story.indexOf("Paragraph 7 ");
        story = story.substring(0, seventh) + "\n".repeat(300) + story.substring(seventh);
      }
      archive.append(story);
    }
    interruptEveryStory(archive.toString(), small, jobs);
  }

  private static void interruptEveryStory(String archive, ParserConfig config, int jobs)
      throws IOException {
    List<ParseResult> expected =
        drain(StoryReader.of(new StringReader(archive), config, CLASSIFIER));
    // Before every call that starts on a new story: an interrupt that meets no wait stays for a
    // later call, at the latest the one that finds the oldest group's stories used up and waits
    // for the next group or for lines.
    Interrupts.Read read = Interrupts.readAll(parallel(archive, config, jobs), n -> true);
    List<ParseResult> got = read.stories();
    assertTrue(read.interrupted() > 0, "no interrupt met a wait");
    assertEquals(expected.size(), got.size(), "stories");
    assertEquals(expected, got);
  }

  /**
   * A regression: the read-ahead thread dropped the lines of its unfinished batch on a failure. A
   * read timeout is an InterruptedIOException too, but of the input, not of the calling thread:
   * it ends the stream like any failure, and is not taken for an interrupt to wait out.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"disk on fire", "read timed out"})
  void storiesBeforeAFailingReadArriveBeforeTheFailureAsTheyDoOnOneThread(String failure)
      throws IOException {
    String archive = archive(10, 0);
    List<ParseResult> sequential = new ArrayList<>();
    IOException one = readUntilFailure(
        StoryReader.of(failingAfter(archive, failure), LENIENT, CLASSIFIER), sequential);
    List<ParseResult> parallel = new ArrayList<>();
    IOException two = readUntilFailure(
        new ParallelStoryReader(StoryReader.of(failingAfter(archive, failure), LENIENT, CLASSIFIER),
            LENIENT, CLASSIFIER, 2), parallel);
    assertEquals(failure, one.getMessage());
    assertEquals(failure, two.getMessage());
    assertEquals(one.getClass(), two.getClass());
    assertTrue(sequential.size() >= 5, "stories read before the failure: " + sequential.size());
    assertEquals(sequential.size(), parallel.size(), "stories read before the failure");
    assertEquals(sequential, parallel);
  }

  @Test
  void anEmptyInputGivesNoStoryAndKeepsGivingNone() throws IOException {
    try (ParallelStoryReader reader = parallel("", LENIENT, 2)) {
      assertNull(reader.next());
      assertNull(reader.next());
    }
  }

  @Test
  void closeStopsTheWorkersAndTheReadAheadAndClosesTheInput() throws Exception {
    boolean[] closed = {false};
    StringReader in = new StringReader(archive(200, 0)) {
      @Override
      public void close() {
        closed[0] = true;
        super.close();
      }
    };
    List<Thread> before = threads();
    ParallelStoryReader reader =
        new ParallelStoryReader(StoryReader.of(in, LENIENT, CLASSIFIER), LENIENT, CLASSIFIER, 2);
    assertNotNull(reader.next());
    List<Thread> started = threads();
    started.removeAll(before);
    // Workers assemble; none of them may keep the JVM alive.
    assertTrue(started.stream().anyMatch(t -> t.getName().contains("-worker-")), "workers");
    assertTrue(started.stream().allMatch(Thread::isDaemon), "daemons");
    assertFalse(reader.isStopped());
    reader.close();
    assertTrue(closed[0], "the input is closed");
    for (int i = 0; i < 100 && !reader.isStopped(); i++) {
      Thread.sleep(50);
    }
    assertTrue(reader.isStopped(), "the workers stop");
    assertNull(reader.next());
  }

  @Test
  void readAheadGivesEveryLineInOrderAcrossBatchesThenKeepsEnding() throws IOException {
    // Short lines fill a batch by count, long ones by characters.
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      lines.add(Line.of(i + 1, "line " + i));
    }
    for (int i = 0; i < 20; i++) {
      lines.add(Line.of(5_001 + i, Character.toString('a' + i).repeat(10_000)));
    }
    lines.add(Line.of(5_021, "last"));
    try (ReadAheadLineReader reader = new ReadAheadLineReader(listed(lines, null))) {
      for (Line line : lines) {
        assertSame(line, reader.next());
      }
      assertNull(reader.next());
      assertNull(reader.next());
    }
  }

  @Test
  void readAheadHandsOnTheInputsFailureAfterTheLinesBeforeIt() throws IOException {
    List<Line> lines = List.of(Line.of(1, "one"), Line.of(2, "two"));
    IOException failure = new IOException("disk on fire");
    try (ReadAheadLineReader reader = new ReadAheadLineReader(listed(lines, failure))) {
      assertSame(lines.get(0), reader.next());
      assertSame(lines.get(1), reader.next());
      assertSame(failure, assertThrows(IOException.class, reader::next));
      assertNull(reader.next(), "nothing after the failure");
    }
  }

  @Test
  void readAheadRethrowsUncheckedFailuresAsTheyAre() throws IOException {
    UncheckedIOException unchecked = new UncheckedIOException(new IOException("bad"));
    try (ReadAheadLineReader reader = new ReadAheadLineReader(failing(unchecked))) {
      assertSame(unchecked, assertThrows(UncheckedIOException.class, reader::next));
    }
    StackOverflowError error = new StackOverflowError("deep");
    try (ReadAheadLineReader reader = new ReadAheadLineReader(failing(error))) {
      assertSame(error, assertThrows(StackOverflowError.class, reader::next));
    }
  }

  @Test
  void readAheadCloseClosesTheInput() throws IOException {
    boolean[] closed = {false};
    LineReader in = new LineReader() {
      @Override
      public Line next() {
        return Line.of(1, "again");
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    List<Thread> before = threads();
    ReadAheadLineReader reader = new ReadAheadLineReader(in);
    assertEquals("again", reader.next().text());
    List<Thread> started = threads();
    started.removeAll(before);
    assertTrue(started.stream().anyMatch(t -> t.getName().startsWith("wirecopy-reader-")),
        "a thread reads ahead: " + started);
    assertTrue(started.stream().allMatch(Thread::isDaemon), "it may not keep the JVM alive");
    reader.close();
    assertTrue(closed[0]);
    assertFalse(Thread.currentThread().isInterrupted(), "the caller's thread is left alone");
  }

  @Test
  void readAheadWaitingForLinesGivesUpWhenInterrupted() throws IOException {
    try (ReadAheadLineReader reader = new ReadAheadLineReader(listed(List.of(), null))) {
      Thread.currentThread().interrupt();
      assertThrows(InterruptedIOException.class, reader::next);
      assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
    }
  }

  @Test
  void readAheadCloseKeepsTheCallersInterrupt() throws IOException {
    ReadAheadLineReader reader = new ReadAheadLineReader(listed(List.of(Line.of(1, "x")), null));
    Thread.currentThread().interrupt();
    reader.close();
    assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
  }

  private static List<Thread> threads() {
    List<Thread> found = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("wirecopy-") && t.isAlive()) {
        found.add(t);
      }
    }
    return found;
  }

  private static ParserConfig config() {
    return new ParserConfig(WireParser.DEFAULT_ZONE, WireParser.DEFAULT_SOURCES,
        WireParser.DEFAULT_AFFILIATION_WORDS, true, false, 100_000, 200_000, 1_000);
  }

  private static ParallelStoryReader parallel(String text, ParserConfig config, int jobs) {
    return new ParallelStoryReader(
        StoryReader.of(new StringReader(text), config, CLASSIFIER), config, CLASSIFIER, jobs);
  }

  private static List<ParseResult> drain(StorySource source) throws IOException {
    List<ParseResult> stories = new ArrayList<>();
    try (source) {
      for (ParseResult story = source.next(); story != null; story = source.next()) {
        stories.add(story);
      }
    }
    return stories;
  }

  /** {@code count} seven-line stories; the one at {@code longAt} has 2,500 more body lines. */
  private static String archive(int count, int longAt) {
    StringBuilder archive = new StringBuilder();
    for (int i = 0; i < count; i++) {
      archive.append(story(i, i == longAt ? 2_501 : 1));
    }
    return archive.toString();
  }

  private static String story(int n, int bodyLines) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < bodyLines; i++) {
      body.append("Paragraph ").append(i).append(" of story ").append(n).append(".\n");
    }
    return "STORY " + n + "\nPA\nPOLICE Abuse\n10-May-2019 10:" + (10 + n % 50) + ":56\n\n"
        + body + "ENDS\n";
  }

  /** Reads until a failure, which must come again at the next call. */
  private static IOException readUntilFailure(StorySource source, List<ParseResult> stories)
      throws IOException {
    try (source) {
      IOException failure = assertThrows(IOException.class, () -> {
        for (ParseResult story = source.next(); story != null; story = source.next()) {
          stories.add(story);
        }
      });
      IOException again = assertThrows(IOException.class, source::next, "thrown again");
      assertEquals(failure.getClass(), again.getClass());
      assertEquals(failure.getMessage(), again.getMessage());
      return failure;
    }
  }

  /**
   * The text, then a failure instead of its end: a read timeout for {@code "read timed out"}, an
   * {@link IOException} for any other message.
   */
  private static Reader failingAfter(String text, String failure) {
    return new Reader() {
      private final StringReader in = new StringReader(text);

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
          throw failure.equals("read timed out")
              ? new SocketTimeoutException(failure)
              : new IOException(failure);
        }
        return n;
      }

      @Override
      public void close() {}
    };
  }

  private static LineReader listed(List<Line> lines, IOException failure) {
    return new LineReader() {
      private int next;

      @Override
      public Line next() throws IOException {
        if (next < lines.size()) {
          return lines.get(next++);
        }
        if (failure != null) {
          throw failure;
        }
        return null;
      }

      @Override
      public void close() {}
    };
  }

  private static LineReader failing(Throwable t) {
    return new LineReader() {
      @Override
      public Line next() {
        if (t instanceof RuntimeException r) {
          throw r;
        }
        throw (Error) t;
      }

      @Override
      public void close() {}
    };
  }
}
