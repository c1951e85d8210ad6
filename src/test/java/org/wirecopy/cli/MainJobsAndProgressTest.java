package org.wirecopy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecopy.synthetic.SyntheticArchive;

/** {@code --jobs} and the progress line on standard error. */
class MainJobsAndProgressTest {

  @TempDir static Path dir;
  private static Path archive;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void writeArchive() throws Exception {
    archive = dir.resolve("archive.txt");
    Files.write(archive, SyntheticArchive.generate(3, 512 * 1024));
  }

  private static Run run(boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Every core but one, so the main thread and the JIT compiler keep one; never none. */
  @Test
  void theDefaultLeavesOneCoreForTheMainThread() {
    assertEquals(1, Options.defaultJobs(1));
    assertEquals(1, Options.defaultJobs(2));
    assertEquals(3, Options.defaultJobs(4));
    assertEquals(Options.defaultJobs(Runtime.getRuntime().availableProcessors()),
        Options.DEFAULT_JOBS);
  }

  /**
   * Standard input gets one job unless {@code --jobs} says otherwise, whatever the default for
   * files: several jobs read a megabyte before the first story, and a live feed would show nothing
   * for hours (LiveInputTest shows the feed with the default).
   */
  @Test
  void standardInputGetsOneJobUnlessJobsIsGiven() throws Exception {
    Options byDefault = Options.parse(new String[] {"-", "archive.txt"}, 7);
    assertEquals(1, byDefault.jobsFor("-"));
    assertEquals(7, byDefault.jobsFor("archive.txt"));
    Options given = Options.parse(new String[] {"--jobs", "3", "-", "archive.txt"}, 7);
    assertEquals(3, given.jobsFor("-"));
    assertEquals(3, given.jobsFor("archive.txt"));
    assertEquals(Options.DEFAULT_JOBS, Options.parse(new String[] {"a.txt"}).jobsFor("a.txt"));
  }

  @Test
  void anyNumberOfJobsPrintsTheSameStoriesInTheSameOrder() {
    Run one = run(false, "--jobs", "1", archive.toString());
    assertEquals(0, one.exit());
    assertTrue(one.out().lines().count() > 50, "an archive of many stories");
    for (String jobs : List.of("2", "3", "16")) {
      Run many = run(false, "--jobs=" + jobs, archive.toString());
      assertEquals(0, many.exit());
      assertEquals(one.out(), many.out(), "--jobs " + jobs);
    }
    assertEquals(one.out(), run(false, archive.toString()).out(), "the default");
  }

  @Test
  void everyFormatIsTheSameForAnyNumberOfJobs() {
    for (String format : List.of("wire", "nitf", "ninjs", "ninjs3")) {
      Run one = run(false, "--jobs", "1", "--format", format, archive.toString(), archive.toString());
      assertEquals(0, one.exit(), format);
      // Two inputs: the separator rule restarts with each one, whichever batch it falls in.
      assertTrue(one.out().length() > 100_000, format);
      for (String jobs : List.of("2", "5")) {
        Run many = run(false, "--jobs", jobs, "--format", format, archive.toString(),
            archive.toString());
        assertEquals(one.out(), many.out(), format + ", --jobs " + jobs);
        assertEquals(one.err(), many.err(), format + ", --jobs " + jobs);
      }
    }
  }

  @Test
  void aStrictRejectionComesAfterEveryStoryBeforeIt() throws Exception {
    // Many good stories, then one without a source line: strict mode rejects it, having printed
    // every story before it, whatever the number of jobs.
    String good = "HEADLINE %d\n\nPA\n\nPOLICE Test\n\n10-May-2019 10:57:56\n\nText %d.\n\nENDS\n\n";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      text.append(String.format(good, i, i));
    }
    text.append("BROKEN STORY\n\nPOLICE Test\n\n10-May-2019 10:57:56\n\nText.\n\nENDS\n");
    Path file = dir.resolve("strict.txt");
    Files.writeString(file, text);
    Run one = run(false, "--jobs", "1", "--strict", file.toString());
    assertEquals(1, one.exit(), one.err());
    assertEquals(100, one.out().lines().count());
    for (String jobs : List.of("2", "4")) {
      Run many = run(false, "--jobs", jobs, "--strict", file.toString());
      assertEquals(one.exit(), many.exit());
      assertEquals(one.out(), many.out(), "--jobs " + jobs);
      assertEquals(one.err(), many.err(), "--jobs " + jobs);
    }
  }

  @Test
  void jobsMustBeAPositiveNumber() {
    for (String[] args : List.of(new String[] {"--jobs", "0", "x"}, new String[] {"--jobs", "two", "x"},
        new String[] {"--jobs"}, new String[] {"--jobs=-1", "x"}, new String[] {"--progress=yes", "x"})) {
      Run r = run(false, args);
      assertEquals(2, r.exit(), String.join(" ", args));
      assertEquals(1, r.err().lines().count(), r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void aTerminalGetsAProgressLineThatEndsWithTheTotals() {
    Run quiet = run(false, archive.toString());
    Run shown = run(true, archive.toString());
    assertEquals("", quiet.err(), "piped: quiet");
    assertEquals(quiet.out(), shown.out(), "progress never touches standard output");
    long stories = shown.out().lines().count();
    String last = shown.err().substring(shown.err().lastIndexOf('\r') + 1);
    assertTrue(last.startsWith(archive + ": 0.5 MiB (100%), " + stories + " stories, "), last);
    assertTrue(last.contains(" stories/s, ") && last.endsWith(" MiB/s\n"), last);
  }

  @Test
  void progressCanBeForcedOnOrOff() {
    assertEquals("", run(true, "--no-progress", archive.toString()).err());
    assertTrue(run(false, "--progress", archive.toString()).err().contains(" stories, "));
  }
}
