package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;
import org.wirecopy.synthetic.SyntheticArchive;

/**
 * The edges of chunked parsing, each tried at every chunk size up to past the input's length, so
 * that every byte of it falls on a chunk's edge once: the results are those of one thread.
 */
@Timeout(120)
class ChunkedStoryReaderTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);
  private static final ParserConfig DEFAULTS = ChunkedParsingProperties.config(100_000, 200_000);
  private static final ParserConfig SMALL_LIMITS = ChunkedParsingProperties.config(16, 5);

  private static final String STORY =
      "HEADLINE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nText of the story.\nENDS\n";
  private static final String SECOND =
      "SECOND HEADLINE\nPA\nCOURTS Trial\n11-May-2019 09:00\n\nMore text here.\nENDS\n";

  static List<Arguments> archives() {
    return List.of(
        Arguments.of("LF", utf8(STORY + SECOND + STORY)),
        Arguments.of("CRLF", utf8((STORY + SECOND + STORY).replace("\n", "\r\n"))),
        Arguments.of("lone CR", utf8((STORY + SECOND).replace("\n", "\r"))),
        Arguments.of("mixed line ends", utf8(STORY.replace("\n", "\r\n") + SECOND.replace("\n", "\r")
            + STORY)),
        Arguments.of("notes after the end marker", utf8(STORY
            + "Notes: call the desk on 0123\nENDS again\n\nmore notes\n\n" + SECOND + "a note\n")),
        Arguments.of("end markers without a line end between stories", utf8(STORY + SECOND
            + STORY.substring(0, STORY.length() - 1))),
        Arguments.of("form feed glued to the headline", utf8(STORY + "\f" + SECOND + "\f" + STORY)),
        Arguments.of("form feeds on their own lines, no end markers",
            utf8(STORY.replace("ENDS\n", "") + "\f\n" + SECOND.replace("ENDS\n", "") + "\n\f\n\f\n"
                + STORY.replace("ENDS\n", ""))),
        Arguments.of("no end markers at all", utf8((STORY + SECOND + STORY).replace("ENDS\n", ""))),
        Arguments.of("byte-order mark", utf8("\uFEFF" + STORY + SECOND)),
        Arguments.of("Windows-1252 lines", windows1252(STORY.replace("Text", "Caf\u00e9 \u201cquoted\u201d")
            + SECOND.replace("More", "\u00a3300 more"))),
        Arguments.of("over-long lines", utf8(STORY.replace("Text of the story.",
            "A body line far longer than the sixteen characters of the small limit, "
                + "with     runs of spaces     cut apart.") + "         \n" + SECOND)),
        Arguments.of("blank lines and spaces between stories",
            utf8(STORY + "\n\n   \n\t\n" + SECOND + "\n\n\n" + STORY)),
        Arguments.of("an end marker as the first line", utf8("ENDS\n" + STORY + "ENDS\n" + SECOND)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("archives")
  void everyChunkSizeGivesWhatOneThreadGives(String name, byte[] archive) throws IOException {
    for (ParserConfig config : List.of(DEFAULTS, SMALL_LIMITS)) {
      List<ParseResult> expected = ChunkedParsingProperties.sequential(archive, config);
      assertTrue(!expected.isEmpty(), name);
      for (int chunk = 1; chunk <= archive.length + 1; chunk++) {
        for (int jobs = 2; jobs <= 2; jobs++) {
          List<ParseResult> actual = ChunkedParsingProperties.chunked(archive, config, jobs, chunk);
          String what = name + ", " + chunk + "-byte chunks, " + jobs + " jobs, " + config;
          assertEquals(ChunkedParsingProperties.spans(expected),
              ChunkedParsingProperties.spans(actual), what);
          assertEquals(expected, actual, what);
        }
      }
    }
  }

  @Test
  void anArchiveIsHandedFromChunkToChunkWithoutTheCallingThreadReadingAlone() throws IOException {
    byte[] archive = SyntheticArchive.generate(7, 1 << 20);
    List<ParseResult> expected = ChunkedParsingProperties.sequential(archive, DEFAULTS);
    ChunkedStoryReader reader = open(archive, DEFAULTS, 2, 1 << 14);
    List<ParseResult> actual = drain(reader);
    assertEquals(expected, actual);
    assertEquals(0, reader.readAlone(), "stories read by the calling thread alone");
    assertTrue(reader.handedOver() >= 60, "hand-overs: " + reader.handedOver());
    assertTrue(reader.isStopped());
  }

  /**
   * The arrays of chunks whose stories are out are filled again for later chunks, rather than new
   * ones zeroed for each: an archive of 64 chunks takes no more arrays than are in flight at once,
   * plus the few kept for reuse, and its stories are still exactly one thread's.
   */
  @Test
  void chunkArraysAreReused() throws IOException {
    byte[] archive = SyntheticArchive.generate(11, 1 << 20);
    List<ParseResult> expected = ChunkedParsingProperties.sequential(archive, DEFAULTS);
    for (int jobs = 2; jobs <= 3; jobs++) {
      ChunkedStoryReader reader = open(archive, DEFAULTS, jobs, 1 << 14);
      assertEquals(expected, drain(reader), jobs + " jobs");
      int arrays = reader.chunkArraysAllocated();
      // The window's chunks (two per worker) are read before any is taken, each in its own array.
      assertTrue(arrays >= 2 * jobs && arrays <= 4 * jobs + 4,
          arrays + " arrays for 64 chunks, " + jobs + " jobs");
    }
  }

  /**
   * An interrupt of the calling thread while it waits for a worker is an InterruptedIOException
   * with the interrupt kept, and loses nothing: called again, the interrupt cleared, the reader
   * goes on where it stopped, so the stories are one thread's, none skipped.
   */
  @ParameterizedTest(name = "{0} jobs")
  @ValueSource(ints = {1, 2, 3})
  @Timeout(60)
  void anInterruptWhileWaitingLosesNoStories(int jobs) throws IOException {
    byte[] archive = SyntheticArchive.generate(13, 8 << 20);
    List<ParseResult> expected = ChunkedParsingProperties.sequential(archive, DEFAULTS);
    // Many times over the archive, often while the oldest chunk is still being parsed, and
    // sometimes just before this thread parses one itself (which must not stop it). Chunks of
    // 256 KiB and an interrupt every 50 stories: 10 to 24 met a wait in five runs, where 1 MiB
    // and every 500 stories met 2 to 4, and once none.
    Interrupts.Read read =
        Interrupts.readAll(open(archive, DEFAULTS, jobs, 1 << 18), n -> n % 50 == 0);
    List<ParseResult> got = read.stories();
    assertTrue(read.interrupted() > 0, "no interrupt met a wait");
    assertEquals(expected.size(), got.size(), "stories");
    assertEquals(expected, got);
  }

  @Test
  void withoutEndMarkersTheCallingThreadReadsOnAlone() throws IOException {
    byte[] archive = utf8((STORY + SECOND + STORY + SECOND).replace("ENDS\n", ""));
    List<ParseResult> expected = ChunkedParsingProperties.sequential(archive, SMALL_LIMITS);
    ChunkedStoryReader reader = open(archive, SMALL_LIMITS, 2, 8);
    assertEquals(expected, drain(reader));
    assertTrue(reader.readAlone() > 0, "stories read alone: " + reader.readAlone());
  }

  @Test
  void utf16IsReadByTheLineParallelReader() throws IOException {
    byte[] archive = (STORY + SECOND).getBytes(StandardCharsets.UTF_16);
    try (StorySource reader = ChunkedStoryReader.open(
        new ByteArrayInputStream(archive), DEFAULTS, CLASSIFIER, 2, 8)) {
      assertInstanceOf(ParallelStoryReader.class, reader);
      List<ParseResult> actual = new ArrayList<>();
      for (ParseResult r = reader.next(); r != null; r = reader.next()) {
        actual.add(r);
      }
      assertEquals(ChunkedParsingProperties.sequential(archive, DEFAULTS), actual);
    }
  }

  @Test
  void closingEarlyStopsTheWorkers() throws IOException {
    byte[] archive = SyntheticArchive.generate(8, 1 << 19);
    ChunkedStoryReader reader = open(archive, DEFAULTS, 2, 1 << 12);
    assertNotNull(reader.next());
    reader.close();
    awaitStopped(reader);
    assertTrue(reader.isStopped());
  }

  /** Gives a closed or finished reader's threads up to five seconds to stop. */
  static void awaitStopped(ChunkedStoryReader reader) {
    for (int i = 0; i < 500 && !reader.isStopped(); i++) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static ChunkedStoryReader open(byte[] archive, ParserConfig config, int jobs, int chunk)
      throws IOException {
    return (ChunkedStoryReader) ChunkedStoryReader.open(
        new ByteArrayInputStream(archive), config, CLASSIFIER, jobs, chunk);
  }

  private static List<ParseResult> drain(ChunkedStoryReader reader) throws IOException {
    List<ParseResult> out = new ArrayList<>();
    try (reader) {
      for (ParseResult r = reader.next(); r != null; r = reader.next()) {
        out.add(r);
      }
    }
    awaitStopped(reader);
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] windows1252(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(s.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    return out.toByteArray();
  }
}
