package org.wirecopy.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.wirecopy.ParseResult;

/**
 * Parses stories on several threads and hands them out in input order.
 *
 * <p>The work runs in three stages, each in input order: one thread decodes and cleans lines
 * ({@link ReadAheadLineReader}); the calling thread classifies them and splits the archive into
 * stories, which depends on the lines before each cut and so cannot be shared out; a pool of worker
 * threads assembles each story's lines into an article (the header, body and embargo logic, the
 * diagnostics).
 *
 * <p>Stories go to the workers in groups of a few, as a hand-over per story would cost about as
 * much as assembling it. At most {@code 4 * jobs} groups of up to eight stories are in flight,
 * so memory stays bounded whatever the input's size: the calling thread reads ahead only until
 * the window is full, then turns to the oldest group. If no worker has started that group yet, the calling
 * thread assembles it itself instead of waiting for a worker to wake: on a busy machine a thread's
 * wake-up can cost more than the work it was woken for.
 *
 * <p>An interrupt of the calling thread while it waits, for the oldest group's stories or for
 * lines, throws an {@link InterruptedIOException} and loses nothing: the group stays the oldest,
 * and the splitter puts back the lines of the story it was reading. A later call goes on.
 *
 * <p>Not thread-safe: one thread calls {@link #next()}. {@link #close()} stops the workers.
 */
public final class ParallelStoryReader implements StorySource {

  private final StoryReader reader;
  private final ExecutorService workers;
  private final int window;
  /** Stories per group at most, and lines per group at most (a group ends at the first limit). */
  private static final int GROUP_STORIES = 8;
  private static final int GROUP_LINES = 2048;

  private final ArrayDeque<FutureTask<List<ParseResult>>> inFlight = new ArrayDeque<>();
  private Iterator<ParseResult> ready = Collections.emptyIterator();
  private boolean endOfInput;
  /**
   * A read that failed (an IOException, or an unchecked exception or error from the input), thrown
   * once the stories read before it have been handed out.
   */
  private Throwable failure;

  /**
   * A parallel reader.
   *
   * @param reader the sequential reader whose stories are split here and assembled by workers; it is
   *     taken over, and its lines are read ahead on a thread of their own
   * @param config the configuration it was made with
   * @param classifier the classifier it was made with
   * @param jobs the number of worker threads, at least 1
   */
  public ParallelStoryReader(
      StoryReader reader, ParserConfig config, LineClassifier classifier, int jobs) {
    this.reader = reader.readingAhead(config, classifier);
    // A few groups per worker keep every worker busy while the oldest group is waited for, even
    // when story sizes differ; more would only hold more memory.
    this.window = 4 * jobs;
    this.workers = Executors.newFixedThreadPool(jobs, DaemonThreads.named("worker"));
  }

  @Override
  public ParseResult next() throws IOException {
    if (ready.hasNext()) {
      return ready.next();
    }
    fillWindow();
    FutureTask<List<ParseResult>> oldest = inFlight.peekFirst();
    if (oldest == null) {
      if (failure != null) {
        // At every call from now on, as the sequential reader meets it again at every call.
        throw Failures.rethrow(failure);
      }
      return null;
    }
    // Does nothing if a worker has started the group; else assembles it here and now.
    oldest.run();
    try {
      List<ParseResult> stories = oldest.get();
      // Taken off only once its stories are in: an interrupt while waiting loses nothing.
      inFlight.pollFirst();
      ready = stories.iterator();
      return ready.next();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a story");
    } catch (ExecutionException e) {
      // A worker's own failure (a bug): the group stays the oldest, so the failure comes again at
      // every later call instead of its stories being skipped without a word.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a worker failed", cause);
    }
  }

  /**
   * Reads groups of stories and hands them to the workers until the window is full or the input
   * ends.
   *
   * @throws InterruptedIOException if this thread is interrupted while it waits for lines; the
   *     stories read before go to the workers, and the story being read is read again by a later
   *     call
   */
  private void fillWindow() throws InterruptedIOException {
    while (!endOfInput && inFlight.size() < window) {
      List<StoryLines> group = new ArrayList<>(GROUP_STORIES);
      try {
        readGroup(group);
      } finally {
        if (!group.isEmpty()) {
          FutureTask<List<ParseResult>> task = new FutureTask<>(() -> assembleAll(group));
          inFlight.addLast(task);
          workers.execute(task);
        }
      }
    }
  }

  /**
   * Reads the next few stories' lines into {@code group}; none at the end of the input. A failed
   * read ends the input here and is kept for later, so that the stories read before it still come
   * out first, as they do from the sequential reader.
   */
  private void readGroup(List<StoryLines> group) throws InterruptedIOException {
    int lines = 0;
    while (group.size() < GROUP_STORIES && lines < GROUP_LINES) {
      StoryLines story;
      try {
        story = reader.nextLines();
      } catch (ReadAheadLineReader.WaitInterrupted e) {
        throw e;
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
        story = null;
      }
      if (story == null) {
        endOfInput = true;
        break;
      }
      group.add(story);
      lines += story.lines().size();
    }
  }

  private List<ParseResult> assembleAll(List<StoryLines> group) {
    List<ParseResult> results = new ArrayList<>(group.size());
    for (StoryLines story : group) {
      results.add(reader.assemble(story));
    }
    return results;
  }

  /**
   * Stops the workers, dropping the stories in flight, and closes the input.
   *
   * @throws IOException if closing the input fails
   */
  @Override
  public void close() throws IOException {
    endOfInput = true;
    failure = null;
    for (FutureTask<List<ParseResult>> task : inFlight) {
      task.cancel(true);
    }
    ready = Collections.emptyIterator();
    inFlight.clear();
    workers.shutdownNow();
    reader.close();
  }

  /**
   * Whether every worker thread has stopped; for tests of {@link #close()}.
   *
   * @return true once the pool is shut down and its threads have ended
   */
  boolean isStopped() {
    return workers.isTerminated();
  }
}
