package org.wirecopy.cli;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
 * {@code --strict} rejects an input, 2 for a usage error or an unreadable file. Errors are one line
 * on standard error, never a stack trace.
 */
public final class Main {

  static final int OK = 0;
  static final int REJECTED = 1;
  static final int USAGE_OR_IO = 2;

  private final InputStream stdin;
  private final PrintStream stderr;
  private final boolean stderrIsTerminal;
  private final Writer out;
  /** One buffer for every story's JSON, so a large story does not grow a new one each time. */
  private final StringBuilder json = new StringBuilder(1 << 16);

  private Main(InputStream stdin, OutputStream stdout, PrintStream stderr, boolean stderrIsTerminal) {
    this.stdin = stdin;
    this.stderr = stderr;
    this.stderrIsTerminal = stderrIsTerminal;
    this.out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, System.out, err, Terminal.isStandardError()));
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
    try {
      if (options.help()) {
        main.out.write(Options.HELP);
        return OK;
      }
      if (options.version()) {
        main.out.write("wirecopy " + Version.get() + "\n");
        return OK;
      }
      return main.readAll(options);
    } catch (IOException e) {
      stderr.println("wirecopy: cannot write output: " + e.getMessage());
      return USAGE_OR_IO;
    } finally {
      try {
        main.out.flush();
      } catch (IOException e) {
        stderr.println("wirecopy: cannot write output: " + e.getMessage());
      }
    }
  }

  private int readAll(Options options) throws IOException {
    WireParser parser = options.parser();
    int exit = OK;
    for (String file : options.files()) {
      exit = Math.max(exit, read(parser, file, options));
    }
    return exit;
  }

  /** Reads one input, printing each story as soon as it is read; returns its exit code. */
  private int read(WireParser parser, String file, Options options) throws IOException {
    boolean first = true;
    OutputFormat format = options.format();
    boolean showProgress = options.progress() != null ? options.progress() : stderrIsTerminal;
    Progress progress = showProgress ? new Progress(stderr, file, sizeOf(file)) : null;
    try (StoryStream stories = parser.stories(open(file, progress), options.jobs())) {
      try {
        for (ParseResult story = stories.nextStory(); story != null; story = stories.nextStory()) {
          print(file, story, format, first);
          first = false;
          if (progress != null) {
            progress.story();
          }
        }
      } finally {
        // The progress line ends before any error message, which then stands on its own line.
        if (progress != null) {
          progress.finish();
        }
      }
      return OK;
    } catch (WireFormatException e) {
      stderr.println("wirecopy: " + file + ":" + e.line() + ":" + e.column() + ": " + e.code()
          + ": " + e.diagnostic().message());
      return REJECTED;
    } catch (OutputException e) {
      throw e.getCause();
    } catch (NoSuchFileException e) {
      stderr.println("wirecopy: cannot read " + file + ": no such file");
      return USAGE_OR_IO;
    } catch (AccessDeniedException e) {
      stderr.println("wirecopy: cannot read " + file + ": permission denied");
      return USAGE_OR_IO;
    } catch (IOException e) {
      String why = Files.isDirectory(Path.of(file)) ? "it is a directory" : String.valueOf(e.getMessage());
      stderr.println("wirecopy: cannot read " + file + ": " + why);
      return USAGE_OR_IO;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      stderr.println("wirecopy: internal error while reading " + file + ": " + e);
      return USAGE_OR_IO;
    }
  }

  private InputStream open(String file, Progress progress) throws IOException {
    InputStream in = file.equals("-") ? unclosable(stdin) : Files.newInputStream(Path.of(file));
    return progress == null ? in : progress.counting(in);
  }

  /** The size of a regular file, for the share read so far; -1 for standard input and the like. */
  private static long sizeOf(String file) {
    try {
      Path path = Path.of(file);
      return !file.equals("-") && Files.isRegularFile(path) ? Files.size(path) : -1;
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

  private void print(String file, ParseResult story, OutputFormat format, boolean first)
      throws OutputException {
    try {
      switch (format) {
        case WIRE -> {
          separate(first);
          out.write(WireTextWriter.toWireText(story.article()));
        }
        case NITF -> {
          separate(first);
          WriteResult nitf = NitfWriter.toNitf(story);
          out.write(nitf.text());
          // What the XML could not hold goes to standard error; the exit code stays 0.
          for (WriteWarning w : nitf.warnings()) {
            stderr.println("wirecopy: " + file + ":" + w);
          }
        }
        case NINJS, NINJS3 -> {
          json.setLength(0);
          NinjsWriter.write(
              story, format == OutputFormat.NINJS ? NinjsVersion.V2_1 : NinjsVersion.V3_1, json);
          out.append(json.append('\n'));
        }
        case JSON -> {
          json.setLength(0);
          JsonArticleWriter.write(story, json);
          out.append(json.append('\n'));
        }
      }
    } catch (IOException e) {
      throw new OutputException(e);
    }
  }

  /** Documents that cannot share a line are separated by a line holding a form feed. */
  private void separate(boolean first) throws IOException {
    if (!first) {
      out.write("\f\n");
    }
  }

  /** A failure to write standard output, kept apart from failures to read an input. */
  private static final class OutputException extends Exception {
    private static final long serialVersionUID = 1L;

    OutputException(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }
}
