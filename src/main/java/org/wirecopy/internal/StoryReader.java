package org.wirecopy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.ParseResult;

/**
 * The whole pipeline, one story at a time: decoder, line cleaner, story splitter, line classifier
 * and assemblers. It holds one story and a few lines of look-ahead, never the whole input.
 */
public final class StoryReader implements StorySource {

  private static final Logger LOG = LoggerFactory.getLogger(StoryReader.class);

  private final LineReader lines;
  private final StorySplitter splitter;
  private final StoryAssembler assembler;

  /** A reader over lines that are decoded and cleaned. */
  private StoryReader(LineReader lines, ParserConfig config, LineClassifier classifier) {
    this.lines = lines;
    this.splitter = new StorySplitter(lines, classifier, config.maxStoryLines());
    this.assembler = new StoryAssembler(config);
  }

  /**
   * Reads stories from bytes: UTF-16 after a UTF-16 byte-order mark, else each line as UTF-8 or
   * Windows-1252.
   *
   * @param in the bytes
   * @param config the configuration
   * @param classifier the classifier built for it
   * @return the reader
   * @throws IOException if reading the first bytes fails
   */
  public static StoryReader of(InputStream in, ParserConfig config, LineClassifier classifier)
      throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 2);
    byte[] head = new byte[2];
    int got = peek.readNBytes(head, 0, 2);
    boolean bigEndian = got == 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
    boolean littleEndian = got == 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
    LineReader decoded;
    if (bigEndian || littleEndian) {
      decoded = new CharLineReader(new Utf16Reader(peek, bigEndian), config.maxLineLength());
    } else {
      peek.unread(head, 0, got);
      decoded = new ByteLineReader(peek, config.maxLineLength());
    }
    return new StoryReader(new LineCleaner(decoded, config.repairMojibake()), config, classifier);
  }

  /**
   * Reads stories from UTF-8 or Windows-1252 bytes that start at the beginning of a line somewhere
   * in a larger input; for parsing an archive in chunks.
   *
   * @param in the bytes, from the start of a line
   * @param config the configuration
   * @param classifier the classifier built for it
   * @param firstLine the number of that line in the whole input
   * @param inputStart whether the bytes are the start of the whole input
   * @return the reader
   * @throws IOException if reading the first bytes fails
   */
  static StoryReader ofBytesFrom(InputStream in, ParserConfig config, LineClassifier classifier,
      int firstLine, boolean inputStart) throws IOException {
    LineReader decoded = new ByteLineReader(in, config.maxLineLength(), firstLine, inputStart);
    return new StoryReader(new LineCleaner(decoded, config.repairMojibake()), config, classifier);
  }

  /**
   * Reads on to where the first story after an end marker or form feed starts; see {@link
   * StorySplitter#skipToStoryAfterMarker}.
   *
   * @param lastLine the last line number at which an end marker or form feed counts
   * @return whether one was found
   * @throws IOException if reading fails
   */
  boolean skipToStoryAfterMarker(int lastLine) throws IOException {
    return splitter.skipToStoryAfterMarker(lastLine);
  }

  /**
   * Where the next story starts, with the state it starts in.
   *
   * @return the boundary
   * @throws IOException if reading fails
   */
  Boundary boundary() throws IOException {
    return splitter.boundary();
  }

  /**
   * The same reader with its lines decoded and cleaned on a thread of their own, read ahead of the
   * splitter; for parallel parsing. Closing it stops that thread.
   *
   * @param config the configuration
   * @param classifier the classifier built for it
   * @return the reader, which takes this one's input over; use only the new one
   */
  StoryReader readingAhead(ParserConfig config, LineClassifier classifier) {
    return new StoryReader(new ReadAheadLineReader(lines), config, classifier);
  }

  /**
   * Reads stories from characters.
   *
   * @param in the characters
   * @param config the configuration
   * @param classifier the classifier built for it
   * @return the reader
   */
  public static StoryReader of(Reader in, ParserConfig config, LineClassifier classifier) {
    return new StoryReader(
        new LineCleaner(new CharLineReader(in, config.maxLineLength()), config.repairMojibake()),
        config, classifier);
  }

  /**
   * Reads stories from a text held whole in memory; the same stories as {@link #of(Reader,
   * ParserConfig, LineClassifier)} over it, read faster.
   *
   * @param text the text
   * @param config the configuration
   * @param classifier the classifier built for it
   * @return the reader
   */
  public static StoryReader of(String text, ParserConfig config, LineClassifier classifier) {
    return new StoryReader(
        new LineCleaner(new StringLineReader(text, config.maxLineLength()), config.repairMojibake()),
        config, classifier);
  }

  /**
   * The result for an input that holds no story: an empty article with an ERROR for each
   * required element, at line 1.
   *
   * @param config the configuration
   * @return the empty result
   */
  public static ParseResult emptyStory(ParserConfig config) {
    return new StoryAssembler(config).assemble(new StoryLines(List.of(), List.of()));
  }

  @Override
  public ParseResult next() throws IOException {
    StoryLines story = nextLines();
    return story == null ? null : assemble(story);
  }

  /**
   * The next story's lines, split but not yet assembled: the sequential half of the work.
   *
   * @return the lines, or {@code null} when no story is left
   * @throws IOException if reading fails
   */
  StoryLines nextLines() throws IOException {
    return splitter.next();
  }

  /**
   * Assembles a story's lines: the half of the work that any thread may do, since the assembler
   * keeps no state between stories.
   *
   * @param story the lines
   * @return the story
   */
  ParseResult assemble(StoryLines story) {
    ParseResult result = assembler.assemble(story);
    if (LOG.isDebugEnabled()) {
      for (Diagnostic d : result.diagnostics()) {
        if (d.code() == DiagnosticCode.LINE_TOO_LONG
            || d.code() == DiagnosticCode.STORY_TOO_LARGE
            || d.code() == DiagnosticCode.DIAGNOSTICS_TRUNCATED) {
          LOG.debug("limit reached: {}", d);
        }
      }
    }
    return result;
  }

  /**
   * The line where the next story starts, if another story follows; reads ahead only as far as
   * needed.
   *
   * @return the 1-based line, or -1 if no story follows
   * @throws IOException if reading fails
   */
  public int peekNextStoryLine() throws IOException {
    return splitter.peekStartLine();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
