package org.wirecopy.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.wirecopy.ParseResult;

/**
 * Turns the stories of one input into output documents and writes them in input order. With
 * worker threads, stories are formatted in batches on the workers while the parser goes on:
 * writing JSON costs about as much as parsing, so on one thread it would hold back every job the
 * parser runs. Without workers, each story is formatted and written as soon as it is read.
 *
 * <p>Memory stays bounded: at most {@code 2 * jobs} batches wait to be written. Not
 * thread-safe: one thread adds stories and writes.
 */
final class OutputPipeline {

  /** Stories per batch on workers: enough that handing a batch over costs little beside it. */
  private static final int BATCH_STORIES = 32;

  /**
   * The documents of a batch as UTF-8, and the warnings to print on standard error. The buffer is
   * the formatter's own, handed over whole: nothing writes to it once the batch is made.
   */
  record Batch(ByteArrayOutputStream text, List<String> warnings) {}

  /** Formats stories; {@code opensInput} says whether the first of them is the input's first. */
  interface Formatter {
    Batch format(List<ParseResult> stories, boolean opensInput) throws IOException;
  }

  /** Where batches go, in input order. */
  interface Sink {
    void write(Batch batch) throws IOException;
  }

  private final Formatter formatter;
  private final Sink sink;
  /** The workers, or null to format on the calling thread. */
  private final ExecutorService workers;
  private final int window;
  private final int batchStories;
  private final ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
  private List<ParseResult> batch = new ArrayList<>();
  private boolean opensInput = true;

  /**
   * A pipeline for one input.
   *
   * @param workers the threads to format on, or null for the calling thread
   * @param jobs how many workers there are
   */
  OutputPipeline(Formatter formatter, Sink sink, ExecutorService workers, int jobs) {
    this.formatter = formatter;
    this.sink = sink;
    this.workers = workers;
    this.window = 2 * jobs;
    this.batchStories = workers == null ? 1 : BATCH_STORIES;
  }

  /** Takes the next story; its document is written now or once the batches before it are. */
  void add(ParseResult story) throws IOException {
    batch.add(story);
    if (batch.size() >= batchStories) {
      submit();
    }
  }

  /**
   * Writes every story taken so far; call it at the end of the input, before an error, and when
   * the input pauses. Stories may be added after it.
   */
  void finish() throws IOException {
    if (!batch.isEmpty()) {
      submit();
    }
    while (!inFlight.isEmpty()) {
      writeOldest();
    }
  }

  private void submit() throws IOException {
    List<ParseResult> stories = batch;
    boolean opens = opensInput;
    batch = new ArrayList<>(batchStories);
    opensInput = false;
    if (workers == null) {
      sink.write(formatter.format(stories, opens));
      return;
    }
    while (inFlight.size() >= window) {
      writeOldest();
    }
    inFlight.add(workers.submit(() -> formatter.format(stories, opens)));
  }

  private void writeOldest() throws IOException {
    Future<Batch> oldest = inFlight.remove();
    try {
      sink.write(oldest.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing");
    } catch (ExecutionException e) {
      // A writer's own failure: the command line reports it as an internal error.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
