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
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;

/**
 * A failure to read ends a one-thread story reader wherever it lands, even one that would pass (a
 * read timeout, after which the input could go on): every later call throws it again, and the
 * stories before it are those a whole parse starts with. Going on instead read on from the middle
 * of a line or of a CRLF and lost lines, so that stories came out without their source line.
 */
class ReadFailureTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);
  /** Short lines and stories, so that pieces of lines and cut stories meet the failure too. */
  private static final ParserConfig SMALL = new ParserConfig(WireParser.DEFAULT_ZONE,
      WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS, true, false, 40, 12, 1_000);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"characters", "UTF-8", "UTF-16"})
  void aFailureEndsTheStoriesWhereverItLands(String input) throws IOException {
    String archive = archive();
    List<ParseResult> whole = readAll(open(input, archive, -1));
    assertEquals(6, whole.size(), "four stories, one cut in three by the story limit");
    int length = input.equals("characters") ? archive.length() : bytes(input, archive).length;
    for (int at = 0; at < length; at++) {
      List<ParseResult> before = new ArrayList<>();
      StoryReader opened;
      try {
        opened = open(input, archive, at);
      } catch (SocketTimeoutException e) {
        // Bytes are read on opening, to look for a byte-order mark: a failure in the first read or
        // two fails the opening, as documented.
        assertTrue(at < 16, "opening failed at " + at);
        continue;
      }
      try (StoryReader reader = opened) {
        IOException failure = assertThrows(IOException.class, () -> {
          for (ParseResult r = reader.next(); r != null; r = reader.next()) {
            before.add(r);
          }
        }, "failing at " + at);
        assertEquals("read timed out", failure.getMessage());
        assertSame(failure, assertThrows(IOException.class, reader::next), "again, at " + at);
        assertSame(failure, assertThrows(IOException.class, reader::next), "and again, at " + at);
      }
      assertTrue(before.size() < whole.size());
      assertEquals(whole.subList(0, before.size()), before, "failing at " + at);
    }
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

  /** A reader over the archive whose input times out once at {@code at}; never if negative. */
  private static StoryReader open(String input, String text, int at) throws IOException {
    if (input.equals("characters")) {
      return StoryReader.of(new TimingOutReader(text, at), SMALL, CLASSIFIER);
    }
    return StoryReader.of(new TimingOutStream(bytes(input, text), at), SMALL, CLASSIFIER);
  }

  private static List<ParseResult> readAll(StoryReader reader) throws IOException {
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

    TimingOutReader(String text, int at) {
      this.in = new StringReader(text);
      this.timeout = new Timeout(at);
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

    TimingOutStream(byte[] bytes, int at) {
      this.in = new ByteArrayInputStream(bytes);
      this.timeout = new Timeout(at);
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

  /** Where an input times out, once: a read stops short of it, and the read at it fails. */
  private static final class Timeout {
    private final int at;
    private boolean done;

    Timeout(int at) {
      this.at = at;
    }

    /** How much a read at {@code position} may take, at most seven. */
    int room(int position) throws SocketTimeoutException {
      if (position == at && !done) {
        done = true;
        throw new SocketTimeoutException("read timed out");
      }
      return position < at ? Math.min(7, at - position) : 7;
    }
  }
}
