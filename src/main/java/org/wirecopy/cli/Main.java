package org.wirecopy.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.wirecopy.ParseResult;
import org.wirecopy.StoryStream;
import org.wirecopy.WireFormatException;
import org.wirecopy.WireParser;
import org.wirecopy.write.JsonArticleWriter;
import org.wirecopy.write.NinjsVersion;
import org.wirecopy.write.NinjsWriter;
import org.wirecopy.write.NitfWriter;
import org.wirecopy.write.WireTextWriter;
import org.wirecopy.write.WriteResult;
import org.wirecopy.write.WriteWarning;

/**
 * The command line: {@code wirecopy [options] FILE...} prints one JSON object per story, or the
 * story in the format {@code --format} names.
 *
 * <p>Exit codes: 0 when every input was read (warnings and ERROR diagnostics included), 1 when
 * {@code --strict} rejects an input, 2 for a usage error, an unreadable file or output that cannot
 * be written (which ends the run at once). Errors are one line on standard error, never a stack
 * trace. A reader of standard output that stops reading ({@code | head}) ends the run at once and
 * quietly, with the code of the inputs read before it.
 */
public final class Main {

  static final int OK = 0;
  static final int REJECTED = 1;
  static final int USAGE_OR_IO = 2;

  /** What stands between two documents that cannot share a line (wire text, NITF). */
  private static final byte[] FORM_FEED_LINE = {'\f', '\n'};

  private final InputStream stdin;
  private final PrintStream stderr;
  private final boolean stderrIsTerminal;
  /** Standard output, buffered: documents arrive as UTF-8 bytes. */
  private final OutputStream out;
  /** The exit code of the inputs read to the end so far. */
  private int exitSoFar = OK;

  private Main(InputStream stdin, OutputStream stdout, PrintStream stderr, boolean stderrIsTerminal) {
    this.stdin = stdin;
    this.stderr = stderr;
    this.stderrIsTerminal = stderrIsTerminal;
    this.out = new BufferedOutputStream(stdout, 1 << 16);
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    // Not System.out: a PrintStream swallows write errors, so a full disk would lose the output
    // without a word, and a reader that went away (| head) would leave the whole input to parse.
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    System.exit(run(args, System.in, stdout, err, Terminal.isStandardError()));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param stdin standard input, for {@code -}
   * @param stdout where the stories go
   * @param stderr where errors go
   * @return the exit code
   */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
    return run(args, stdin, stdout, stderr, false);
  }

  /**
   * Runs the command line.
   *
   * @param stderrIsTerminal whether standard error is a terminal, where progress is shown
   */
  static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr,
      boolean stderrIsTerminal) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (Options.UsageException e) {
      stderr.println("wirecopy: " + e.getMessage() + " (see --help)");
      return USAGE_OR_IO;
    }
    Main main = new Main(stdin, stdout, stderr, stderrIsTerminal);
    int exit;
    try {
      if (options.help()) {
        main.out.write(Options.HELP.getBytes(StandardCharsets.UTF_8));
        exit = OK;
      } else if (options.version()) {
        main.out.write(("wirecopy " + Version.get() + "\n").getBytes(StandardCharsets.UTF_8));
        exit = OK;
      } else {
        exit = main.readAll(options);
      }
      main.out.flush();
    } catch (IOException e) {
      // Output that cannot be written: nothing after it could be either, so the run stops here.
      if (isBrokenPipe(e)) {
        // The reader took what it wanted and went (| head): no error of ours, and a line about it
        // would only stand among the output it did show. Tools killed by SIGPIPE are quiet too.
        return main.exitSoFar;
      }
      stderr.println("wirecopy: cannot write output: " + e.getMessage());
      return USAGE_OR_IO;
    }
    return exit;
  }

  /**
   * Whether writing failed because the reader of a pipe closed it. Java has no error code for
   * that, only the system's message: EPIPE's on Linux and macOS, and the two Windows errors for a
   * pipe whose reader has gone. A message in another language falls back to the error line.
   */
  private static boolean isBrokenPipe(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("broken pipe")
        || message.contains("pipe is being closed")
        || message.contains("pipe has been ended");
  }

  private int readAll(Options options) throws IOException {
    WireParser parser = options.parser();
    // With several jobs, documents are formatted on workers of their own beside the parser's.
    ExecutorService formatters =
        options.jobs() > 1 ? Executors.newFixedThreadPool(options.jobs(), daemonThreads()) : null;
    try {
      for (String file : options.files()) {
        exitSoFar = Math.max(exitSoFar, read(parser, file, options, formatters));
      }
      return exitSoFar;
    } finally {
      if (formatters != null) {
        formatters.shutdownNow();
      }
    }
  }

  /** Daemon threads: an error on the main thread must never leave the process waiting. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "wirecopy-format-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Reads one input, printing each story as soon as it is read; returns its exit code. */
  private int read(WireParser parser, String file, Options options, ExecutorService formatters)
      throws IOException {
    OutputFormat format = options.format();
    boolean showProgress = options.progress() != null ? options.progress() : stderrIsTerminal;
    Progress progress = showProgress ? new Progress(stderr, file, sizeOf(file)) : null;
    // Standard input may be a feed that pauses between stories; a file never does.
    boolean liveInput = Options.isStandardInput(file);
    int jobs = options.jobsFor(file);
    OutputPipeline output = new OutputPipeline(
        (batch, opensInput) -> format(file, batch, format, opensInput), this::write,
        jobs > 1 ? formatters : null, jobs);
    try (StoryStream stories = parser.stories(open(file, progress), jobs)) {
      try {
        for (ParseResult story = nextStory(stories, output); story != null;
            story = nextStory(stories, output)) {
          output.add(story);
          if (progress != null) {
            progress.story();
          }
          if (liveInput && nothingWaiting()) {
            // The next read may wait for a live feed: show what is ready before waiting.
            output.finish();
            flushOutput();
          }
        }
        output.finish();
      } finally {
        // The progress line ends before any error message, which then stands on its own line.
        if (progress != null) {
          progress.finish();
        }
      }
      return OK;
    } catch (OutputFailed e) {
      // The input's own failure, met just before the output failed, still counts and is told.
      for (Throwable met : e.getSuppressed()) {
        InputFailure failure = inputFailure(file, met);
        exitSoFar = Math.max(exitSoFar, failure.code());
        stderr.println("wirecopy: " + failure.message());
      }
      throw e;
    } catch (WireFormatException | IOException | RuntimeException | StackOverflowError
        | OutOfMemoryError e) {
      InputFailure failure = inputFailure(file, e);
      // Counted before the line is written, which may meet a reader that went away.
      exitSoFar = Math.max(exitSoFar, failure.code());
      reportError(failure.message());
      return failure.code();
    }
  }

  /** What a failure to read an input comes to: its exit code and its line on standard error. */
  private record InputFailure(int code, String message) {}

  private static InputFailure inputFailure(String file, Throwable e) {
    if (e instanceof WireFormatException rejected) {
      return new InputFailure(REJECTED, file + ":" + rejected.line() + ":" + rejected.column()
          + ": " + rejected.code() + ": " + rejected.diagnostic().message());
    }
    if (e instanceof NoSuchFileException) {
      return new InputFailure(USAGE_OR_IO, "cannot read " + file + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new InputFailure(USAGE_OR_IO, "cannot read " + file + ": permission denied");
    }
    if (e instanceof IOException) {
      String why =
          Files.isDirectory(Path.of(file)) ? "it is a directory" : String.valueOf(e.getMessage());
      return new InputFailure(USAGE_OR_IO, "cannot read " + file + ": " + why);
    }
    return new InputFailure(USAGE_OR_IO, "internal error while reading " + file + ": " + e);
  }

  /**
   * One line on standard error, after the documents before it: standard output is flushed first,
   * so that on a terminal showing both the line follows the stories it comes after. The line is
   * written even when the flush fails.
   */
  private void reportError(String message) throws OutputFailed {
    try {
      flushOutput();
    } finally {
      stderr.println("wirecopy: " + message);
    }
  }

  /**
   * Whether standard input has no bytes ready, so that the next read may wait. A stream that cannot
   * tell counts as having none: the output is then flushed early, which is harmless, and a real
   * failure surfaces at the next read.
   */
  private boolean nothingWaiting() {
    try {
      return stdin.available() == 0;
    } catch (IOException e) {
      return true;
    }
  }

  private InputStream open(String file, Progress progress) throws IOException {
    InputStream in =
        Options.isStandardInput(file) ? unclosable(stdin) : Files.newInputStream(Path.of(file));
    return progress == null ? in : progress.counting(in);
  }

  /** The size of a regular file, for the share read so far; -1 for standard input and the like. */
  private static long sizeOf(String file) {
    try {
      Path path = Path.of(file);
      return !Options.isStandardInput(file) && Files.isRegularFile(path) ? Files.size(path) : -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Standard input stays open for a second {@code -}. */
  private static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  /**
   * The next story; before a strict parse's rejection, a failure to read or an internal error is
   * reported, the stories read before it are written, as they would have been one by one.
   */
  private static ParseResult nextStory(StoryStream stories, OutputPipeline output)
      throws IOException, WireFormatException {
    try {
      return stories.nextStory();
    } catch (WireFormatException | IOException | RuntimeException | StackOverflowError e) {
      try {
        output.finish();
      } catch (IOException | RuntimeException writing) {
        writing.addSuppressed(e);
        throw writing;
      }
      throw e;
    }
  }

  /**
   * The documents of a batch of stories, in order, as UTF-8. Runs on a worker thread when there
   * are several jobs, so it touches nothing but its arguments. The JSON writers write UTF-8
   * themselves; the text of the other formats is encoded by the JDK's UTF-8 encoder.
   */
  private static OutputPipeline.Batch format(
      String file, List<ParseResult> stories, OutputFormat format, boolean opensInput)
      throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream(stories.size() * 4096);
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      ParseResult story = stories.get(i);
      boolean jsonLine = format != OutputFormat.WIRE && format != OutputFormat.NITF;
      if (!jsonLine && (i > 0 || !opensInput)) {
        text.write(FORM_FEED_LINE);
      }
      switch (format) {
        case JSON -> JsonArticleWriter.write(story, text);
        case NINJS -> NinjsWriter.write(story, NinjsVersion.V2_1, text);
        case NINJS3 -> NinjsWriter.write(story, NinjsVersion.V3_1, text);
        case WIRE -> text.write(utf8(WireTextWriter.toWireText(story.article())));
        case NITF -> {
          WriteResult nitf = NitfWriter.toNitf(story);
          text.write(utf8(nitf.text()));
          // What the XML could not hold goes to standard error; the exit code stays 0.
          for (WriteWarning w : nitf.warnings()) {
            warnings.add("wirecopy: " + file + ":" + w);
          }
        }
      }
      if (jsonLine) {
        text.write('\n');
      }
    }
    return new OutputPipeline.Batch(text, warnings);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes a batch's text and then its warnings. */
  private void write(OutputPipeline.Batch batch) throws IOException {
    try {
      batch.text().writeTo(out);
    } catch (IOException e) {
      throw new OutputFailed(e);
    }
    if (!batch.warnings().isEmpty()) {
      // Standard error is not buffered here: what stands before a warning is shown before it.
      flushOutput();
      for (String warning : batch.warnings()) {
        stderr.println(warning);
      }
    }
  }

  private void flushOutput() throws OutputFailed {
    try {
      out.flush();
    } catch (IOException e) {
      throw new OutputFailed(e);
    }
  }

  /**
   * Standard output could not be written (a full disk, a reader that went away): told apart from
   * a failure to read the input, which ends only that input.
   */
  private static final class OutputFailed extends IOException {
    private static final long serialVersionUID = 1L;

    OutputFailed(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
