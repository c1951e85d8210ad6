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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.synthetic.FailingInput;
import org.wirecopy.synthetic.SyntheticArchive;

/**
 * Standard output that cannot be written ends the run at once: the rest of the input is not
 * parsed for nothing. A full disk is exit code 2 and one line on standard error, so the output is
 * never lost without a word; a reader that went away ({@code | head}) took what it wanted, and the
 * run ends quietly with the code of the inputs before it.
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

  private static final String BROKEN_PIPE = "Broken pipe";
  private static final String DISK_FULL = "No space left on device";

  /** Takes {@code room} bytes, then fails every write with the system's message. */
  private static final class FailingOutput extends OutputStream {
    private long room;
    private final String message;

    FailingOutput(long room, String message) {
      this.room = room;
      this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > room) {
        throw new IOException(message);
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
  void aReaderThatGoesAwayStopsTheRunQuietly(int jobs) {
    CountingInput stdin = new CountingInput(archive);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        run(stdin, new FailingOutput(200_000, BROKEN_PIPE), err, "--jobs", String.valueOf(jobs),
            "-");
    assertEquals(Main.OK, exit);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    // A few chunks at most are read ahead of the failed write, not the 16 MiB of the input.
    assertTrue(stdin.bytesRead() < archive.length / 2, stdin.bytesRead() + " bytes read");
  }

  /** The quiet end keeps what the inputs before it came to; the inputs after it are not read. */
  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {1, 2})
  void aReaderThatGoesAwayKeepsTheExitCodeOfEarlierInputs(int jobs) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = run(InputStream.nullInputStream(), new FailingOutput(200_000, BROKEN_PIPE), err,
        "--jobs", String.valueOf(jobs), "no-such-file.txt", file.toString(), "also-missing.txt");
    assertEquals(Main.USAGE_OR_IO, exit);
    assertEquals("wirecopy: cannot read no-such-file.txt: no such file\n",
        err.toString(StandardCharsets.UTF_8).replace("\r", ""));
  }

  /**
   * A strict rejection met before the pipe broke still counts, and its line is still printed,
   * though flushing the stories before it, first, fails.
   */
  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {1, 2})
  void aReaderThatGoesAwayKeepsARejectionFoundBefore(int jobs) throws IOException {
    String good = "HARBOUR VOTE\n\nPA\n\nPOLITICS Ferry\n\n02-Dec-2019 16:04:11\n\n"
        + "The ferry stays.\n\nENDS\n";
    Path rejected = dir.resolve("rejected.txt");
    Files.writeString(rejected, good.repeat(4) + "\fA LINE WITHOUT A HEADER\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = run(InputStream.nullInputStream(), new FailingOutput(0, BROKEN_PIPE), err,
        "--jobs", String.valueOf(jobs), "--strict", rejected.toString());
    assertEquals(Main.REJECTED, exit);
    String line = err.toString(StandardCharsets.UTF_8).replace("\r", "");
    assertTrue(line.matches("wirecopy: .*rejected.txt:\\d+:1: MISSING_SOURCE: [^\n]*\n"), line);
  }

  /**
   * A failure to read, met while batches of the stories before it were still being formatted:
   * writing them meets the reader gone, and the failure still counts and is told.
   */
  @Test
  void aReaderThatGoesAwayKeepsAReadFailureFoundBefore() {
    // About forty stories, then the failure: more than one batch of documents, and more than the
    // output buffer holds, so that the batch in flight is written when the failure is met.
    // It tells of bytes waiting up to the failure, so no pause in the feed flushes the output.
    InputStream stdin = new FailingInput(archive, 150_000, new IOException("disk on fire"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = run(stdin, new FailingOutput(0, BROKEN_PIPE), err, "--jobs", "2", "-");
    assertEquals(Main.USAGE_OR_IO, exit);
    assertEquals("wirecopy: cannot read -: disk on fire\n",
        err.toString(StandardCharsets.UTF_8).replace("\r", ""));
  }

  /** Another failure, or a broken pipe told in a language the tool does not know, is one line. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Input/output error", "Datenübergabe unterbrochen"})
  void anyOtherWriteFailureIsOneLineAndExitTwo(String message) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        run(new ByteArrayInputStream(archive), new FailingOutput(200_000, message), err, "-");
    assertEquals(Main.USAGE_OR_IO, exit);
    assertEquals("wirecopy: cannot write output: " + message + "\n",
        err.toString(StandardCharsets.UTF_8).replace("\r", ""));
  }

  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {1, 2})
  void aFullDiskIsNoReadErrorAndEndsEveryInput(int jobs) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = run(InputStream.nullInputStream(), new FailingOutput(0, DISK_FULL), err,
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
    int exit = run(InputStream.nullInputStream(), new FailingOutput(0, DISK_FULL), err, args);
    assertEquals(Main.USAGE_OR_IO, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("wirecopy: cannot write output"));
  }
}
