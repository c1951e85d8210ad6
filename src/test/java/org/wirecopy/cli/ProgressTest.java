package org.wirecopy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line's figures, on a clock the test moves. */
class ProgressTest {

  private static final int MIB = 1 << 20;

  private final AtomicLong nanos = new AtomicLong(100_000_000_000L);
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Progress progress(long size) {
    return new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), "copy.txt", size,
        nanos::get);
  }

  /** The lines drawn so far, each redraw after a carriage return. */
  private String[] lines() {
    return err.toString(StandardCharsets.UTF_8).split("\r");
  }

  @Test
  void ratesWhileReadingAreTheLastSecondsAndTheLastLineTheWholeRun() throws IOException {
    Progress progress = progress(-1);
    InputStream in = progress.counting(new ByteArrayInputStream(new byte[50 * MIB]));
    // Ten seconds at 1 MiB and 10 stories a second (the JIT's slow start), then ten at four times
    // that, in steps of a tenth of a second.
    for (int step = 0; step < 200; step++) {
      boolean fast = step >= 100;
      nanos.addAndGet(100_000_000L);
      in.readNBytes((fast ? 4 : 1) * MIB / 10);
      for (int s = 0; s < (fast ? 4 : 1); s++) {
        progress.story();
      }
    }
    String[] drawn = lines();
    String lastWhileReading = drawn[drawn.length - 1].strip();
    assertTrue(lastWhileReading.endsWith(", 40 stories/s, 4.0 MiB/s"), lastWhileReading);
    progress.finish();
    String[] all = lines();
    assertEquals("copy.txt: 50.0 MiB, 500 stories, 25 stories/s, 2.5 MiB/s\n", all[all.length - 1]);
  }

  /** Stories at uneven times: the rate covers all of the last five seconds, not the last redraw. */
  @Test
  void theRateCoversTheWholeWindow() {
    Progress progress = progress(-1);
    storiesAt(progress, 1, 10);
    storiesAt(progress, 2, 1);
    storiesAt(progress, 3, 1);
    String last = lines()[lines().length - 1];
    assertTrue(last.startsWith("copy.txt: 0.0 MiB, 12 stories, 4 stories/s, "), last);
  }

  /** After a pause longer than the window, the rate reaches back to the redraw before it. */
  @Test
  void afterALongPauseTheRateReachesBackToTheRedrawBeforeIt() {
    Progress progress = progress(-1);
    storiesAt(progress, 1, 30);
    storiesAt(progress, 7, 1);
    String last = lines()[lines().length - 1];
    assertTrue(last.startsWith("copy.txt: 0.0 MiB, 31 stories, 5 stories/s, "), last);
  }

  /** An empty file has no share to show, and nothing to divide by. */
  @Test
  void anEmptyFileShowsNoShare() {
    progress(0).finish();
    assertEquals("copy.txt: 0.0 MiB, 0 stories, 0 stories/s, 0.0 MiB/s\n", lines()[1]);
  }

  /** {@code count} stories at {@code second} seconds after the start, all at that moment. */
  private void storiesAt(Progress progress, int second, int count) {
    nanos.set(100_000_000_000L + second * 1_000_000_000L);
    for (int i = 0; i < count; i++) {
      progress.story();
    }
  }

  @Test
  void theShareIsRoundedDownSoThatAHundredPerCentMeansAllWasRead() throws IOException {
    Progress progress = progress(1000);
    InputStream in = progress.counting(new ByteArrayInputStream(new byte[1000]));
    in.readNBytes(999);
    progress.finish();
    assertTrue(lines()[1].startsWith("copy.txt: 0.0 MiB (99%), 0 stories, "), lines()[1]);
    in.readNBytes(1);
    progress.finish();
    assertTrue(lines()[2].startsWith("copy.txt: 0.0 MiB (100%), 0 stories, "), lines()[2]);
  }

  @Test
  void oneStoryIsOneStory() {
    Progress progress = progress(-1);
    nanos.addAndGet(1_000_000_000L);
    progress.story();
    progress.finish();
    assertTrue(lines()[lines().length - 1].startsWith("copy.txt: 0.0 MiB, 1 story, 1 stories/s"),
        lines()[lines().length - 1]);
  }
}
