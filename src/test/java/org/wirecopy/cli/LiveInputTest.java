package org.wirecopy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A feed on standard input that pauses between stories shows each story before it waits. A story
 * is over once the lines after it show where the next one starts (up to six lines with text).
 */
class LiveInputTest {

  private static final String FIRST = "FERRY SERVICE RESUMES\n\nPA\n\nTRANSPORT Ferry\n\n"
      + "12-Mar-2024 09:15:00\n\nBy Alex Example, PA\n\nThe harbour ferry ran again on Tuesday.\n\n"
      + "ENDS\n\n";
  private static final String SECOND_HEAD = "LIBRARY REOPENS\n\nPA\n\nARTS Library\n\n"
      + "12-Mar-2024 10:40:00\n\nThe town library opened its doors again.\n\n"
      + "It had been shut for repairs since the autumn.\n\nThe roof was replaced.\n\n"
      + "New shelves were fitted.\n\n";
  private static final String SECOND_TAIL = "Readers queued from early morning.\n\nENDS\n";

  @Test
  void theFirstStoryIsWrittenOutBeforeTheFeedIsReadOn() {
    showsTheFirstStoryAtThePause("--jobs", "1", "-");
  }

  /**
   * Without {@code --jobs}, on any number of cores: several jobs would read a whole chunk (a
   * megabyte) before handing out a story, and reach the pause with nothing shown.
   */
  @Test
  void theDefaultForStandardInputIsLiveToo() {
    showsTheFirstStoryAtThePause("-");
  }

  private static void showsTheFirstStoryAtThePause(String... args) {
    RecordingOutput out = new RecordingOutput();
    PausingFeed feed = new PausingFeed(FIRST + SECOND_HEAD, SECOND_TAIL, out);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, feed, out,
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    assertTrue(feed.shownAtPause.contains("FERRY SERVICE RESUMES"),
        "written before the pause: " + feed.shownAtPause);
    assertTrue(!feed.shownAtPause.contains("LIBRARY REOPENS"), "the second story was not over");
    assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().count());
  }

  /** Keeps what was flushed, as a terminal or a pipe would have shown it. */
  private static final class RecordingOutput extends ByteArrayOutputStream {
    private volatile String flushed = "";

    @Override
    public synchronized void flush() {
      flushed = toString(StandardCharsets.UTF_8);
    }
  }

  /** Hands out the first part, then, with nothing available, notes what was shown and goes on. */
  private static final class PausingFeed extends InputStream {
    private final byte[] first;
    private final byte[] second;
    private final RecordingOutput shown;
    private int at;
    String shownAtPause = "";

    PausingFeed(String first, String second, RecordingOutput shown) {
      this.first = first.getBytes(StandardCharsets.UTF_8);
      this.second = second.getBytes(StandardCharsets.UTF_8);
      this.shown = shown;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (at == first.length) {
        // The pause: whatever reaches the reader now was shown before the feed went quiet.
        shownAtPause = shown.flushed;
      }
      byte[] part = at < first.length ? first : second;
      int from = at < first.length ? at : at - first.length;
      if (from >= part.length) {
        return -1;
      }
      int n = Math.min(len, part.length - from);
      System.arraycopy(part, from, b, off, n);
      at += n;
      return n;
    }

    /** Until the pause is over, the second part has not arrived. */
    @Override
    public int available() {
      return at <= first.length ? first.length - at : first.length + second.length - at;
    }
  }
}
