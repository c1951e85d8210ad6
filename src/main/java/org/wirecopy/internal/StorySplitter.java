package org.wirecopy.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

/**
 * Cuts a stream of lines into stories, one at a time, holding only the current story and a few
 * lines of look-ahead.
 *
 * <p>A form feed always ends a story. After an end marker, or a {@code more} line that ends a
 * story, the next story starts at the first block of adjacent non-blank lines that {@link
 * #startsStory starts a story}; the lines before it are the ended story's notes.
 */
final class StorySplitter {

  /** How many non-blank lines after a candidate headline may hold the header lines that prove it. */
  static final int WINDOW = 6;

  private final LineReader lines;
  private final LineClassifier classifier;
  private final int maxStoryLines;
  private final LineWindow lookahead = new LineWindow();
  private boolean endOfInput;
  /** The line read last, to see whether a blank piece continues a line with text. */
  private Line lastRead;
  private String storyTooLarge;
  /** The line where the story cut at the limit stopped, for {@link #storyTooLarge}'s note. */
  private int storyTooLargeLine;
  /**
   * The failure that ended the input, if reading failed: an IOException, or an unchecked exception
   * or error from the input.
   */
  private Throwable failure;
  /** How many lines the last story had: the next story's list starts with room for as many. */
  private int lastStorySize = 16;

  StorySplitter(LineReader lines, LineClassifier classifier, int maxStoryLines) {
    this.lines = lines;
    this.classifier = classifier;
    this.maxStoryLines = Math.max(1, maxStoryLines);
  }

  /**
   * The next story.
   *
   * @return the story's lines, or {@code null} when no story is left
   * @throws IOException if reading fails
   */
  StoryLines next() throws IOException {
    return next(false);
  }

  /**
   * For a splitter that starts somewhere inside an archive: reads on to the first end marker or
   * form feed on a line numbered at most {@code lastLine}, and past the notes after an end marker,
   * so that the splitter stands where the next story starts. After an end marker, or a form feed
   * that ends a story, where the next story starts does not depend on anything before, except that
   * the lines before count towards the story limit: {@link #boundary()} tells a caller that knows
   * the lines before whether it got here in the same state.
   *
   * @param lastLine the last line number at which an end marker or form feed counts
   * @return whether one was found; if not, the splitter is left somewhere after {@code lastLine}
   * @throws IOException if reading fails
   */
  boolean skipToStoryAfterMarker(int lastLine) throws IOException {
    while (true) {
      Line line = peek(0);
      if (line == null || line.number() > lastLine) {
        return false;
      }
      lookahead.pollFirst();
      if (line.shape() == Shape.FORM_FEED) {
        return true;
      }
      if (line.shape() == Shape.END) {
        // The notes of the story that ended, as next() would take them into that story.
        next(true);
        return true;
      }
    }
  }

  /**
   * Where the next story starts and what the splitter carries into it: together, everything the
   * rest of the split depends on.
   *
   * @return the boundary
   * @throws IOException if reading fails
   */
  Boundary boundary() throws IOException {
    Line first = peek(0);
    return first == null
        ? Boundary.END_OF_INPUT
        : new Boundary(first.number(), first.column(), first.kind(), storyTooLarge);
  }

  /**
   * The next story.
   *
   * @param afterEndMarker whether to start as if an end marker had just been read into a story,
   *     whose lines are not known here
   */
  private StoryLines next(boolean afterEndMarker) throws IOException {
    // Stories in an archive are alike in length: sized so, the list seldom grows, where growing
    // from the default would copy it five or six times for a story of fifty lines. The cap keeps
    // one huge story from making every later list huge.
    List<Line> story = new ArrayList<>(Math.min(lastStorySize + 8, 1024));
    String tooLarge = storyTooLarge;
    storyTooLarge = null;
    try {
      return take(afterEndMarker, tooLarge, story);
    } catch (IOException | RuntimeException | Error e) {
      // The failure that passes (see read()) must lose nothing: the lines taken go back, so that
      // a later call reads the story again from its start. (Form feeds and blank lines dropped
      // before the story's first text would be dropped again.) After any other failure the same
      // later call meets it again where it met it: without the lines back, the lines read ahead
      // could make a story of their own, whose start was lost with the failure.
      for (int i = story.size() - 1; i >= 0; i--) {
        lookahead.addFirst(story.get(i));
      }
      storyTooLarge = tooLarge;
      throw e;
    }
  }

  /** {@link #next(boolean)}, taking the story's lines into {@code story}. */
  private StoryLines take(boolean afterEndMarker, String tooLarge, List<Line> story)
      throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (tooLarge != null) {
      // At the line where the cut story stopped, which starts this one; kept from the cut, for a
      // story read again after a failure may start later (blank lines before its text dropped).
      diagnostics.add(
          Diagnostic.of(DiagnosticCode.STORY_TOO_LARGE, tooLarge, storyTooLargeLine, 1));
    }
    boolean hasText = afterEndMarker;
    boolean ended = afterEndMarker;
    while (true) {
      Line line = peek(0);
      if (line == null) {
        break;
      }
      if (line.shape() == Shape.FORM_FEED) {
        lookahead.pollFirst();
        if (hasText) {
          break;
        }
        continue;
      }
      boolean piece = line.kind() == Line.Kind.CONTINUATION;
      if (ended && line.hasText() && !piece && startsStory(0)) {
        break;
      }
      if (story.size() == maxStoryLines) {
        if (!hasText) {
          // Lines without text make no story, so there is nothing to cut: drop them and read on.
          // Stopping here would take the rest of the input for its end.
          story.clear();
        } else {
          storyTooLarge = "the story before this line had more than " + maxStoryLines
              + " lines; it was cut here";
          storyTooLargeLine = line.number();
          break;
        }
      }
      lookahead.pollFirst();
      story.add(line);
      hasText |= line.hasText();
      if (!ended) {
        ended = line.shape() == Shape.END || (line.shape() == Shape.MORE && moreEndsStory());
      }
    }
    lastStorySize = story.size();
    return hasText ? new StoryLines(story, diagnostics) : null;
  }

  /**
   * Whether the {@code more} line just taken ends the story: the next non-blank line is no page
   * marker and starts a story.
   */
  private boolean moreEndsStory() throws IOException {
    int next = nextText(-1);
    return next >= 0 && peek(next).shape() != Shape.PAGE && startsStory(next);
  }

  /**
   * Whether the non-blank line at look-ahead index {@code at} starts a story: within its next six
   * non-blank lines stands a source line, or both a slug and a timestamp; and its block (it and
   * the non-blank lines directly under it) is followed by a header line or holds one.
   */
  private boolean startsStory(int at) throws IOException {
    boolean source = false;
    boolean slug = false;
    boolean timestamp = false;
    int i = at;
    for (int seen = 0; seen < WINDOW; seen++) {
      i = nextText(i);
      if (i < 0) {
        break;
      }
      Shape shape = peek(i).shape();
      source |= shape == Shape.SOURCE;
      slug |= shape == Shape.SLUG;
      timestamp |= shape == Shape.TIMESTAMP;
    }
    if (!source && !(slug && timestamp)) {
      return false;
    }
    int j = at + 1;
    for (Line l = peek(j); l != null && l.hasText(); l = peek(++j)) {
      if (l.isStrongHeader()) {
        return true;
      }
    }
    int afterBlock = nextText(j - 1);
    return afterBlock >= 0 && peek(afterBlock).isStrongHeader();
  }



  /**
   * The look-ahead index of the first line with text after index {@code from}, stopping at a form
   * feed.
   *
   * @return the index, or -1 if there is none before a form feed or the end
   */
  private int nextText(int from) throws IOException {
    for (int i = from + 1; ; i++) {
      Line l = peek(i);
      if (l == null || l.shape() == Shape.FORM_FEED) {
        return -1;
      }
      if (l.hasText()) {
        return i;
      }
    }
  }

  /**
   * The line where the next story starts.
   *
   * @return its 1-based number, or -1 if no line with text is left
   * @throws IOException if reading fails
   */
  int peekStartLine() throws IOException {
    for (int i = 0; ; i++) {
      Line l = peek(i);
      if (l == null) {
        return -1;
      }
      if (l.hasText()) {
        return l.number();
      }
    }
  }

  /**
   * Classifies the next line read. A blank piece of an over-long line whose earlier pieces hold
   * text (a run of spaces or removed control characters cut apart by the length limit) is part of
   * that text, not a blank line: it must not split the line's element in two.
   */
  private Line classified(Line line) {
    classifier.classify(line);
    if (line.isBlank() && line.kind() == Line.Kind.CONTINUATION && lastRead != null
        && lastRead.hasText() && lastRead.number() == line.number()) {
      line.classifyAs(Shape.TEXT, "", line.firstColumn(), null);
    }
    lastRead = line;
    return line;
  }

  /** The line at a look-ahead index, reading more lines as needed; {@code null} past the end. */
  private Line peek(int index) throws IOException {
    while (lookahead.size() <= index && !endOfInput) {
      Line line = read();
      if (line == null) {
        endOfInput = true;
      } else {
        lookahead.addLast(classified(line));
      }
    }
    return index < lookahead.size() ? lookahead.get(index) : null;
  }

  /**
   * The next line of the input. A failure to read ends the input: it is thrown again at every later
   * call (an unchecked exception or error from the input too), for a reader that failed part way
   * through a line or a CRLF cannot be trusted to go on where it stopped, and lines read after a
   * gap would make stories that are not in the input. The one failure that passes is this
   * thread's interrupt while it waits for lines read ahead on another, which loses nothing there.
   */
  private Line read() throws IOException {
    if (failure != null) {
      throw Failures.rethrow(failure);
    }
    try {
      return lines.next();
    } catch (ReadAheadLineReader.WaitInterrupted e) {
      throw e;
    } catch (IOException | RuntimeException | Error e) {
      // Unchecked ones too: an input that throws UncheckedIOException or IOError has failed all
      // the same.
      failure = e;
      throw e;
    }
  }
}
