package org.wirecopy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY =
      "HARBOUR VOTE\n\nPA\n\nTRANSPORT Ferry\n\n02-Jul-2019 16:04:11\n\nThe ferry stays.\n";

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {
    List<JsonNode> stories() throws Exception {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isEmpty()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
    }
  }

  private static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void printsOneJsonObjectPerStory() throws Exception {
    Path f = file("archive.txt", STORY + "\nends\n\f" + STORY);
    Run r = run("", f.toString());
    assertEquals(0, r.exit());
    assertEquals("", r.err());
    List<JsonNode> stories = r.stories();
    assertEquals(2, stories.size());
    JsonNode first = stories.get(0);
    assertEquals("HARBOUR VOTE", first.get("headline").asText());
    assertEquals("2019-07-02T15:04:11Z", first.get("timestamp").get("instant").asText());
    assertEquals("2019-07-02T16:04:11", first.get("timestamp").get("local").asText());
    assertTrue(first.get("byline").isNull());
    assertTrue(first.get("pages").isArray());
    assertEquals("ends", first.get("end").asText());
    assertEquals(0, stories.get(1).get("diagnostics").size());
    assertEquals("HARBOUR VOTE", stories.get(1).get("headline").asText());
  }

  @Test
  void everyKeyIsAlwaysPresent() throws Exception {
    Run r = run("just one line\n", "-");
    JsonNode story = r.stories().get(0);
    List<String> keys = new ArrayList<>();
    story.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of("headline", "headlineRaw", "source", "slug", "timestamp", "byline", "embargo",
            "pages", "paragraphs", "end", "notes", "unrecognised", "diagnostics"),
        keys);
    JsonNode d = story.get("diagnostics").get(0);
    assertEquals(List.of("severity", "code", "message", "line", "column"),
        iterate(d.fieldNames()));
  }

  private static List<String> iterate(java.util.Iterator<String> it) {
    List<String> list = new ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }

  @Test
  void readsStandardInput() throws Exception {
    Run r = run(STORY, "-");
    assertEquals(0, r.exit());
    assertEquals("HARBOUR VOTE", r.stories().get(0).get("headline").asText());
  }

  @Test
  void anEmptyInputPrintsNothing() {
    Run r = run("", "-");
    assertEquals(0, r.exit());
    assertEquals("", r.out());
  }

  @Test
  void aMissingFileIsExitTwoWithOneLine() throws Exception {
    Path ok = file("ok.txt", STORY);
    Run r = run("", dir.resolve("nope.txt").toString(), ok.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count());
    assertTrue(r.err().startsWith("wirecopy: cannot read "), r.err());
    assertEquals(1, r.stories().size(), "the readable file is still printed");
  }

  @Test
  void aDirectoryIsExitTwo() {
    Run r = run("", dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("directory"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void usageErrorsAreExitTwo() {
    for (String[] args :
        List.of(new String[] {}, new String[] {"--bogus", "x"}, new String[] {"--format", "xml", "x"},
            new String[] {"--format", "NINJS", "x"}, new String[] {"--format"},
            new String[] {"--zone", "Mars/Base", "x"}, new String[] {"--zone"},
            new String[] {"--strict=yes", "x"}, new String[] {"--source", " ", "x"})) {
      Run r = run("", args);
      assertEquals(2, r.exit(), String.join(" ", args));
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("wirecopy: "), r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void strictRejectionIsExitOneWithWhereAndWhy() throws Exception {
    Path f = file("bad.txt", "HEADLINE\n\nPA\n\nThe ferry stays.\n");
    Run r = run("", "--strict", f.toString());
    assertEquals(1, r.exit());
    assertEquals("wirecopy: " + f + ":1:1: MISSING_SLUG: the story has no slug\n", r.err());
    Run lenient = run("", f.toString());
    assertEquals(0, lenient.exit());
    assertEquals(2, lenient.stories().get(0).get("diagnostics").size());
  }

  @Test
  void zoneAndSourceOptions() throws Exception {
    Run utc = run(STORY, "--zone", "UTC", "-");
    assertEquals("2019-07-02T16:04:11Z", utc.stories().get(0).get("timestamp").get("instant").asText());
    Run other = run(STORY.replace("\nPA\n", "\nWire Desk\n"), "--source=Wire Desk,Agency", "-");
    assertEquals("Wire Desk", other.stories().get(0).get("source").asText());
    Run defaults = run(STORY.replace("\nPA\n", "\nWire Desk\n"), "-");
    assertTrue(defaults.stories().get(0).get("source").isNull());
  }

  @Test
  void wireFormatPrintsCanonicalText() {
    Run r = run("\n\n" + STORY, "--format", "wire", "-");
    assertEquals(0, r.exit());
    assertEquals(STORY, r.out());
  }

  @Test
  void ninjsFormatsPrintOneObjectPerStory() throws Exception {
    Path f = file("archive.txt", STORY + "\nends\n\f" + STORY.replace("Ferry", "Harbour"));
    Run v2 = run("", "--format", "ninjs", f.toString());
    assertEquals(0, v2.exit());
    assertEquals("", v2.err());
    List<JsonNode> stories = v2.stories();
    assertEquals(2, stories.size());
    assertEquals("urn:wirecopy:pa:transport-ferry:20190702T150411Z", stories.get(0).get("uri").asText());
    assertEquals("2019-07-02T16:04:11+01:00", stories.get(0).get("versioncreated").asText());
    assertEquals("TRANSPORT Harbour", stories.get(1).get("slugline").asText());
    Run v3 = run(STORY, "--format=ninjs3", "-");
    assertEquals("2019-07-02T16:04:11+01:00", v3.stories().get(0).get("versionCreated").asText());
    assertFalse(v3.stories().get(0).has("versioncreated"));
  }

  @Test
  void nitfFormatPrintsOneDocumentPerStory() throws Exception {
    Path f = file("archive.txt", STORY + "\nends\n\f" + STORY);
    Run r = run("", "--format", "nitf", f.toString());
    assertEquals(0, r.exit());
    assertEquals("", r.err());
    String[] documents = r.out().split("\f\n");
    assertEquals(2, documents.length);
    for (String document : documents) {
      assertTrue(document.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf"), document);
      assertTrue(document.contains("<hl1>HARBOUR VOTE</hl1>"), document);
      assertTrue(document.contains("<date.issue norm=\"20190702T160411+0100\"/>"), document);
    }
  }

  @Test
  void nitfReportsReplacedCharactersOnStandardError() throws Exception {
    Run r = run(STORY.replace("stays.", "stays\uFFFF."), "--format", "nitf", "-");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("<p>The ferry stays\uFFFD.</p>"), r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("wirecopy: -:9: WARNING XML_CHARACTER_REPLACED: paragraphs[0]: "),
        r.err());
  }

  @Test
  void helpAndVersion() {
    Run help = run("", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--strict"));
    for (String format : List.of("json", "wire", "ninjs", "ninjs3", "nitf")) {
      assertTrue(help.out().contains("  " + format + "  "), format);
    }
    Run version = run("", "--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("wirecopy "));
    assertFalse(version.out().contains("unknown"), version.out());
  }

  @Test
  void writesValidJsonForAwkwardText() throws Exception {
    Run r = run("QUOTE \"\\\u2028\u2029\t\u007f\n\nPA\n", "-");
    JsonNode story = r.stories().get(0);
    assertEquals("QUOTE \"\\\u2028\u2029", story.get("headline").asText());
    assertFalse(r.out().contains("\u2028"), "U+2028 is escaped");
  }
}
