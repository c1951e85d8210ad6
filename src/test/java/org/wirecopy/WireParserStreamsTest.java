package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecopy.synthetic.SyntheticArchive;

/**
 * Every overload of {@code stories} gives the stories {@code parseAll} gives, on one thread or
 * several, and refuses fewer than one job before it opens anything.
 */
class WireParserStreamsTest {

  private static final WireParser PARSER = WireParser.builder().build();
  private static final byte[] ARCHIVE = SyntheticArchive.generate(5, 64 * 1024);
  private static final String TEXT = new String(ARCHIVE, StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void everyOverloadGivesTheStoriesParseAllGives() throws Exception {
    List<ParseResult> expected = PARSER.parseAll(TEXT);
    assertTrue(expected.size() > 10, "an archive of several stories");
    Path file = dir.resolve("archive.txt");
    Files.write(file, ARCHIVE);
    assertEquals(expected, read(PARSER.stories(TEXT)), "String");
    assertEquals(expected, read(PARSER.stories(file)), "Path");
    assertEquals(expected, read(PARSER.stories(new ByteArrayInputStream(ARCHIVE))), "InputStream");
    assertEquals(expected, read(PARSER.stories(new StringReader(TEXT))), "Reader");
    for (int jobs : new int[] {1, 2}) {
      assertEquals(expected, read(PARSER.stories(file, jobs)), "Path, jobs " + jobs);
      assertEquals(expected, read(PARSER.stories(new ByteArrayInputStream(ARCHIVE), jobs)),
          "InputStream, jobs " + jobs);
      assertEquals(expected, read(PARSER.stories(new StringReader(TEXT), jobs)),
          "Reader, jobs " + jobs);
    }
  }

  @Test
  void fewerThanOneJobIsRefusedBeforeAnythingIsOpened() {
    Path missing = dir.resolve("no-such-file.txt");
    // Refused for the number of jobs, not for the missing file: nothing was opened.
    String why = "jobs must be at least 1";
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PARSER.stories(missing, 0))
        .getMessage().startsWith(why));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> PARSER.stories(new ByteArrayInputStream(ARCHIVE), 0)).getMessage().startsWith(why));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> PARSER.stories(new StringReader(TEXT), -1)).getMessage().startsWith(why));
    assertThrows(NoSuchFileException.class, () -> PARSER.stories(missing, 1));
    assertThrows(NoSuchFileException.class, () -> PARSER.stories(missing));
  }

  @Test
  void aFileThatCannotBeReadIsClosedAgain() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "counts open files through /proc (Linux)");
    // A directory opens on Linux but fails at the first read: the stream must not stay open.
    long before = count(fds);
    for (int i = 0; i < 50; i++) {
      assertThrows(IOException.class, () -> PARSER.stories(dir));
      assertThrows(IOException.class, () -> PARSER.stories(dir, 2));
    }
    assertTrue(count(fds) - before < 20, "open files before " + before + ", after " + count(fds));
  }

  private static long count(Path fds) throws IOException {
    try (var files = Files.list(fds)) {
      return files.count();
    }
  }

  private static List<ParseResult> read(StoryStream stream) throws IOException, WireFormatException {
    assertNotNull(stream);
    List<ParseResult> all = new ArrayList<>();
    try (stream) {
      for (ParseResult r = stream.nextStory(); r != null; r = stream.nextStory()) {
        all.add(r);
      }
    }
    return all;
  }
}
