package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;

/**
 * What {@link ChunkedStoryReaderTest} leaves out: which reader an input gets, closing, and how the
 * work goes between the workers and the calling thread (not only what comes out).
 */
@Timeout(60)
class ChunkedStoryReaderEdgeTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);
  private static final ParserConfig DEFAULTS = ChunkedParsingProperties.config(100_000, 200_000);

  private static final String STORY =
      "HEADLINE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nText of the story.\nENDS\n";

  private static StorySource open(byte[] input, int chunk) throws IOException {
    return ChunkedStoryReader.open(new ByteArrayInputStream(input), DEFAULTS, CLASSIFIER, 2, chunk);
  }

  private static List<ParseResult> drain(StorySource reader) throws IOException {
    List<ParseResult> out = new ArrayList<>();
    for (ParseResult r = reader.next(); r != null; r = reader.next()) {
      out.add(r);
    }
    return out;
  }

  /**
   * A small heap gets small chunks (two jobs in a 64 MiB heap did little but collect with chunks of
   * 1 MiB), a large one chunks of 1 MiB, and no heap a chunk below the smallest.
   */
  @Test
  void theChunkSizeFollowsTheHeap() {
    assertEquals(128 << 10, ChunkedStoryReader.chunkBytes(64L << 20));
    assertEquals(512 << 10, ChunkedStoryReader.chunkBytes(256L << 20));
    assertEquals(1 << 20, ChunkedStoryReader.chunkBytes(512L << 20));
    assertEquals(1 << 20, ChunkedStoryReader.chunkBytes(2L << 30));
    assertEquals(1 << 20, ChunkedStoryReader.chunkBytes(Long.MAX_VALUE));
    assertEquals(64 << 10, ChunkedStoryReader.chunkBytes(16L << 20));
    assertEquals(64 << 10, ChunkedStoryReader.chunkBytes(1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE"})
  void aUtf16ByteOrderMarkGoesToTheLineParallelReader(String charset) throws IOException {
    byte[] input = ("\uFEFF" + STORY + STORY).getBytes(charset);
    try (StorySource reader = open(input, 8)) {
      assertInstanceOf(ParallelStoryReader.class, reader, charset);
      assertEquals(ChunkedParsingProperties.sequential(input, DEFAULTS), drain(reader));
    }
  }

  /** Windows-1252 þ is 0xFE and ÿ is 0xFF: one of them, or one twice, is no byte-order mark. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\u00feA", "A\u00ff", "\u00ffA", "A\u00fe", "\u00fe\u00fe",
      "\u00ff\u00ff"})
  void twoBytesThatAreNoByteOrderMarkAreChunked(String head) throws IOException {
    byte[] input = (head + "\n" + STORY).getBytes(java.nio.charset.Charset.forName("windows-1252"));
    try (StorySource reader = open(input, 8)) {
      assertInstanceOf(ChunkedStoryReader.class, reader, head);
      assertEquals(ChunkedParsingProperties.sequential(input, DEFAULTS), drain(reader));
    }
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1})
  void inputsTooShortForAByteOrderMark(int length) throws IOException {
    byte[] input = "\n".repeat(length).getBytes(StandardCharsets.US_ASCII);
    try (StorySource reader = open(input, 8)) {
      assertInstanceOf(ChunkedStoryReader.class, reader);
      assertEquals(ChunkedParsingProperties.sequential(input, DEFAULTS), drain(reader));
    }
  }

  @Test
  void theDefaultChunkSizeReadsASmallInputAsOneChunk() throws IOException {
    byte[] input = STORY.repeat(3).getBytes(StandardCharsets.UTF_8);
    try (StorySource reader =
        ChunkedStoryReader.open(new ByteArrayInputStream(input), DEFAULTS, CLASSIFIER, 2)) {
      assertInstanceOf(ChunkedStoryReader.class, reader);
      assertEquals(ChunkedParsingProperties.sequential(input, DEFAULTS), drain(reader));
    }
  }

  /**
   * Notes without an end marker leave several chunks without a start: the calling thread reads on
   * from the first story after them, drops the chunks it has passed, and hands the stories after
   * back to the workers once it reaches a chunk's start.
   */
  @Test
  void afterReadingOnAloneTheCallingThreadHandsBackToTheWorkers() throws IOException {
    byte[] input = ("A note without an end marker\n".repeat(20) + STORY.repeat(10))
        .getBytes(StandardCharsets.UTF_8);
    ChunkedStoryReader reader = (ChunkedStoryReader) open(input, 64);
    List<ParseResult> actual;
    try (reader) {
      actual = drain(reader);
    }
    assertEquals(ChunkedParsingProperties.sequential(input, DEFAULTS), actual);
    assertTrue(reader.handedOver() > 0, "hand-overs: " + reader.handedOver());
    assertTrue(reader.readAlone() < 9, "stories read alone: " + reader.readAlone());
  }

  @Test
  void closingDropsTheRestClosesTheInputAndStopsTheWorkers() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(STORY.repeat(20).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    ChunkedStoryReader reader =
        (ChunkedStoryReader) ChunkedStoryReader.open(in, DEFAULTS, CLASSIFIER, 2, 64);
    assertNotNull(reader.next());
    assertFalse(reader.isStopped(), "the workers wait for more while the reader is open");
    reader.close();
    assertTrue(closed[0], "the input is closed");
    assertNull(reader.next(), "the stories in flight are dropped");
    ChunkedStoryReaderTest.awaitStopped(reader);
    assertTrue(reader.isStopped());
  }
}
