package org.wirecopy.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * An input's bytes cut into chunks of a fixed size, read in order on demand by whichever thread
 * needs the next one, each knowing the line numbers around it.
 *
 * <p>Line numbers follow {@link ByteLineReader}: LF, CRLF and a lone CR each end a line, and
 * nothing else does (the pieces of an over-long line and the parts of a line cut at form feeds
 * keep its number). Counting them as each chunk is read lets a worker number the lines of any
 * chunk without reading what came before.
 *
 * <p>No chunk is held here: a chunk lives as long as someone reading it, or an older chunk, holds
 * it, since each chunk links to the next. The arrays of chunks nobody reads any more can be handed
 * back ({@link #recycle}) for later chunks: a new array must be zeroed before it is filled, which
 * took as long as filling it. Whoever hands them back keeps the array, never the chunk, which
 * would hold every chunk after it.
 */
final class ByteChunks implements Closeable {

  /** One chunk of the input. Its fields are set before anyone else sees it. */
  static final class Chunk {
    /** Its place in the input: 0 for the first chunk. */
    final int index;
    final byte[] bytes;
    /** The number of the line that holds the chunk's first byte. */
    final int firstLine;
    /** The number of the line that holds the chunk's last byte. */
    final int lastLine;
    /** Where in {@link #bytes} the first line that starts in this chunk starts; -1 if none does. */
    final int lineStart;
    /** The number of that line. */
    final int lineStartNumber;
    /** The chunk after this one, once it is read; guarded by the {@link ByteChunks} lock. */
    private Chunk next;

    private Chunk(int index, byte[] bytes, int firstLine, int lastLine, int lineStart,
        int lineStartNumber) {
      this.index = index;
      this.bytes = bytes;
      this.firstLine = firstLine;
      this.lastLine = lastLine;
      this.lineStart = lineStart;
      this.lineStartNumber = lineStartNumber;
    }
  }

  /** The most arrays kept for reuse: each chunk taken hands one back as the next is read. */
  private static final int MOST_SPARE = 4;

  private final InputStream in;
  private final int size;
  /** Arrays of {@link #size} bytes handed back for reuse. */
  private final ArrayDeque<byte[]> spare = new ArrayDeque<>(MOST_SPARE);
  /** How many chunk arrays were allocated; for tests. */
  private int allocated;
  /** Whether the first chunk was read. */
  private boolean started;
  private boolean endOfInput;
  /**
   * The input's failure, thrown again at every later read: an IOException, or an unchecked
   * exception or error, after which reading on past the bytes it took with it would make stories
   * that are not in the input.
   */
  private Throwable failure;
  /** Line ends before the newest chunk's last byte. */
  private long lineEnds;
  /** Whether the newest chunk's last byte is a CR, which ends a line unless an LF follows. */
  private boolean pendingCarriageReturn;

  /**
   * Chunks of an input; nothing is read yet.
   *
   * @param in the input, from its start
   * @param size the bytes per chunk, at least 1
   */
  ByteChunks(InputStream in, int size) {
    this.in = in;
    this.size = Math.max(1, size);
  }

  /**
   * The chunk after one, reading it if nobody has yet.
   *
   * @param chunk a chunk of this input, or {@code null} (once) for the first chunk
   * @return the next chunk, or {@code null} at the end of the input; a short chunk when reading
   *     failed after some of its bytes, with the failure thrown for the chunk after it
   * @throws IOException if reading fails, now or when another thread read on
   */
  synchronized Chunk after(Chunk chunk) throws IOException {
    if (chunk == null) {
      if (started && failure == null) {
        throw new IllegalStateException("the first chunk was read already");
      }
      if (started) {
        // Reading the first chunk failed: asked again, the failure comes again.
        return read(null);
      }
      started = true;
      // Not held here: held, it would hold every chunk after it.
      return read(null);
    }
    if (chunk.next == null && !endOfInput) {
      // Chunks are read in order, so a chunk without a next one is the newest.
      chunk.next = read(chunk);
    }
    return chunk.next;
  }

  private Chunk read(Chunk previous) throws IOException {
    if (failure != null) {
      throw Failures.rethrow(failure);
    }
    byte[] bytes = spare.poll();
    if (bytes == null) {
      bytes = new byte[size];
      allocated++;
    }
    int got = 0;
    try {
      while (got < size) {
        int n = in.read(bytes, got, size - got);
        if (n < 0) {
          break;
        }
        got += n;
      }
    } catch (IOException e) {
      // The bytes read before the failure make a last, short chunk, as one thread would have read
      // them before meeting it; the failure comes with the next chunk.
      failure = e;
      if (got == 0) {
        throw e;
      }
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    }
    if (got == 0) {
      endOfInput = true;
      return null;
    }
    if (got < size) {
      bytes = Arrays.copyOf(bytes, got);
    }
    if (pendingCarriageReturn && bytes[0] != '\n') {
      lineEnds++;
    }
    int firstLine = lineNumber(lineEnds);
    int lineStart = firstLineStart(previous, bytes);
    int lineStartNumber = lineStart < 0 ? -1 : firstLine + lineEnds(bytes, 0, lineStart);
    int ends = lineEnds(bytes, 0, bytes.length);
    byte last = bytes[bytes.length - 1];
    // The line that holds the last byte: a final LF ends it, a final CR is not counted yet.
    int lastLine = lineNumber(lineEnds + ends - (last == '\n' ? 1 : 0));
    lineEnds += ends;
    pendingCarriageReturn = last == '\r';
    Chunk chunk = new Chunk(previous == null ? 0 : previous.index + 1, bytes, firstLine, lastLine,
        lineStart, lineStartNumber);
    return chunk;
  }

  /**
   * Hands a chunk's array back, to be filled again for a later chunk. Call it only once nobody
   * will read the chunk any more (neither its own reader nor the reader of any chunk before it),
   * and only for a chunk older than the newest, whose last byte reading the next chunk needs. A
   * short array (the last chunk's) is not reused.
   *
   * @param bytes the array of a chunk older than the newest, that nobody reads
   */
  synchronized void recycle(byte[] bytes) {
    if (bytes.length == size && spare.size() < MOST_SPARE) {
      spare.push(bytes);
    }
  }

  /** How many chunk arrays were allocated so far; for tests. */
  synchronized int allocated() {
    return allocated;
  }

  private static int lineNumber(long lineEndsBefore) {
    // Past two billion lines, numbers saturate rather than wrap; ParseResult holds ints.
    return (int) Math.min(Integer.MAX_VALUE - 1, lineEndsBefore + 1);
  }

  /** Where the first line starting in a chunk starts, or -1 if none does. */
  private static int firstLineStart(Chunk previous, byte[] bytes) {
    int start;
    if (previous == null) {
      start = 0;
    } else {
      byte before = previous.bytes[previous.bytes.length - 1];
      if (before == '\n') {
        start = 0;
      } else if (before == '\r') {
        start = bytes[0] == '\n' ? 1 : 0;
      } else {
        start = -1;
        for (int i = 0; i < bytes.length; i++) {
          if (bytes[i] == '\n') {
            start = i + 1;
            break;
          }
          if (bytes[i] == '\r') {
            // A CR in the chunk's last byte may be half of a CRLF: the line starts in the next.
            start = i + 1 == bytes.length ? -1 : bytes[i + 1] == '\n' ? i + 2 : i + 1;
            break;
          }
        }
      }
    }
    return start < bytes.length ? start : -1;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long LF = 0x0A0A0A0A0A0A0A0AL;
  private static final long CR = 0x0D0D0D0D0D0D0D0DL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;

  /** Bytes per block in {@link #lineEnds}: 32 words. */
  private static final int BLOCK = 256;

  /**
   * The line ends in {@code bytes[from, to)}: every LF, and every CR that the next byte of the array
   * does not make half of a CRLF. A CR in the array's last byte is not counted, as the next chunk
   * decides. Eight bytes at a time, since this runs on one thread for the whole input and every
   * job waits on it.
   *
   * <p>A block's LFs are summed byte lane by byte lane (each lane counts at most 32) and the lanes
   * added up once per block, which measured twice as fast as counting each word's bits. Whether a
   * block holds a CR is only noted on the way, with the cheaper test that says whether a word has
   * a CR but not where; a block is looked at again only then, which keeps a branch out of the loop.
   */
  static int lineEnds(byte[] bytes, int from, int to) {
    int count = 0;
    int i = from;
    for (; i + BLOCK <= to; i += BLOCK) {
      long lineFeedLanes = 0;
      long carriageReturns = 0;
      for (int k = i; k < i + BLOCK; k += 8) {
        long word = (long) LONGS.get(bytes, k);
        lineFeedLanes += zeroBytes(word ^ LF) >>> 7;
        long crZero = word ^ CR;
        carriageReturns |= (crZero - ONES) & ~crZero;
      }
      count += sumOfLanes(lineFeedLanes);
      if ((carriageReturns & HIGH) != 0) {
        count += loneCarriageReturnsInWords(bytes, i, i + BLOCK);
      }
    }
    for (int j = i; j < to; j++) {
      if (bytes[j] == '\n') {
        count++;
      }
    }
    return count + loneCarriageReturns(bytes, i, to);
  }

  /** The sum of a word's eight byte lanes, each at most 32: pairs first, so no sum overflows. */
  private static int sumOfLanes(long lanes) {
    long pairs = (lanes & 0x00FF00FF00FF00FFL) + ((lanes >>> 8) & 0x00FF00FF00FF00FFL);
    return (int) ((pairs * 0x0001000100010001L) >>> 48);
  }

  /** The top bit of each byte of {@code x} that is zero, and no other bit. */
  private static long zeroBytes(long x) {
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /**
   * {@link #loneCarriageReturns} a word at a time, for {@code to - from} a multiple of eight: in a
   * file with CRLF line ends every block holds CRs, and a byte-by-byte look would cost more than
   * the count itself. A CR is lone where the byte after it is no LF; for the word's last byte that
   * is the next word's first, and the array's last byte counts as followed by an LF.
   */
  private static int loneCarriageReturnsInWords(byte[] bytes, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k += 8) {
      long crs = zeroBytes((long) LONGS.get(bytes, k) ^ CR);
      if (crs != 0) {
        // Little-endian: shifting down one byte puts the flag of the byte after each byte in its
        // place.
        long lfAfter = zeroBytes((long) LONGS.get(bytes, k) ^ LF) >>> 8;
        if (k + 8 == bytes.length || bytes[k + 8] == '\n') {
          lfAfter |= 0x80L << 56;
        }
        count += Long.bitCount(crs & ~lfAfter);
      }
    }
    return count;
  }

  private static int loneCarriageReturns(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] != '\n') {
        count++;
      }
    }
    return count;
  }

  /**
   * Closes the input; without the lock, so that a thread blocked in a read cannot hold it up.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    in.close();
  }
}
