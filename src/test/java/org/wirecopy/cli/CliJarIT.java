package org.wirecopy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.wirecopy.synthetic.SyntheticArchive;

/** Runs the packaged CLI jar in its own JVM, as a user would. */
class CliJarIT {

  private static final Path CLI_JAR = Path.of(System.getProperty("wirecopy.cliJar"));
  private static final Path LIBRARY_JAR = Path.of(System.getProperty("wirecopy.libraryJar"));

  /** Where the runs' output goes; JUnit deletes it, so repeated builds leave nothing in /tmp. */
  @TempDir static Path scratch;

  record Result(int exit, String out, String err) {}

  private static Result java(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(CLI_JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(scratch, "wirecopy-out", ".txt");
    Path err = Files.createTempFile(scratch, "wirecopy-err", ".txt");
    Process p =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void parsesTheSeedStoryWithoutAnyLoggingNoise() throws Exception {
    Result r = java("testdata/cases/01-seed-harbour-ferry.txt");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err(), "no SLF4J warning, no stack trace");
    JsonNode story = new ObjectMapper().readTree(r.out());
    assertEquals("HARBOUR TOWN VOTES TO KEEP ITS LAST FERRY SERVICE", story.get("headline").asText());
  }

  @Test
  void exportsTheSeedStoryAsNinjsAndNitf() throws Exception {
    Result ninjs = java("--format", "ninjs3", "testdata/cases/01-seed-harbour-ferry.txt");
    assertEquals(0, ninjs.exit(), ninjs.err());
    JsonNode story = new ObjectMapper().readTree(ninjs.out());
    assertEquals("TRANSPORT Ferry", story.get("slugline").asText());
    Result nitf = java("--format", "nitf", "testdata/cases/01-seed-harbour-ferry.txt");
    assertEquals(0, nitf.exit(), nitf.err());
    assertEquals("", nitf.err());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(nitf.out().getBytes(StandardCharsets.UTF_8)));
    assertEquals("HARBOUR TOWN VOTES TO KEEP ITS LAST FERRY SERVICE",
        doc.getElementsByTagName("hl1").item(0).getTextContent());
  }

  /**
   * The tool writes to standard output's file descriptor, not through {@code System.out}, whose
   * PrintStream would swallow the error: a full disk is one line and exit code 2, not exit 0.
   */
  @Test
  void aFullDiskIsReportedAndExitTwo() throws Exception {
    File full = new File("/dev/full");
    Assumptions.assumeTrue(full.exists(), "/dev/full is Linux only");
    Path err = Files.createTempFile(scratch, "wirecopy-err", ".txt");
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
            CLI_JAR.toString(), "testdata/cases/01-seed-harbour-ferry.txt")
        .redirectOutput(full).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    assertEquals(2, p.exitValue());
    assertTrue(Files.readString(err).startsWith("wirecopy: cannot write output: "),
        Files.readString(err));
  }

  /**
   * A real pipe whose reader goes after one line, as {@code | head -1} does: the JVM ignores
   * SIGPIPE, so the tool sees a write error, which must end the run quietly and at once.
   */
  @Test
  void aReaderThatStopsReadingEndsTheRunQuietly() throws Exception {
    Path archive = scratch.resolve("archive.txt");
    Files.write(archive, SyntheticArchive.generate(11, 8L << 20));
    Path err = Files.createTempFile(scratch, "wirecopy-err", ".txt");
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
            CLI_JAR.toString(), "--jobs", "2", archive.toString())
        .redirectError(err.toFile()).start();
    String firstLine;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      firstLine = out.readLine();
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    assertTrue(firstLine.startsWith("{\"headline\":"), firstLine);
    assertEquals("", Files.readString(err));
    assertEquals(0, p.exitValue());
  }

  @Test
  void anUnreadableFileIsOneLineAndExitTwo() throws Exception {
    Result r = java("no-such-file.txt");
    assertEquals(2, r.exit());
    assertEquals("wirecopy: cannot read no-such-file.txt: no such file\n", r.err());
  }

  @Test
  void theLibraryJarBundlesNothing() throws Exception {
    try (JarFile jar = new JarFile(LIBRARY_JAR.toFile())) {
      List<String> foreign =
          jar.stream()
              .map(e -> e.getName())
              .filter(n -> n.endsWith(".class"))
              .filter(n -> !n.startsWith("org/wirecopy/") && !n.equals("module-info.class"))
              .toList();
      assertEquals(List.of(), foreign);
    }
    try (JarFile cli = new JarFile(CLI_JAR.toFile())) {
      assertFalse(cli.getManifest().getMainAttributes().getValue("Main-Class").isEmpty());
      assertTrue(cli.getEntry("org/slf4j/LoggerFactory.class") != null);
    }
    assertTrue(new File(CLI_JAR.toString()).length() > 0);
  }
}
