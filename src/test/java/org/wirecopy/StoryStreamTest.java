package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryStreamTest {

  private static final String STORY = "HEADLINE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nText.\n";
  private static final String ARCHIVE = STORY + "ends\n" + STORY + "\f" + STORY;

  @Test
  void readsTheSameStoriesAsParseAll() throws Exception {
    WireParser parser = WireParser.builder().build();
    List<ParseResult> streamed = new ArrayList<>();
    try (StoryStream stories = parser.stories(new StringReader(ARCHIVE))) {
      for (ParseResult r : stories) {
        streamed.add(r);
      }
    }
    assertEquals(parser.parseAll(ARCHIVE), streamed);
    assertEquals(3, streamed.size());
    assertEquals(8, streamed.get(1).article().headline().get().span().firstLine());
  }

  @Test
  void nextStoryReturnsNullAtTheEndAndTheStreamViewCloses() throws Exception {
    WireParser parser = WireParser.builder().build();
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(ARCHIVE.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    StoryStream stories = parser.stories(in);
    assertTrue(stories.nextStory() != null);
    try (var rest = stories.stream()) {
      assertEquals(2, rest.count());
    }
    assertTrue(closed[0]);
    assertNull(stories.nextStory());
  }

  @Test
  void aStrictStreamStopsAtTheFirstError() throws Exception {
    WireParser strict = WireParser.builder().strict(true).build();
    String archive = STORY + "ends\nBROKEN\nPA\nPOLICE Abuse\n\nText.\n";
    try (StoryStream stories = strict.stories(new StringReader(archive))) {
      assertTrue(stories.nextStory() != null);
      WireFormatException e = assertThrows(WireFormatException.class, stories::nextStory);
      assertEquals(DiagnosticCode.MISSING_TIMESTAMP, e.code());
      assertEquals(8, e.line());
    }
    try (StoryStream stories = strict.stories(new StringReader(archive))) {
      UncheckedWireFormatException e =
          assertThrows(UncheckedWireFormatException.class, () -> stories.stream().count());
      assertEquals(DiagnosticCode.MISSING_TIMESTAMP, e.getCause().code());
    }
  }
}
