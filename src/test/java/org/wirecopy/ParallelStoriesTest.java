package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.synthetic.FailingInput;
import org.wirecopy.synthetic.SyntheticArchive;
import org.wirecopy.write.JsonArticleWriter;

@Timeout(60)
class ParallelStoriesTest {

  private static final byte[] ARCHIVE = SyntheticArchive.generate(42, 1 << 20);
  private static final String STORY = "HEADLINE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nText.\nENDS\n";
  private static final String BROKEN = "BROKEN\nPA\nPOLICE Abuse\n\nText.\nENDS\n";

  private final WireParser parser = WireParser.builder().build();

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 8})
  void givesTheSameStoriesInTheSameOrderAsOneThread(int jobs) throws Exception {
    List<ParseResult> sequential = parser.parseAll(ARCHIVE);
    List<ParseResult> parallel = new ArrayList<>();
    try (StoryStream stories = parser.stories(new ByteArrayInputStream(ARCHIVE), jobs)) {
      stories.forEach(parallel::add);
    }
    assertTrue(sequential.size() > 100, "a real archive: " + sequential.size());
    assertEquals(sequential, parallel);
    // Equality ignores positions: the JSON, with every diagnostic's line and column, does not.
    for (int i = 0; i < sequential.size(); i++) {
      assertEquals(JsonArticleWriter.toJson(sequential.get(i)),
          JsonArticleWriter.toJson(parallel.get(i)));
      assertEquals(sequential.get(i).article().headline().get().span(),
          parallel.get(i).article().headline().get().span());
    }
  }

  @Test
  void readsCharactersToo() throws Exception {
    String text = new String(ARCHIVE, StandardCharsets.UTF_8);
    try (StoryStream stories = parser.stories(new StringReader(text), 2)) {
      assertEquals(parser.parseAll(text), stories.stream().toList());
    }
  }

  @Test
  void aStrictParallelStreamThrowsForTheFirstBrokenStoryInInputOrder() throws Exception {
    WireParser strict = WireParser.builder().strict(true).build();
    String archive = STORY.repeat(5) + BROKEN + STORY.repeat(3) + BROKEN + STORY.repeat(20);
    try (StoryStream stories = strict.stories(new StringReader(archive), 4)) {
      for (int i = 0; i < 5; i++) {
        assertNotNull(stories.nextStory());
      }
      WireFormatException e = assertThrows(WireFormatException.class, stories::nextStory);
      assertEquals(DiagnosticCode.MISSING_TIMESTAMP, e.code());
      assertEquals(5 * 7 + 1, e.line());
    }
  }

  @Test
  void readsAheadOnlyAFewStories() throws Exception {
    AtomicLong read = new AtomicLong();
    InputStream huge = counting(SyntheticArchive.stream(1, 1L << 30), read);
    try (StoryStream stories = parser.stories(huge, 2)) {
      for (int i = 0; i < 3; i++) {
        assertNotNull(stories.nextStory());
      }
    }
    // Two chunks (of 1 MiB at most) per job in flight, and the chunk after the newest, which its
    // worker reads to find where to stop: far less than the gigabyte on offer.
    assertTrue(read.get() <= 5 << 20, "read " + read.get() + " bytes");
  }

  @Test
  void closeStopsTheWorkersAndClosesTheInput() throws Exception {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(ARCHIVE) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    List<Thread> before = workers();
    StoryStream stories = parser.stories(in, 3);
    assertNotNull(stories.nextStory());
    List<Thread> started = workers();
    started.removeAll(before);
    assertFalse(started.isEmpty(), "the stream runs worker threads");
    assertTrue(started.stream().allMatch(Thread::isDaemon));
    stories.close();
    for (Thread t : started) {
      t.join(10_000);
      assertFalse(t.isAlive(), t.getName() + " still runs after close()");
    }
    assertTrue(closed[0]);
    assertNull(stories.nextStory());
  }

  @Test
  void aFailingInputIsReportedToTheReader() throws Exception {
    InputStream failing = new FailingInput(ARCHIVE, 100_000, new IOException("disk on fire"));
    try (StoryStream stories = parser.stories(failing, 2)) {
      IOException e = assertThrows(IOException.class, () -> {
        while (stories.nextStory() != null) {
          // read until the failure
        }
      });
      assertEquals("disk on fire", e.getMessage());
    }
  }

  /**
   * Every story read before an input fails comes out before the failure, as with one job: the
   * chunks read whole before it, and the short last chunk read up to it. The failure points sit on
   * and next to the edges of 1 MiB chunks, the size in a heap of 512 MiB or more; in a smaller
   * heap the chunks are smaller and the points fall elsewhere in them.
   */
  @ParameterizedTest(name = "failing after {0} bytes")
  @ValueSource(ints = {100, 300_000, 1 << 20, (1 << 20) + 1, 3_500_000})
  void storiesReadBeforeAFailureComeFirst(int good) throws Exception {
    byte[] archive = SyntheticArchive.generate(43, 4 << 20);
    List<String> one = new ArrayList<>();
    IOException oneFailed = readUntilFailure(parser.stories(failingAfter(archive, good), 1), one);
    List<String> two = new ArrayList<>();
    IOException twoFailed = readUntilFailure(parser.stories(failingAfter(archive, good), 2), two);
    assertEquals("disk gone", oneFailed.getMessage());
    assertEquals("disk gone", twoFailed.getMessage());
    assertEquals(one, two);
    assertTrue(good < 10_000 || one.size() > good / 5_000, one.size() + " stories before the failure");
  }

  private static InputStream failingAfter(byte[] archive, int good) {
    return new FailingInput(archive, good, new IOException("disk gone"));
  }

  private static IOException readUntilFailure(StoryStream stories, List<String> into) {
    try (stories) {
      for (ParseResult r = stories.nextStory(); r != null; r = stories.nextStory()) {
        into.add(JsonArticleWriter.toJson(r));
      }
      throw new AssertionError("the input did not fail");
    } catch (IOException e) {
      return e;
    } catch (WireFormatException e) {
      throw new AssertionError("a lenient parser does not throw", e);
    }
  }

  @Test
  void jobsMustBePositive() {
    assertThrows(IllegalArgumentException.class,
        () -> parser.stories(new StringReader(STORY), 0));
  }

  private static List<Thread> workers() {
    List<Thread> found = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("wirecopy-") && t.isAlive()) {
        found.add(t);
      }
    }
    return found;
  }

  private static InputStream counting(InputStream in, AtomicLong count) {
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          count.addAndGet(n);
        }
        return n;
      }
    };
  }
}
