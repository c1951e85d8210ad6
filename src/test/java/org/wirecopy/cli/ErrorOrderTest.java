package org.wirecopy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.synthetic.FailingInput;
import org.wirecopy.synthetic.SyntheticArchive;

/**
 * An error ends an input only after the stories read before it are written, and its line on
 * standard error comes after them, as on a terminal that shows both.
 */
class ErrorOrderTest {

  @TempDir static Path dir;

  private static final String GOOD =
      "HARBOUR VOTE\n\nPA\n\nTRANSPORT Ferry\n\n02-Jul-2019 16:04:11\n\nThe ferry stays.\n\nends\n";
  private static final String NO_SLUG = "HEADLINE\n\nPA\n\nThe bus stays.\n";

  /** Standard output and standard error into one stream, as a terminal shows them. */
  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {1, 2})
  void aStrictRejectionComesAfterTheStoriesBeforeIt(int jobs) throws IOException {
    Path file = dir.resolve("two.txt");
    Files.writeString(file, GOOD + NO_SLUG, StandardCharsets.UTF_8);
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(both, true, StandardCharsets.UTF_8);
    int exit = Main.run(new String[] {"--strict", "--jobs", String.valueOf(jobs), file.toString()},
        InputStream.nullInputStream(), both, err);
    assertEquals(Main.REJECTED, exit);
    String shown = both.toString(StandardCharsets.UTF_8);
    int story = shown.indexOf("{\"headline\":\"HARBOUR VOTE\"");
    int rejection = shown.indexOf(file + ":12:1: MISSING_SLUG");
    assertTrue(story >= 0 && rejection > story, shown);
  }

  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {1, 2, 3})
  void aReadFailureWritesTheStoriesReadBeforeIt(int jobs) {
    byte[] archive = SyntheticArchive.generate(7, 3L << 20);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String printed = printedBeforeFailure(archive, jobs, err);
    assertEquals("wirecopy: cannot read -: disk gone\n",
        err.toString(StandardCharsets.UTF_8).replace("\r", ""));
    // What one job prints, story by story as it reads them; and nearly all of the archive: only
    // the story the failure cut short is missing.
    assertEquals(printedBeforeFailure(archive, 1, new ByteArrayOutputStream()), printed);
    long stories = printed.lines().count();
    long all = expectedStories(archive);
    assertTrue(stories >= all - 1 && stories <= all, stories + " of " + all + " stories printed");
  }

  /**
   * An error from the input (here a StackOverflowError, at 1 MiB of UTF-16) is an internal error,
   * reported after the stories read before it, which two jobs write as one does. Two jobs used to
   * write none of the batches still being formatted.
   */
  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {2, 3})
  void anErrorFromTheInputWritesTheStoriesReadBeforeIt(int jobs) {
    byte[] text = SyntheticArchive.generate(9, 2L << 20);
    byte[] utf16 = ("\uFEFF" + new String(text, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_16BE);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String printed = printedBeforeError(utf16, jobs, err);
    assertEquals("wirecopy: internal error while reading -: java.lang.StackOverflowError\n",
        err.toString(StandardCharsets.UTF_8).replace("\r", ""));
    String oneJob = printedBeforeError(utf16, 1, new ByteArrayOutputStream());
    assertTrue(oneJob.lines().count() > 100, oneJob.lines().count() + " stories");
    assertEquals(oneJob, printed);
  }

  private static String printedBeforeError(byte[] input, int jobs, ByteArrayOutputStream err) {
    InputStream failing = new InputStream() {
      private final ByteArrayInputStream in = new ByteArrayInputStream(input);
      private int read;

      @Override
      public int read() {
        throw new UnsupportedOperationException("reads in blocks");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (read >= 1 << 20) {
          throw new StackOverflowError();
        }
        int n = in.read(b, off, Math.min(len, (1 << 20) - read));
        read += Math.max(n, 0);
        return n;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = Main.run(new String[] {"--jobs", String.valueOf(jobs), "-"}, failing, out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(Main.USAGE_OR_IO, exit);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String printedBeforeFailure(byte[] archive, int jobs, ByteArrayOutputStream err) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = Main.run(new String[] {"--jobs", String.valueOf(jobs), "-"},
        new FailingInput(archive, archive.length, new IOException("disk gone")), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(Main.USAGE_OR_IO, exit);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The stories of the whole archive, read without failure. */
  private static long expectedStories(byte[] archive) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(new String[] {"--jobs", "1", "-"}, new ByteArrayInputStream(archive), out,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8).lines().count();
  }
}
