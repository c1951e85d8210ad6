package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;

/**
 * A failure to read ends a story reader wherever it lands, on one thread or several, even one that
 * would pass (a read timeout, after which the input could go on) or that is unchecked: every later
 * call throws it again, and the stories before it are those a whole parse starts with. Going on
 * instead read on from the middle of a line or of a CRLF and lost lines, so that stories came out
 * without their source line.
 */
class ReadFailureTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);
  /** Short lines and stories, so that pieces of lines and cut stories meet the failure too. */
  private static final ParserConfig SMALL = new ParserConfig(WireParser.DEFAULT_ZONE,
      WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS, true, false, 40, 12, 1_000);

  static Stream<Arguments> readers() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (String input : List.of("characters", "UTF-8", "UTF-16")) {
      for (String failure : List.of("read timed out", "unchecked")) {
        for (int jobs = 1; jobs <= 3; jobs++) {
          all.add(Arguments.of(input, failure, jobs));
        }
      }
    }
    return all.build();
  }

  @ParameterizedTest(name = "{0}, {1}, {2} jobs")
  @MethodSource("readers")
  void aFailureEndsTheStoriesWhereverItLands(String input, String failure, int jobs)
      throws IOException {
    String archive = archive();
    List<ParseResult> whole = readAll(open(input, archive, -1, failure, jobs));
    assertEquals(6, whole.size(), "four stories, one cut in three by the story limit");
    int length = input.equals("characters") ? archive.length() : bytes(input, archive).length;
    for (int at = 0; at < length; at++) {
      List<ParseResult> before = new ArrayList<>();
      StorySource opened;
      try {
        opened = open(input, archive, at, failure, jobs);
      } catch (SocketTimeoutException | UncheckedIOException e) {
        // Bytes are read on opening, to look for a byte-order mark (and a chunk's worth with
        // several jobs): a failure there fails the opening, as documented.
        assertTrue(at < 80, "opening failed at " + at);
        continue;
      }
      try (StorySource reader = opened) {
        Exception thrown = readUntilFailure(reader, before, "failing at " + at);
        if (jobs > 1 && !(input.equals("UTF-8") && failure.equals("unchecked"))) {
          // Exactly the stories one thread gives before it. (Bytes cut into chunks throw an
          // unchecked exception from the input where it is met, as ChunkedStoryReader says.)
          assertEquals(oneThreadBefore(input, archive, at, failure), before, "failing at " + at);
        }
        assertEquals(failure.equals("unchecked") ? UncheckedIOException.class
            : SocketTimeoutException.class, thrown.getClass(), "failing at " + at);
        assertSame(thrown, assertThrows(Exception.class, reader::next), "again, at " + at);
        assertSame(thrown, assertThrows(Exception.class, reader::next), "and again, at " + at);
      }
      assertTrue(before.size() < whole.size());
      assertEquals(whole.subList(0, before.size()), before, "failing at " + at);
    }
  }

  /** Reads stories into {@code stories} until a call throws, which it must; returns the throw. */
  private static Exception readUntilFailure(
      StorySource source, List<ParseResult> stories, String where) {
    return assertThrows(Exception.class, () -> {
      for (ParseResult r = source.next(); r != null; r = source.next()) {
        stories.add(r);
      }
    }, where);
  }

  /** The stories one thread gives before the failure at {@code at}. */
  private static List<ParseResult> oneThreadBefore(String input, String archive, int at,
      String failure) throws IOException {
    List<ParseResult> stories = new ArrayList<>();
    StorySource one;
    try {
      one = open(input, archive, at, failure, 1);
    } catch (SocketTimeoutException | UncheckedIOException e) {
      // One thread reads more bytes on opening: there the failure comes before any story.
      return stories;
    }
    try (one) {
      readUntilFailure(one, stories, "one thread failing at " + at);
    }
    return stories;
  }

  private static String archive() {
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < 4; n++) {
      text.append("STORY ").append(n).append("\r\nPA\r\nPOLICE Abuse\r\n10-May-2019 10:1")
          .append(n).append(":56\r\n\r\n");
      for (int p = 0; p < (n == 2 ? 15 : 3); p++) {
        text.append("Paragraph ").append(p).append(" of story ").append(n)
            .append(" runs on past the forty characters of a line.\r\n");
      }
      text.append("ENDS\r\n");
    }
    return text.toString();
  }

  private static byte[] bytes(String input, String text) {
    return input.equals("UTF-8")
        ? text.getBytes(StandardCharsets.UTF_8)
        : ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
  }

  /**
   * A reader over the archive on {@code jobs} threads, whose input fails once at {@code at} (never
   * if negative) with a read timeout or an unchecked exception; bytes go in chunks of 64.
   */
  private static StorySource open(String input, String text, int at, String failure, int jobs)
      throws IOException {
    Timeout timeout = new Timeout(at, failure.equals("unchecked"));
    if (input.equals("characters")) {
      StoryReader reader = StoryReader.of(new TimingOutReader(text, timeout), SMALL, CLASSIFIER);
      return jobs == 1 ? reader : new ParallelStoryReader(reader, SMALL, CLASSIFIER, jobs);
    }
    InputStream in = new TimingOutStream(bytes(input, text), timeout);
    return jobs == 1
        ? StoryReader.of(in, SMALL, CLASSIFIER)
        : ChunkedStoryReader.open(in, SMALL, CLASSIFIER, jobs, 64);
  }

  private static List<ParseResult> readAll(StorySource reader) throws IOException {
    List<ParseResult> stories = new ArrayList<>();
    try (reader) {
      for (ParseResult r = reader.next(); r != null; r = reader.next()) {
        stories.add(r);
      }
    }
    return stories;
  }

  /** Characters in reads of at most seven, that time out once at {@code at}, then go on. */
  private static final class TimingOutReader extends Reader {
    private final StringReader in;
    private final Timeout timeout;
    private int position;

    TimingOutReader(String text, Timeout timeout) {
      this.in = new StringReader(text);
      this.timeout = timeout;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, Math.min(length, timeout.room(position)));
      position += Math.max(n, 0);
      return n;
    }

    @Override
    public void close() {}
  }

  /** Bytes in reads of at most seven, that time out once at {@code at}, then go on. */
  private static final class TimingOutStream extends InputStream {
    private final ByteArrayInputStream in;
    private final Timeout timeout;
    private int position;

    TimingOutStream(byte[] bytes, Timeout timeout) {
      this.in = new ByteArrayInputStream(bytes);
      this.timeout = timeout;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, Math.min(length, timeout.room(position)));
      position += Math.max(n, 0);
      return n;
    }
  }

  /** Where an input fails, once: a read stops short of it, and the read at it fails. */
  private static final class Timeout {
    private final int at;
    private final boolean unchecked;
    private boolean done;

    Timeout(int at, boolean unchecked) {
      this.at = at;
      this.unchecked = unchecked;
    }

    /** How much a read at {@code position} may take, at most seven. */
    int room(int position) throws SocketTimeoutException {
      if (position == at && !done) {
        done = true;
        if (unchecked) {
          throw new UncheckedIOException(new IOException("disk on fire"));
        }
        throw new SocketTimeoutException("read timed out");
      }
      return position < at ? Math.min(7, at - position) : 7;
    }
  }
}
