package org.wirecopy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirecopy.internal.LineClassifier;
import org.wirecopy.internal.ChunkedStoryReader;
import org.wirecopy.internal.ParallelStoryReader;
import org.wirecopy.internal.ParserConfig;
import org.wirecopy.internal.StoryReader;

/**
 * Parses PA-style wire copy into {@link Article}s.
 *
 * <p>Build one with {@link #builder()} and share it: a parser is immutable and safe to use from
 * many threads at once.
 *
 * <pre>{@code
 * WireParser parser = WireParser.builder().build();
 * ParseResult result = parser.parse(Path.of("story.txt"));
 * result.article().headline().ifPresent(h -> System.out.println(h.text()));
 * }</pre>
 *
 * <p>A lenient parser (the default) never throws on any input: what is wrong becomes a {@link
 * Diagnostic}, and every non-blank line ends up in the article. A strict parser throws a {@link
 * WireFormatException} at the first {@link Severity#ERROR}. Byte input is decoded line by line as
 * UTF-8 or Windows-1252, or as UTF-16 after a UTF-16 byte-order mark.
 */
public final class WireParser {

  /** The source names accepted by default. */
  public static final List<String> DEFAULT_SOURCES = List.of("PA", "PA Media", "Press Association");

  /** The words that mark a byline part as an affiliation by default. */
  public static final List<String> DEFAULT_AFFILIATION_WORDS =
      List.of(
          "PA", "Press Association", "Editor", "Correspondent", "Reporter", "Reporters", "Staff",
          "Writer");

  /** The zone of the copy's clock times by default. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

  private final ParserConfig config;
  private final LineClassifier classifier;

  private WireParser(ParserConfig config) {
    this.config = config;
    this.classifier = new LineClassifier(config.sources(), config.affiliationWords());
  }

  /**
   * A builder with the defaults: lenient, {@code Europe/London}, the default source names and
   * affiliation words, mojibake repair on, and the default limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether this parser is strict.
   *
   * @return true if the first ERROR throws
   */
  public boolean isStrict() {
    return config.strict();
  }

  /**
   * Parses the first story of a text. If more stories follow, a {@link
   * DiagnosticCode#FURTHER_STORIES_IGNORED} warning says where the next one starts; use {@link
   * #parseAll(String)} to read them all. An input with no story gives an empty article with ERROR
   * diagnostics.
   *
   * @param text the wire copy
   * @return the story and its diagnostics
   * @throws WireFormatException if the parser is strict and the story has an ERROR
   */
  public ParseResult parse(String text) throws WireFormatException {
    try {
      return first(StoryReader.of(Objects.requireNonNull(text, "text"), config, classifier));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String does not fail", e);
    }
  }

  /**
   * Parses the first story of some bytes; see {@link #parse(String)}.
   *
   * @param bytes the wire copy as bytes
   * @return the story and its diagnostics
   * @throws WireFormatException if the parser is strict and the story has an ERROR
   */
  public ParseResult parse(byte[] bytes) throws WireFormatException {
    try {
      return parse(new ByteArrayInputStream(Objects.requireNonNull(bytes, "bytes")));
    } catch (IOException e) {
      throw new UncheckedIOException("a ByteArrayInputStream does not fail", e);
    }
  }

  /**
   * Parses the first story of a file; see {@link #parse(String)}.
   *
   * @param file the file
   * @return the story and its diagnostics
   * @throws IOException if the file cannot be read
   * @throws WireFormatException if the parser is strict and the story has an ERROR
   */
  public ParseResult parse(Path file) throws IOException, WireFormatException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    }
  }

  /**
   * Parses the first story from a stream of bytes; see {@link #parse(String)}. The stream is read
   * as far as the start of the next story, and not closed.
   *
   * @param in the bytes
   * @return the story and its diagnostics
   * @throws IOException if reading fails
   * @throws WireFormatException if the parser is strict and the story has an ERROR
   */
  public ParseResult parse(InputStream in) throws IOException, WireFormatException {
    return first(StoryReader.of(Objects.requireNonNull(in, "in"), config, classifier));
  }

  /**
   * Parses the first story from characters; see {@link #parse(String)}. The reader is read as far
   * as the start of the next story, and not closed.
   *
   * @param in the characters
   * @return the story and its diagnostics
   * @throws IOException if reading fails
   * @throws WireFormatException if the parser is strict and the story has an ERROR
   */
  public ParseResult parse(Reader in) throws IOException, WireFormatException {
    return first(StoryReader.of(Objects.requireNonNull(in, "in"), config, classifier));
  }

  /**
   * Parses every story of a text, in order. An empty input holds no stories.
   *
   * @param text the wire copy
   * @return the stories
   * @throws WireFormatException if the parser is strict and a story has an ERROR
   */
  public List<ParseResult> parseAll(String text) throws WireFormatException {
    try {
      return all(StoryReader.of(Objects.requireNonNull(text, "text"), config, classifier));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String does not fail", e);
    }
  }

  /**
   * Parses every story of some bytes, in order.
   *
   * @param bytes the wire copy as bytes
   * @return the stories
   * @throws WireFormatException if the parser is strict and a story has an ERROR
   */
  public List<ParseResult> parseAll(byte[] bytes) throws WireFormatException {
    try {
      return parseAll(new ByteArrayInputStream(Objects.requireNonNull(bytes, "bytes")));
    } catch (IOException e) {
      throw new UncheckedIOException("a ByteArrayInputStream does not fail", e);
    }
  }

  /**
   * Parses every story of a file, in order.
   *
   * @param file the file
   * @return the stories
   * @throws IOException if the file cannot be read
   * @throws WireFormatException if the parser is strict and a story has an ERROR
   */
  public List<ParseResult> parseAll(Path file) throws IOException, WireFormatException {
    try (InputStream in = Files.newInputStream(file)) {
      return parseAll(in);
    }
  }

  /**
   * Parses every story from a stream of bytes, in order; the stream is read to its end, not
   * closed.
   *
   * @param in the bytes
   * @return the stories
   * @throws IOException if reading fails
   * @throws WireFormatException if the parser is strict and a story has an ERROR
   */
  public List<ParseResult> parseAll(InputStream in) throws IOException, WireFormatException {
    return all(StoryReader.of(Objects.requireNonNull(in, "in"), config, classifier));
  }

  /**
   * Parses every story from characters, in order; the reader is read to its end, not closed.
   *
   * @param in the characters
   * @return the stories
   * @throws IOException if reading fails
   * @throws WireFormatException if the parser is strict and a story has an ERROR
   */
  public List<ParseResult> parseAll(Reader in) throws IOException, WireFormatException {
    return all(StoryReader.of(Objects.requireNonNull(in, "in"), config, classifier));
  }

  /**
   * Reads the stories of a file one at a time, in bounded memory.
   *
   * @param file the file
   * @return the stories; close it when done
   * @throws IOException if the file cannot be opened
   */
  public StoryStream stories(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return stories(in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads the stories of a stream of bytes one at a time, in bounded memory; closing the result
   * closes the stream.
   *
   * @param in the bytes
   * @return the stories; close it when done
   * @throws IOException if reading the first bytes fails
   */
  public StoryStream stories(InputStream in) throws IOException {
    return new StoryStream(StoryReader.of(Objects.requireNonNull(in, "in"), config, classifier),
        this);
  }

  /**
   * Reads the stories of some characters one at a time, in bounded memory; closing the result
   * closes the reader.
   *
   * @param in the characters
   * @return the stories; close it when done
   */
  public StoryStream stories(Reader in) {
    return new StoryStream(StoryReader.of(Objects.requireNonNull(in, "in"), config, classifier),
        this);
  }

  /**
   * Reads the stories of a text one at a time: like {@link #parseAll(String)}, but only the current
   * story's result is held, however many stories the text has.
   *
   * @param text the wire copy
   * @return the stories; closing it is optional, as nothing needs releasing
   */
  public StoryStream stories(String text) {
    return new StoryStream(
        StoryReader.of(Objects.requireNonNull(text, "text"), config, classifier), this);
  }

  /**
   * Reads the stories of a file on {@code jobs} threads, handing them out in input order; see
   * {@link #stories(InputStream, int)}.
   *
   * @param file the file
   * @param jobs how many threads assemble stories; 1 reads on the calling thread alone
   * @return the stories; close it when done
   * @throws IOException if the file cannot be opened
   * @throws IllegalArgumentException if {@code jobs} is less than 1
   */
  public StoryStream stories(Path file, int jobs) throws IOException {
    checkJobs(jobs);
    InputStream in = Files.newInputStream(file);
    try {
      return stories(in, jobs);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads the stories of a stream of bytes on {@code jobs} threads, handing them out in input
   * order, with the same results as {@link #stories(InputStream)}. The input is cut into chunks of
   * a megabyte (in a heap under 512 MiB, a 512th of the heap, at least 64 KiB), and {@code jobs}
   * worker threads (and the calling thread when it would otherwise wait) each run the whole parse
   * on a chunk, from the first story that starts after an end marker or form feed in it to where
   * the next chunk's first such story starts; where the two would not agree, the calling thread
   * reads on alone until they do. UTF-16 input is decoded on one thread and split on the calling
   * thread, and {@code jobs} workers assemble its stories. At most {@code 2 * jobs} chunks (16 at
   * most) are in flight, so memory stays bounded. Closing the result stops the threads and closes
   * the stream.
   *
   * <p>Stories come out a chunk at a time: a chunk is read whole before its stories are parsed. For
   * a feed that pauses between stories, where each story should come out as soon as it is over,
   * use {@link #stories(InputStream)}.
   *
   * <p>An interrupt of the calling thread while it waits (for a worker, or for UTF-16 lines decoded
   * on another thread) makes that call throw an {@link java.io.InterruptedIOException}, with the
   * interrupt kept; nothing is lost, and a later call, the interrupt cleared, goes on where it
   * stopped.
   *
   * @param in the bytes
   * @param jobs how many threads assemble stories; 1 reads on the calling thread alone
   * @return the stories; close it when done
   * @throws IOException if reading the first bytes fails
   * @throws IllegalArgumentException if {@code jobs} is less than 1
   */
  public StoryStream stories(InputStream in, int jobs) throws IOException {
    checkJobs(jobs);
    Objects.requireNonNull(in, "in");
    return new StoryStream(jobs == 1
        ? StoryReader.of(in, config, classifier)
        : ChunkedStoryReader.open(in, config, classifier, jobs), this);
  }

  /**
   * Reads the stories of some characters on {@code jobs} threads, handing them out in input order;
   * see {@link #stories(InputStream, int)}. The characters are read and cleaned on one thread and
   * split on the calling thread, as UTF-16 bytes are there, and {@code jobs} workers assemble the
   * stories.
   *
   * @param in the characters
   * @param jobs how many threads assemble stories; 1 reads on the calling thread alone
   * @return the stories; close it when done
   * @throws IllegalArgumentException if {@code jobs} is less than 1
   */
  public StoryStream stories(Reader in, int jobs) {
    checkJobs(jobs);
    StoryReader reader = StoryReader.of(Objects.requireNonNull(in, "in"), config, classifier);
    return new StoryStream(jobs == 1 ? reader : new ParallelStoryReader(reader, config, classifier, jobs), this);
  }

  private static void checkJobs(int jobs) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
  }

  private ParseResult first(StoryReader reader) throws IOException, WireFormatException {
    ParseResult result = reader.next();
    if (result == null) {
      result = StoryReader.emptyStory(config);
    } else {
      int next = reader.peekNextStoryLine();
      if (next > 0) {
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        // A form feed can start the next story inside a line whose later columns already have
        // diagnostics: insert the warning in place, so that diagnostics stay ordered by position.
        int at = 0;
        while (at < diagnostics.size() && diagnostics.get(at).line() <= next
            && (diagnostics.get(at).line() < next || diagnostics.get(at).column() <= 1)) {
          at++;
        }
        diagnostics.add(
            at,
            Diagnostic.of(
                DiagnosticCode.FURTHER_STORIES_IGNORED,
                "another story starts here; parse() reads only the first, parseAll() reads all",
                next,
                1));
        result = new ParseResult(result.article(), diagnostics);
      }
    }
    return checked(result);
  }

  private List<ParseResult> all(StoryReader reader) throws IOException, WireFormatException {
    List<ParseResult> results = new ArrayList<>();
    for (ParseResult r = reader.next(); r != null; r = reader.next()) {
      results.add(checked(r));
    }
    return results;
  }

  ParseResult checked(ParseResult result) throws WireFormatException {
    if (config.strict()) {
      Optional<Diagnostic> error =
          result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst();
      if (error.isPresent()) {
        throw new WireFormatException(error.get());
      }
    }
    return result;
  }

  /** Configures a {@link WireParser}. A builder is not thread-safe; the parser it builds is. */
  public static final class Builder {
    private ZoneId zone = DEFAULT_ZONE;
    private List<String> sources = DEFAULT_SOURCES;
    private List<String> affiliationWords = DEFAULT_AFFILIATION_WORDS;
    private boolean repairMojibake = true;
    private boolean strict;
    private int maxLineLength = 100_000;
    private int maxStoryLines = 200_000;
    private int maxDiagnostics = 1_000;

    private Builder() {}

    /**
     * The zone of the copy's clock times; {@code Europe/London} by default.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The accepted source names, replacing the defaults; matched in any case, the model holds the
     * spelling given here.
     *
     * @param names the names, at least one
     * @return this builder
     * @throws IllegalArgumentException if no name or a blank name is given
     */
    public Builder sources(List<String> names) {
      this.sources = nonBlank(names, "source names");
      return this;
    }

    /**
     * The words that mark a byline part as an affiliation ({@code Editor}), replacing the
     * defaults.
     *
     * @param words the words or phrases
     * @return this builder
     * @throws IllegalArgumentException if a blank word is given
     */
    public Builder affiliationWords(List<String> words) {
      this.affiliationWords = List.copyOf(words);
      if (words.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("blank affiliation word");
      }
      return this;
    }

    /**
     * Whether to repair mojibake ({@code â€œ} for {@code “}); on by default.
     *
     * @param repair true to repair
     * @return this builder
     */
    public Builder repairMojibake(boolean repair) {
      this.repairMojibake = repair;
      return this;
    }

    /**
     * Whether the first ERROR diagnostic throws a {@link WireFormatException}; off by default.
     *
     * @param strict true for a strict parser
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The longest line read in one piece, in characters (bytes for byte input); a longer line is
     * read in pieces that are joined again, with a {@link DiagnosticCode#LINE_TOO_LONG} error.
     * 100,000 by default.
     *
     * @param chars at least 16
     * @return this builder
     */
    public Builder maxLineLength(int chars) {
      this.maxLineLength = atLeast(chars, 16, "maxLineLength");
      return this;
    }

    /**
     * The most lines one story may have; a longer story is cut and the rest starts a new story,
     * with a {@link DiagnosticCode#STORY_TOO_LARGE} error. 200,000 by default.
     *
     * @param lines at least 1
     * @return this builder
     */
    public Builder maxStoryLines(int lines) {
      this.maxStoryLines = atLeast(lines, 1, "maxStoryLines");
      return this;
    }

    /**
     * The most warnings kept for one story, and separately the most errors; the rest are counted in
     * one {@link DiagnosticCode#DIAGNOSTICS_TRUNCATED} warning. 1,000 by default.
     *
     * @param count at least 1
     * @return this builder
     */
    public Builder maxDiagnostics(int count) {
      this.maxDiagnostics = atLeast(count, 1, "maxDiagnostics");
      return this;
    }

    /**
     * Builds the parser.
     *
     * @return an immutable, thread-safe parser
     */
    public WireParser build() {
      return new WireParser(
          new ParserConfig(
              zone, sources, affiliationWords, repairMojibake, strict, maxLineLength,
              maxStoryLines, maxDiagnostics));
    }

    private static List<String> nonBlank(List<String> names, String what) {
      List<String> copy = List.copyOf(names);
      if (copy.isEmpty() || copy.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException(what + " must be one or more non-blank names");
      }
      return copy;
    }

    private static int atLeast(int value, int min, String what) {
      if (value < min) {
        throw new IllegalArgumentException(what + " must be at least " + min + ": " + value);
      }
      return value;
    }
  }
}
