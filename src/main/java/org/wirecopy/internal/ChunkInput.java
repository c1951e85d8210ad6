package org.wirecopy.internal;

import java.io.IOException;
import java.io.InputStream;
import org.wirecopy.internal.ByteChunks.Chunk;

/**
 * The bytes of an input from a place in one chunk on to its end, for one reader. It holds only the
 * chunk it is in, and reads further chunks as it needs them.
 */
final class ChunkInput extends InputStream {

  private final ByteChunks chunks;
  private Chunk chunk;
  private int position;
  private int runStart;

  /**
   * An input from a place in a chunk.
   *
   * @param chunks the chunks
   * @param chunk where to start
   * @param position where in that chunk's bytes to start
   */
  ChunkInput(ByteChunks chunks, Chunk chunk, int position) {
    this.chunks = chunks;
    this.chunk = chunk;
    this.position = position;
  }

  @Override
  public int read() throws IOException {
    if (!hasByte()) {
      return -1;
    }
    return chunk.bytes[position++] & 0xFF;
  }

  /**
   * Fills as much of the buffer as the input has, across chunks, as a file would. Bytes copied
   * before a chunk fails to read are handed out first; the failure comes with the next read.
   */
  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int done = 0;
    while (done < length && hasByteOrCopied(done)) {
      int n = Math.min(length - done, chunk.bytes.length - position);
      System.arraycopy(chunk.bytes, position, buffer, offset + done, n);
      position += n;
      done += n;
    }
    return done == 0 && length > 0 ? -1 : done;
  }

  /** {@link #hasByte()}, but false instead of a failure once {@code copied} bytes are out. */
  private boolean hasByteOrCopied(int copied) throws IOException {
    try {
      return hasByte();
    } catch (IOException e) {
      if (copied > 0) {
        return false;
      }
      throw e;
    }
  }

  /**
   * The rest of the current chunk, to be read in place rather than copied: the array of the chunk
   * that holds the next byte, whose bytes from {@link #runStart()} on are the run; everything in
   * it counts as read. The array must not be written to.
   *
   * @return the array, or {@code null} at the end of the input
   * @throws IOException if reading the next chunk fails
   */
  byte[] takeRun() throws IOException {
    if (!hasByte()) {
      return null;
    }
    runStart = position;
    position = chunk.bytes.length;
    return chunk.bytes;
  }

  /** Where the run {@link #takeRun()} handed out last starts in its array. */
  int runStart() {
    return runStart;
  }

  /** Whether a byte is left, stepping to the next chunk if this one is read. */
  private boolean hasByte() throws IOException {
    while (chunk != null && position == chunk.bytes.length) {
      chunk = chunks.after(chunk);
      position = 0;
    }
    return chunk != null;
  }

  /** Leaves the input open: the chunks belong to the reader that made them. */
  @Override
  public void close() {
    // Nothing to release: the chunks are plain arrays.
  }
}
