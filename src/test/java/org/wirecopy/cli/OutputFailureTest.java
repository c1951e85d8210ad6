package org.wirecopy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.synthetic.SyntheticArchive;

/**
 * Standard output that cannot be written (a full disk, a reader that went away, as in {@code |
 * head}) ends the run at once with exit code 2 and one line on standard error; the rest of the
 * input is not parsed for nothing, and the output is never lost without a word.
 */
class OutputFailureTest {

  @TempDir static Path dir;
  private static byte[] archive;
  private static Path file;

  @BeforeAll
  static void writeArchive() throws IOException {
    archive = SyntheticArchive.generate(5, 16L << 20);
    file = dir.resolve("archive.txt");
    Files.write(file, archive);
  }

  /** Takes {@code room} bytes, then fails every write, as a pipe whose reader has gone does. */
  private static final class FailingOutput extends OutputStream {
    private long room;

    FailingOutput(long room) {
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > room) {
        throw new IOException("Broken pipe");
      }
      room -= len;
    }
  }

  /** Standard input that counts what was read from it. */
  private static final class CountingInput extends ByteArrayInputStream {
    CountingInput(byte[] bytes) {
      super(bytes);
    }

    long bytesRead() {
      return pos;
    }
  }

  private static int run(InputStream stdin, OutputStream stdout, ByteArrayOutputStream err,
      String... args) {
    return Main.run(args, stdin, stdout, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {1, 2})
  void aReaderThatGoesAwayStopsTheRun(int jobs) {
    CountingInput stdin = new CountingInput(archive);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = run(stdin, new FailingOutput(200_000), err, "--jobs", String.valueOf(jobs), "-");
    assertEquals(Main.USAGE_OR_IO, exit);
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals("wirecopy: cannot write output: Broken pipe\n", message.replace("\r", ""));
    // A few chunks at most are read ahead of the failed write, not the 16 MiB of the input.
    assertTrue(stdin.bytesRead() < archive.length / 2, stdin.bytesRead() + " bytes read");
  }

  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {1, 2})
  void aFullDiskIsNoReadErrorAndEndsEveryInput(int jobs) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = run(InputStream.nullInputStream(), new FailingOutput(0), err,
        "--jobs", String.valueOf(jobs), file.toString(), file.toString());
    assertEquals(Main.USAGE_OR_IO, exit);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.startsWith("wirecopy: cannot write output: "), message);
    assertFalse(message.contains("cannot read"), message);
    assertEquals(1, message.lines().count(), "one line for both inputs: " + message);
  }

  /** Output small enough to wait in the buffer until the end fails only at the last flush. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"story", "--version"})
  void outputThatFailsAtTheLastFlushIsAFailure(String what) throws IOException {
    Path story = dir.resolve("story.txt");
    Files.writeString(story, "HARBOUR VOTE\n\nPA\n\nThe ferry stays.\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = what.equals("story") ? new String[] {story.toString()} : new String[] {what};
    int exit = run(InputStream.nullInputStream(), new FailingOutput(0), err, args);
    assertEquals(Main.USAGE_OR_IO, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("wirecopy: cannot write output"));
  }
}
