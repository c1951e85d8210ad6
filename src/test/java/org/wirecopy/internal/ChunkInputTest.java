package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link ChunkInput} reads on from a place in one chunk through the chunks after it. */
class ChunkInputTest {

  private static ByteChunks chunksOf(String text, int size) {
    return new ByteChunks(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), size);
  }

  @Test
  void readsFromAPlaceToTheEndAcrossChunks() throws IOException {
    ByteChunks chunks = chunksOf("abcdefgh", 3);
    ChunkInput in = new ChunkInput(chunks, chunks.after(null), 1);
    assertEquals('b', in.read());
    byte[] buffer = new byte[8];
    assertEquals(5, in.read(buffer, 1, 5), "a read fills what it can across chunk edges");
    assertEquals("cdefg", new String(buffer, 1, 5, StandardCharsets.US_ASCII));
    assertEquals(0, in.read(buffer, 0, 0), "nothing asked, nothing read");
    assertEquals(1, in.read(buffer, 0, 8));
    assertEquals('h', buffer[0]);
    assertEquals(-1, in.read(buffer, 0, 8));
    assertEquals(0, in.read(buffer, 0, 0), "nothing asked at the end");
    assertEquals(-1, in.read());
  }

  /** Runs hand out the rest of each chunk in place, in order, then nothing. */
  @Test
  void runsAreTheRestOfEachChunkInOrder() throws IOException {
    ByteChunks chunks = chunksOf("abcdefgh", 3);
    ChunkInput in = new ChunkInput(chunks, chunks.after(null), 1);
    assertEquals('b', in.read());
    StringBuilder got = new StringBuilder();
    StringBuilder starts = new StringBuilder();
    for (byte[] run = in.takeRun(); run != null; run = in.takeRun()) {
      starts.append(in.runStart());
      got.append(new String(run, in.runStart(), run.length - in.runStart(),
          StandardCharsets.US_ASCII)).append('|');
    }
    assertEquals("c|def|gh|", got.toString());
    assertEquals("200", starts.toString());
    assertEquals(-1, in.read(), "a run counts as read");
  }

  @Test
  void singleBytesStepOverChunkEdges() throws IOException {
    ByteChunks chunks = chunksOf("wxyz", 1);
    ChunkInput in = new ChunkInput(chunks, chunks.after(null), 0);
    StringBuilder got = new StringBuilder();
    for (int b = in.read(); b != -1; b = in.read()) {
      got.append((char) b);
    }
    assertEquals("wxyz", got.toString());
  }

  @Test
  void aHighByteReadsAsAnUnsignedValue() throws IOException {
    ByteChunks chunks = new ByteChunks(new ByteArrayInputStream(new byte[] {(byte) 0xE9}), 4);
    ChunkInput in = new ChunkInput(chunks, chunks.after(null), 0);
    assertEquals(0xE9, in.read());
  }
}
