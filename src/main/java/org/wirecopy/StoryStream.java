package org.wirecopy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.wirecopy.internal.StorySource;

/**
 * The stories of an input, read one at a time: only the current story and a few lines of
 * look-ahead are held in memory, so an archive of any size can be read. Close it when done; it
 * closes the input it reads.
 *
 * <pre>{@code
 * try (StoryStream stories = parser.stories(Path.of("archive.txt"))) {
 *   for (ParseResult story : stories) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #nextStory()} reports failures as checked exceptions. The {@link Iterator} and {@link
 * #stream()} views cannot: they wrap an {@link IOException} in an {@link UncheckedIOException} and
 * a strict parser's {@link WireFormatException} in an {@link UncheckedWireFormatException}. A
 * stream is not thread-safe: read it from one thread.
 *
 * <p>A failure to read the input ends the stream, even one after which the input could go on (a
 * socket's read timeout): the stories read before it come out first, and then every call throws
 * it. An unchecked exception or error from the input ends it too; bytes parsed on several jobs
 * throw it where it is met, before the stories of the chunks read ahead of it. The one exception is an
 * interrupt of the reading thread while it waits for a worker thread, which loses nothing: see
 * {@link WireParser#stories(java.io.InputStream, int)}.
 *
 * <p>A stream made by {@link WireParser#stories(Path, int)} with more than one job parses on worker
 * threads of its own, yet hands out the stories in input order, exactly as a one-job stream would:
 * the same results, the same diagnostics, and a strict parser throws for the first story with an
 * ERROR in input order. Closing it stops its threads; its threads are daemons, so a stream that was
 * never closed does not keep the JVM alive.
 */
public final class StoryStream implements Iterable<ParseResult>, AutoCloseable {

  private final StorySource reader;
  private final WireParser parser;
  private ParseResult pending;
  private boolean done;

  StoryStream(StorySource reader, WireParser parser) {
    this.reader = reader;
    this.parser = parser;
  }

  /**
   * The next story.
   *
   * @return the story, or {@code null} when no story is left
   * @throws IOException if reading fails
   * @throws WireFormatException if the parser is strict and the story has an ERROR
   */
  public ParseResult nextStory() throws IOException, WireFormatException {
    if (pending != null) {
      ParseResult r = pending;
      pending = null;
      return r;
    }
    if (done) {
      return null;
    }
    ParseResult r = reader.next();
    if (r == null) {
      done = true;
      return null;
    }
    return parser.checked(r);
  }

  /**
   * The stories as an iterator; see the class description for how failures are reported.
   *
   * @return an iterator over the remaining stories
   */
  @Override
  public Iterator<ParseResult> iterator() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (pending == null && !done) {
          pending = nextUnchecked();
        }
        return pending != null;
      }

      @Override
      public ParseResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ParseResult r = pending;
        pending = null;
        return r;
      }
    };
  }

  /**
   * The stories as a sequential stream that closes this stream when it is closed.
   *
   * @return a stream over the remaining stories
   */
  public Stream<ParseResult> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::closeUnchecked);
  }

  private ParseResult nextUnchecked() {
    try {
      ParseResult r = reader.next();
      if (r == null) {
        done = true;
        return null;
      }
      return parser.checked(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (WireFormatException e) {
      throw new UncheckedWireFormatException(e);
    }
  }

  private void closeUnchecked() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Closes the input and stops any worker threads; stories still in flight are dropped.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    done = true;
    reader.close();
  }
}
