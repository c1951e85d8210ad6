package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wirecopy.WireParser;

/**
 * A failure while a worker reads the input reaches the caller of {@link ChunkedStoryReader#next()}
 * as it was thrown, whatever its kind.
 *
 * <p>The input fails after its first 12 bytes, in chunks of 4 with one worker: the calling thread
 * reads the first two chunks, and then waits for the first chunk's stories, so it is the parse of
 * the first chunk (its first story is longer than 12 bytes) that meets the failure.
 */
@Timeout(60)
class ChunkedStoryReaderFailureTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);
  private static final byte[] STORY =
      "HEADLINE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nText of the story.\nENDS\n"
          .getBytes(StandardCharsets.UTF_8);

  /** A test's own error, so that nothing else can be mistaken for it. */
  static final class Broken extends Error {
    Broken() {
      super("broken");
    }
  }

  /** The story's first bytes, then the failure. */
  private static InputStream failingAfter(int good, Throwable failure) {
    return new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at == good) {
          throwIt();
        }
        return STORY[at++] & 0xFF;
      }

      private void throwIt() throws IOException {
        if (failure instanceof IOException io) {
          throw io;
        }
        if (failure instanceof RuntimeException r) {
          throw r;
        }
        throw (Error) failure;
      }
    };
  }

  private static void readAll(Throwable failure) throws IOException {
    try (StorySource reader = ChunkedStoryReader.open(failingAfter(12, failure),
        ChunkedParsingProperties.config(100_000, 200_000), CLASSIFIER, 1, 4)) {
      while (reader.next() != null) {
        // Read on to the failure.
      }
    }
  }

  @Test
  void anIOExceptionArrivesAsThrown() {
    IOException failure = new IOException("disk gone");
    assertSame(failure, assertThrows(IOException.class, () -> readAll(failure)));
  }

  @Test
  void aRuntimeExceptionArrivesAsThrown() {
    UncheckedIOException failure = new UncheckedIOException(new IOException("disk gone"));
    assertSame(failure, assertThrows(UncheckedIOException.class, () -> readAll(failure)));
  }

  @Test
  void anErrorArrivesAsThrown() {
    Broken failure = new Broken();
    assertSame(failure, assertThrows(Broken.class, () -> readAll(failure)));
  }
}
