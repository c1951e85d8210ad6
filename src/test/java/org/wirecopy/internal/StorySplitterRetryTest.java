package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.WireParser;

/**
 * The splitter met by the one failure that passes, the reading thread's interrupt while it waits
 * for lines read ahead, before each line in turn: called again, it gives the very stories it gives
 * without the interrupt, lines, numbers and notes alike, however far into a story it was.
 */
class StorySplitterRetryTest {

  private static final LineClassifier CLASSIFIER =
      new LineClassifier(WireParser.DEFAULT_SOURCES, WireParser.DEFAULT_AFFILIATION_WORDS);

  /** Stories cut at the limit, one of them just before a run of blank lines longer than it. */
  private static final String COPY = story(0, 3) + story(1, 20)
      + story(2, 7).replace("ENDS\n", "\n".repeat(40) + "Paragraph on after the blanks.\nENDS\n")
      + "\fnotes before a form feed\n\f\n" + story(3, 2) + story(4, 15);

  @ParameterizedTest(name = "story limit {0}")
  @ValueSource(ints = {12, 200_000})
  void anInterruptBeforeAnyLineLosesNothing(int limit) throws IOException {
    List<String> expected = split(COPY, limit, -1);
    assertTrue(expected.size() >= 5, expected.toString());
    int lines = (int) COPY.lines().count();
    for (int at = 0; at <= lines; at++) {
      assertEquals(expected, split(COPY, limit, at), "interrupted before line index " + at);
    }
  }

  /** Every story's lines (number, text) and notes, with an interrupt before line index {@code at}. */
  private static List<String> split(String text, int limit, int at) throws IOException {
    LineReader lines = new FailingOnceLines(
        new StringLineReader(text, 1_000), at, ReadAheadLineReader.WaitInterrupted::new);
    StorySplitter splitter = new StorySplitter(lines, CLASSIFIER, limit);
    List<String> stories = new ArrayList<>();
    while (true) {
      StoryLines story;
      try {
        story = splitter.next();
      } catch (ReadAheadLineReader.WaitInterrupted e) {
        continue;
      }
      if (story == null) {
        return stories;
      }
      StringBuilder s = new StringBuilder();
      for (Line line : story.lines()) {
        s.append(line.number()).append(':').append(line.text()).append('|');
      }
      stories.add(s + " " + story.diagnostics());
    }
  }

  private static String story(int n, int bodyLines) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < bodyLines; i++) {
      body.append("Paragraph ").append(i).append(" of story ").append(n).append(".\n");
    }
    return "STORY " + n + "\nPA\nPOLICE Abuse\n10-May-2019 10:" + (10 + n) + ":56\n\n" + body
        + "ENDS\n";
  }
}
