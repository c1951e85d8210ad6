package org.wirecopy.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.wirecopy.ParseResult;

/**
 * Parses stories on several threads and hands them out in input order.
 *
 * <p>The work runs in three stages, each in input order: one thread decodes and cleans lines
 * ({@link ReadAheadLineReader}); the calling thread classifies them and splits the archive into
 * stories, which depends on the lines before each cut and so cannot be shared out; a pool of worker
 * threads assembles each story's lines into an article (the header, body and embargo logic, the
 * diagnostics). At most {@code window} stories are in
 * flight at once, so memory stays bounded whatever the input's size: the calling thread reads
 * ahead only until the window is full, then waits for the oldest story.
 *
 * <p>Not thread-safe: one thread calls {@link #next()}. {@link #close()} stops the workers.
 */
public final class ParallelStoryReader implements StorySource {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final StoryReader reader;
  private final ExecutorService workers;
  private final int window;
  private final ArrayDeque<Future<ParseResult>> inFlight = new ArrayDeque<>();
  private boolean endOfInput;

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
    // A few stories per worker keep every worker busy while the oldest story is waited for, even
    // when story sizes differ; more would only hold more memory.
    this.window = 4 * jobs;
    this.workers = Executors.newFixedThreadPool(jobs, daemonThreads());
  }

  /** Daemon threads, so that a stream its user forgot to close never keeps the JVM alive. */
  private static ThreadFactory daemonThreads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "wirecopy-" + pool + "-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public ParseResult next() throws IOException {
    while (!endOfInput && inFlight.size() < window) {
      StoryLines story = reader.nextLines();
      if (story == null) {
        endOfInput = true;
      } else {
        inFlight.addLast(workers.submit(() -> reader.assemble(story)));
      }
    }
    Future<ParseResult> oldest = inFlight.pollFirst();
    if (oldest == null) {
      return null;
    }
    try {
      return oldest.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a story");
    } catch (ExecutionException e) {
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
   * Stops the workers, dropping the stories in flight, and closes the input.
   *
   * @throws IOException if closing the input fails
   */
  @Override
  public void close() throws IOException {
    endOfInput = true;
    for (Future<ParseResult> f : inFlight) {
      f.cancel(true);
    }
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
