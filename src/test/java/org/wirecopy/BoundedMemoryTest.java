package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Parallel parsing stays within a small heap where the calling thread reads on alone: in copy
 * without end markers no chunk has a start of its own, so nothing is handed over for the whole
 * input, and anything that held on to a chunk from before would hold every chunk read since. Runs
 * in a JVM of its own with a 32 MiB heap, on 96 MiB of such copy.
 */
class BoundedMemoryTest {

  private static final long INPUT_BYTES = 96L << 20;

  @Test
  void copyWithoutEndMarkersParsesOnTwoJobsInASmallHeap() throws Exception {
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
            "-cp", System.getProperty("java.class.path"), Child.class.getName())
        .redirectErrorStream(true).start();
    child.getOutputStream().close();
    String output;
    try (InputStream out = child.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "finished");
    assertEquals(0, child.exitValue(), output);
    // Stories of 2,000 lines (a line of text and a blank one), cut at the story limit.
    long expected = INPUT_BYTES / Child.LINE.length() / 1000;
    long stories = Long.parseLong(output.strip().replace("stories ", ""));
    assertTrue(Math.abs(stories - expected) <= 1, stories + " stories, about " + expected);
  }

  /** The run in the small heap: prints how many stories it read. */
  public static final class Child {
    static final String LINE = "The harbour ferry will run twice a day until the end of March.\n\n";

    public static void main(String[] args) throws IOException {
      WireParser parser = WireParser.builder().maxStoryLines(2_000).build();
      long stories = 0;
      try (StoryStream stream = parser.stories(new RepeatedText(LINE, INPUT_BYTES), 2)) {
        for (ParseResult r = stream.nextStory(); r != null; r = stream.nextStory()) {
          stories++;
        }
      } catch (WireFormatException e) {
        throw new IllegalStateException("a lenient parser does not throw", e);
      }
      System.out.println("stories " + stories);
    }
  }

  /** One text over and over, generated as it is read: nothing of it is held. */
  private static final class RepeatedText extends InputStream {
    private final byte[] text;
    private final long size;
    private long at;

    RepeatedText(String text, long size) {
      this.text = text.getBytes(StandardCharsets.UTF_8);
      this.size = size;
    }

    @Override
    public int read() {
      return at < size ? text[(int) (at++ % text.length)] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (at >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - at);
      for (int i = 0; i < n; i++) {
        b[off + i] = text[(int) (at++ % text.length)];
      }
      return n;
    }
  }
}
