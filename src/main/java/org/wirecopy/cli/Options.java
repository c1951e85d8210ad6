package org.wirecopy.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.wirecopy.WireParser;

/**
 * The command line's options, read by hand so that the tool needs nothing but the library.
 *
 * @param files the inputs, {@code -} for standard input
 * @param strict whether to reject the first ERROR
 * @param format what to print for each story
 * @param zone the zone of the copy's clock times
 * @param sources the accepted source names, empty for the defaults
 * @param help whether to print the help
 * @param version whether to print the version
 * @param jobs how many threads assemble the stories of a file
 * @param stdinJobs how many threads assemble the stories of standard input: {@code --jobs} when
 *     given, else one, so that a live feed shows each story as soon as it ends
 * @param progress {@code TRUE} or {@code FALSE} when given, else {@code null}: then progress is
 *     shown when standard error is a terminal
 */
record Options(
    List<String> files,
    boolean strict,
    OutputFormat format,
    ZoneId zone,
    List<String> sources,
    boolean help,
    boolean version,
    int jobs,
    int stdinJobs,
    Boolean progress) {

  /**
   * Every core but one by default, and at least one job. The output is the same for any number of
   * jobs (stories come out in input order); what differs is the time. The main thread reads,
   * counts line ends and writes, and for the first seconds of a run the JIT compiler keeps a core
   * busy; jobs above that compete with them. On two cores, two jobs took about 1.5 times as long
   * as one (512 MiB of JSON Lines: 8.4 to 9.8 s against 5.4 to 6.6 s; README, Performance).
   */
  static final int DEFAULT_JOBS = defaultJobs(Runtime.getRuntime().availableProcessors());

  /** The default number of jobs on a machine with {@code cores} cores. */
  static int defaultJobs(int cores) {
    return Math.max(1, cores - 1);
  }

  static final String HELP =
      """
      Usage: java -jar wirecopy-VERSION-cli.jar [options] FILE...

      Reads PA-style wire copy and prints one JSON object per story, one per line
      (JSON Lines). FILE may be - for standard input.

      Options:
        --strict             reject an input at its first ERROR (exit 1)
        --format FORMAT      what to print for each story:
                               json    the wirecopy JSON form (the default)
                               wire    canonical wire text
                               ninjs   IPTC ninjs 2.1, one object per line
                               ninjs3  IPTC ninjs 3.1, one object per line
                               nitf    NITF 3.6 XML, one document per story
                             wire and nitf separate stories with a form feed line
        --zone ZONE          zone of the copy's clock times (default Europe/London)
        --source NAME        an accepted source name; repeat it or separate names
                             with commas; replaces the defaults (PA, PA Media,
                             Press Association)
        --jobs N             parse on N threads (default: one less than the number
                             of cores, at least 1, and 1 for standard input, so
                             that a live feed shows each story as it ends);
                             stories are printed in input order whatever N is
        --progress           show progress on standard error even when it is not
                             a terminal
        --no-progress        never show progress (by default it is shown when
                             standard error is a terminal)
        --help               print this help
        --version            print the version

      Exit codes: 0 every input was read (diagnostics included), 1 --strict
      rejected an input, 2 usage error, unreadable file or unwritable output.
      A reader that stops reading (| head) ends the run quietly, with the code
      of what was read by then.
      """;

  /** A command line that cannot be run. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static Options parse(String[] args) throws UsageException {
    return parse(args, DEFAULT_JOBS);
  }

  /**
   * The options of a command line, with {@code defaultJobs} jobs for files when {@code --jobs} is
   * not given.
   */
  static Options parse(String[] args, int defaultJobs) throws UsageException {
    List<String> files = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    boolean strict = false;
    OutputFormat format = OutputFormat.JSON;
    boolean help = false;
    boolean version = false;
    ZoneId zone = WireParser.DEFAULT_ZONE;
    Integer jobs = null;
    Boolean progress = null;
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        files.add(arg);
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--" -> optionsEnded = true;
        case "--strict" -> strict = noValue(name, value);
        case "--help", "-h" -> help = noValue(name, value);
        case "--version" -> version = noValue(name, value);
        case "--format" -> format = format(value != null ? value : next(args, ++i, name));
        case "--jobs" -> jobs = jobs(value != null ? value : next(args, ++i, name));
        case "--progress" -> progress = noValue(name, value);
        case "--no-progress" -> progress = !noValue(name, value);
        case "--zone" -> zone = zone(value != null ? value : next(args, ++i, name));
        case "--source" -> {
          for (String s : (value != null ? value : next(args, ++i, name)).split(",")) {
            if (s.isBlank()) {
              throw new UsageException("--source takes non-blank names");
            }
            sources.add(s.strip());
          }
        }
        default -> throw new UsageException("unknown option " + name);
      }
    }
    if (!help && !version && files.isEmpty()) {
      throw new UsageException("no input file given (use - for standard input)");
    }
    // Several jobs read standard input a chunk (a megabyte) at a time, so a feed that pauses
    // between stories would show none until a chunk filled; one job shows each as it ends.
    return new Options(
        List.copyOf(files), strict, format, zone, List.copyOf(sources), help, version,
        jobs != null ? jobs : defaultJobs, jobs != null ? jobs : 1, progress);
  }

  /** How many threads assemble the stories of an input, {@code -} for standard input. */
  int jobsFor(String file) {
    return isStandardInput(file) ? stdinJobs : jobs;
  }

  /** Whether an input named on the command line is standard input: {@code -}. */
  static boolean isStandardInput(String file) {
    return file.equals("-");
  }

  WireParser parser() {
    WireParser.Builder builder = WireParser.builder().strict(strict).zone(zone);
    if (!sources.isEmpty()) {
      builder.sources(sources);
    }
    return builder.build();
  }

  private static boolean noValue(String name, String value) throws UsageException {
    if (value != null) {
      throw new UsageException(name + " takes no value");
    }
    return true;
  }

  private static String next(String[] args, int i, String name) throws UsageException {
    if (i >= args.length) {
      throw new UsageException(name + " needs a value");
    }
    return args[i];
  }

  private static OutputFormat format(String name) throws UsageException {
    return OutputFormat.named(name)
        .orElseThrow(() -> new UsageException(
            "--format takes " + OutputFormat.names() + ", not " + name));
  }

  private static int jobs(String value) throws UsageException {
    try {
      int jobs = Integer.parseInt(value);
      if (jobs >= 1 && jobs <= 1024) {
        return jobs;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--jobs takes a number from 1 to 1024, not " + value);
  }

  private static ZoneId zone(String id) throws UsageException {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new UsageException("unknown zone " + id);
    }
  }
}
