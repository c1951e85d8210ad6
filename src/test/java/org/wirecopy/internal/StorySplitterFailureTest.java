package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.WireParser;

/**
 * A failure to read, met before any line in turn, ends the splitter for good, whatever it is and
 * however small the story limit: the stories before it are the whole split's first ones, and every
 * later call throws it. No story comes out after it: with a small limit, the lines read ahead
 * could make one, unless the lines of the story the failure cut are put back.
 */
class StorySplitterFailureTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);

  /** Notes after an end marker, read ahead to find where the next story starts. */
  private static final String COPY = "FERRY VOTE\nPA\nPOLITICS Ferry\n02-Dec-2019 16:04:11\n\n"
      + "The ferry stays.\nENDS\nnote a\n\nnote b\n\nnote c\n\nnote d\n\nnote e\n\nnote f\n\n"
      + "note g\n\nSECOND STORY\nPA\nPOLITICS Harbour\n02-Dec-2019 17:10:00\n\nThe quay opens.\n"
      + "ENDS\n\fTHIRD STORY\nPA\nPOLITICS Pier\n02-Dec-2019 18:00:00\n\n"
      + "Paragraph one.\nParagraph two.\nParagraph three.\nParagraph four.\n";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"IOException", "UncheckedIOException", "IOError"})
  void aFailureEndsTheStoriesForGood(String kind) throws IOException {
    int lines = (int) COPY.lines().count();
    for (int limit = 1; limit <= 14; limit++) {
      List<String> whole = new ArrayList<>();
      StorySplitter clean = splitter(limit, -1, kind);
      for (StoryLines s = clean.next(); s != null; s = clean.next()) {
        whole.add(summary(s));
      }
      for (int at = 0; at <= lines; at++) {
        String where = "limit " + limit + ", failing before line index " + at;
        StorySplitter splitter = splitter(limit, at, kind);
        List<String> before = new ArrayList<>();
        Throwable failure = assertThrows(Throwable.class, () -> {
          for (StoryLines s = splitter.next(); s != null; s = splitter.next()) {
            before.add(summary(s));
          }
        }, where);
        assertEquals(kind, failure.getClass().getSimpleName(), where);
        assertSame(failure, assertThrows(Throwable.class, splitter::next), "again, " + where);
        assertSame(failure, assertThrows(Throwable.class, splitter::next), "and again, " + where);
        assertTrue(before.size() <= whole.size(), where);
        assertEquals(whole.subList(0, before.size()), before, where);
      }
    }
  }

  private static StorySplitter splitter(int limit, int at, String kind) {
    LineReader lines = new FailingOnceLines(new StringLineReader(COPY, 1_000), at, () -> {
      IOException cause = new IOException("disk on fire");
      return switch (kind) {
        case "IOException" -> cause;
        case "UncheckedIOException" -> new UncheckedIOException(cause);
        default -> new IOError(cause);
      };
    });
    return new StorySplitter(lines, CLASSIFIER, limit);
  }

  private static String summary(StoryLines story) {
    StringBuilder s = new StringBuilder();
    for (Line line : story.lines()) {
      s.append(line.number()).append(':').append(line.text()).append('|');
    }
    return s + " " + story.diagnostics();
  }
}
