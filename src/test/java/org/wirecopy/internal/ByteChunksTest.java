package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.wirecopy.internal.ByteChunks.Chunk;

/**
 * {@link ByteChunks} cuts an input into chunks that put its bytes back together in order, and
 * numbers each chunk's lines as reading the whole input from its start would: LF, CRLF and a lone
 * CR end a line. The expected numbers here come from a plain byte-by-byte count.
 */
class ByteChunksTest {

  /** The number of the line that holds byte {@code p}: one more than the line ends before it. */
  private static int lineOf(byte[] input, int p) {
    int line = 1;
    for (int i = 0; i < p; i++) {
      if (input[i] == '\n' || input[i] == '\r' && input[i + 1] != '\n') {
        line++;
      }
    }
    return line;
  }

  /** Whether a line starts at byte {@code p}. */
  private static boolean lineStartsAt(byte[] input, int p) {
    return p == 0 || input[p - 1] == '\n' || input[p - 1] == '\r' && input[p] != '\n';
  }

  @Provide
  Arbitrary<byte[]> lines() {
    return Arbitraries.of((byte) 'a', (byte) 'b', (byte) '\n', (byte) '\r', (byte) '\f')
        .array(byte[].class).ofMaxSize(40);
  }

  @Property
  void chunksHoldTheInputAndNumberItsLines(@ForAll("lines") byte[] input,
      @ForAll @IntRange(min = 1, max = 12) int size) throws IOException {
    checkChunks(input, size);
  }

  /** Every kind of line end, at every place a chunk's edge can fall. */
  @Example
  void everyChunkSizeOfAMixedInput() throws IOException {
    byte[] input = "ab\ncd\r\nef\rgh\r\r\n\nij\fk\rl\r".getBytes(StandardCharsets.US_ASCII);
    for (int size = 1; size <= input.length + 1; size++) {
      checkChunks(input, size);
    }
  }

  private static void checkChunks(byte[] input, int size) throws IOException {
    ByteChunks chunks = new ByteChunks(new ByteArrayInputStream(input), size);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    int offset = 0;
    int index = 0;
    for (Chunk c = chunks.after(null); c != null; c = chunks.after(c)) {
      String where = "chunk " + index + " of " + size + " bytes";
      assertEquals(index, c.index, where);
      assertEquals(Math.min(size, input.length - offset), c.bytes.length, where);
      assertEquals(lineOf(input, offset), c.firstLine, where);
      assertEquals(lineOf(input, offset + c.bytes.length - 1), c.lastLine, where);
      int start = -1;
      for (int i = 0; i < c.bytes.length; i++) {
        if (lineStartsAt(input, offset + i)) {
          start = i;
          break;
        }
      }
      assertEquals(start, c.lineStart, where);
      if (start >= 0) {
        assertEquals(lineOf(input, offset + start), c.lineStartNumber, where);
      }
      all.writeBytes(c.bytes);
      offset += c.bytes.length;
      index++;
    }
    assertArrayEquals(input, all.toByteArray());
  }

  @Property
  void lineEndsCountsLfAndLoneCr(@ForAll("lines") byte[] input,
      @ForAll @IntRange(min = 0, max = 40) int a, @ForAll @IntRange(min = 0, max = 40) int b) {
    // The expected count is the plain rule, byte by byte.
    int from = Math.min(Math.min(a, b), input.length);
    int to = Math.min(Math.max(a, b), input.length);
    int expected = 0;
    for (int i = from; i < to; i++) {
      // A CR in the array's last byte is left to the next chunk.
      if (input[i] == '\n' || input[i] == '\r' && i + 1 < input.length && input[i + 1] != '\n') {
        expected++;
      }
    }
    assertEquals(expected, ByteChunks.lineEnds(input, from, to));
  }

  /**
   * Long inputs reach the blocks of 256 bytes the fast path works in. CRs come in runs of inputs:
   * none (every block counted from its words alone), a few, or many, with CRLF pairs among them.
   */
  @Provide
  Arbitrary<byte[]> longInputs() {
    return Arbitraries.integers().between(0, 12).flatMap(crs ->
        Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(40, Arbitraries.just((byte) 'a')),
                net.jqwik.api.Tuple.of(4, Arbitraries.just((byte) '\n')),
                net.jqwik.api.Tuple.of(crs, Arbitraries.just((byte) '\r')),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((byte) 0x8D)))
            .array(byte[].class).ofMinSize(200).ofMaxSize(1400));
  }

  @Property(tries = 300)
  void lineEndsCountsLfAndLoneCrInLongInputs(@ForAll("longInputs") byte[] input,
      @ForAll @IntRange(min = 0, max = 1400) int a, @ForAll @IntRange(min = 0, max = 1400) int b) {
    lineEndsCountsLfAndLoneCr(input, a, b);
  }

  /**
   * The fast path notes a block's CRs and sums its LFs byte lane by byte lane: one line end alone
   * in two blocks of text is counted wherever it stands, in every lane of every word.
   */
  @Example
  void aLoneLineEndIsCountedAtEveryPlaceInABlock() {
    for (byte end : new byte[] {'\r', '\n'}) {
      for (int p = 0; p < 512; p++) {
        byte[] input = new byte[512];
        Arrays.fill(input, (byte) 'a');
        input[p] = end;
        // A CR in the array's last byte is left to the next chunk.
        int expected = end == '\r' && p == 511 ? 0 : 1;
        assertEquals(expected, ByteChunks.lineEnds(input, 0, input.length), (char) end + " at " + p);
      }
    }
    byte[] allLineFeeds = new byte[1024];
    Arrays.fill(allLineFeeds, (byte) '\n');
    assertEquals(1024, ByteChunks.lineEnds(allLineFeeds, 0, 1024), "every lane full in every word");
  }

  /** Eight CRs fill a word that the fast path looks at as a whole. */
  @Example
  void lineEndsInWholeWords() {
    byte[] crs = "\r\r\r\r\r\r\r\r\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(8, ByteChunks.lineEnds(crs, 0, crs.length), "seven lone CRs and a CRLF");
    byte[] mixed = "a\ra\nb\r\nc\rd\re\n\r".getBytes(StandardCharsets.US_ASCII);
    for (int from = 0; from <= mixed.length; from++) {
      for (int to = from; to <= mixed.length; to++) {
        int expected = 0;
        for (int i = from; i < to; i++) {
          if (mixed[i] == '\n' || mixed[i] == '\r' && i + 1 < mixed.length && mixed[i + 1] != '\n') {
            expected++;
          }
        }
        assertEquals(expected, ByteChunks.lineEnds(mixed, from, to), from + " to " + to);
      }
    }
  }

  @Example
  void crlfAcrossAChunkEdgeEndsOneLine() throws IOException {
    // Chunks "a\r" and "\nb": the line after the CRLF starts at the second chunk's second byte.
    ByteChunks chunks = new ByteChunks(
        new ByteArrayInputStream("a\r\nb".getBytes(StandardCharsets.US_ASCII)), 2);
    Chunk first = chunks.after(null);
    Chunk second = chunks.after(first);
    assertEquals(1, first.lastLine);
    assertEquals(1, second.firstLine);
    assertEquals(1, second.lineStart);
    assertEquals(2, second.lineStartNumber);
    assertEquals(2, second.lastLine);
    assertNull(chunks.after(second));
    assertNull(chunks.after(second), "the end stays the end");
  }

  @Example
  void theFirstChunkIsAskedForOnce() throws IOException {
    ByteChunks chunks = new ByteChunks(new ByteArrayInputStream(new byte[] {'a'}), 4);
    chunks.after(null);
    assertThrows(IllegalStateException.class, () -> chunks.after(null));
  }

  @Example
  void aSizeBelowOneReadsOneByteAtATime() throws IOException {
    ByteChunks chunks = new ByteChunks(new ByteArrayInputStream(new byte[] {'a', 'b'}), 0);
    Chunk first = chunks.after(null);
    assertArrayEquals(new byte[] {'a'}, first.bytes);
    assertArrayEquals(new byte[] {'b'}, chunks.after(first).bytes);
  }

  @Example
  void aFailedReadIsNotRetried() throws IOException {
    IOException broken = new IOException("disk gone");
    int[] reads = {0};
    InputStream in = new InputStream() {
      @Override
      public int read() throws IOException {
        reads[0]++;
        if (reads[0] > 2) {
          throw broken;
        }
        return 'x';
      }
    };
    ByteChunks chunks = new ByteChunks(in, 2);
    Chunk first = chunks.after(null);
    assertSame(broken, assertThrows(IOException.class, () -> chunks.after(first)));
    int readsSoFar = reads[0];
    assertSame(broken, assertThrows(IOException.class, () -> chunks.after(first)));
    assertEquals(readsSoFar, reads[0], "reads after the failure");
  }

  /**
   * An unchecked exception or an error from the input is not retried either, in the first chunk
   * or a later one: reading on would skip the bytes it took with it.
   */
  @Example
  void anUncheckedFailureIsNotRetried() throws IOException {
    for (RuntimeException unchecked : new RuntimeException[] {
        new UncheckedIOException(new IOException("disk gone")), new IllegalStateException("bug")}) {
      checkNotRetried(unchecked, 0);
      checkNotRetried(unchecked, 3);
    }
    checkNotRetried(new IOError(new IOException("disk gone")), 0);
    checkNotRetried(new IOError(new IOException("disk gone")), 3);
  }

  /** Reads until {@code failure}, thrown at the read of byte {@code at}, and twice more. */
  private static void checkNotRetried(Throwable failure, int at) throws IOException {
    int[] reads = {0};
    InputStream in = new InputStream() {
      @Override
      public int read() {
        if (reads[0]++ == at) {
          if (failure instanceof Error error) {
            throw error;
          }
          throw (RuntimeException) failure;
        }
        return 'x';
      }
    };
    ByteChunks chunks = new ByteChunks(in, 2);
    Chunk chunk = null;
    try {
      while (true) {
        Chunk next = chunks.after(chunk);
        assertTrue(next != null, "the input never ends");
        chunk = next;
      }
    } catch (RuntimeException | Error e) {
      assertSame(failure, e);
    }
    int readsSoFar = reads[0];
    Chunk last = chunk;
    assertSame(failure, assertThrows(Throwable.class, () -> chunks.after(last)), "again");
    assertSame(failure, assertThrows(Throwable.class, () -> chunks.after(last)), "and again");
    assertEquals(readsSoFar, reads[0], "reads after the failure");
  }

  @Example
  void closeClosesTheInput() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new ByteChunks(in, 4).close();
    assertEquals(true, closed[0]);
  }
}
