package org.wirecopy.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads lines on a thread of its own, ahead of the reader that asks for them, so that decoding and
 * cleaning (about half of the work of parsing) run beside classifying, splitting and assembling.
 *
 * <p>Lines travel in batches, as a hand-over per line would cost more than the line. At most
 * {@value #BATCHES} batches of about {@value #BATCH_CHARS} characters wait at once, so memory stays
 * bounded however far behind the reader falls. The lines come out in input order: one thread
 * reads them and one queue carries them.
 */
final class ReadAheadLineReader implements LineReader {

  /** Characters per batch: enough to make a hand-over rare, few enough to stay in the cache. */
  static final int BATCH_CHARS = 1 << 16;
  /** Lines per batch at most, for copy of many short or blank lines. */
  private static final int BATCH_LINES = 2048;
  /** Batches that may wait to be read. */
  static final int BATCHES = 4;

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final Line[] END = new Line[0];

  private final LineReader in;
  private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(BATCHES);
  private final Thread thread;
  private volatile boolean closed;

  private Line[] batch = new Line[0];
  private int next;
  private boolean ended;

  /**
   * Starts reading.
   *
   * @param in the lines to read ahead; read only by this reader's thread from now on
   */
  ReadAheadLineReader(LineReader in) {
    this.in = in;
    this.thread = new Thread(this::readAhead, "wirecopy-reader-" + THREADS.incrementAndGet());
    // A daemon, so that a reader its user forgot to close never keeps the JVM alive.
    thread.setDaemon(true);
    thread.start();
  }

  private void readAhead() {
    Line[] lines = new Line[BATCH_LINES];
    int count = 0;
    int chars = 0;
    try {
      while (!closed) {
        Line line;
        try {
          line = in.next();
        } catch (IOException | RuntimeException | Error e) {
          // The lines read before the failure come first, as they would from the input itself.
          if (count > 0) {
            batches.put(Arrays.copyOf(lines, count));
          }
          batches.put(e);
          return;
        }
        if (line == null) {
          if (count > 0) {
            batches.put(Arrays.copyOf(lines, count));
          }
          batches.put(END);
          return;
        }
        lines[count++] = line;
        chars += line.text().length();
        if (count == BATCH_LINES || chars >= BATCH_CHARS) {
          batches.put(Arrays.copyOf(lines, count));
          count = 0;
          chars = 0;
        }
      }
    } catch (InterruptedException e) {
      // close() stops the thread; nobody waits for more lines or for the failure.
    }
  }

  @Override
  public Line next() throws IOException {
    if (next == batch.length) {
      if (ended) {
        return null;
      }
      Object taken = take();
      if (taken instanceof Throwable t) {
        ended = true;
        throw Failures.rethrow(t);
      }
      batch = (Line[]) taken;
      next = 0;
      if (batch == END) {
        ended = true;
        return null;
      }
    }
    return batch[next++];
  }

  private Object take() throws IOException {
    try {
      // The read-ahead thread always puts an end, a failure or a batch unless closed.
      return batches.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitInterrupted();
    }
  }

  /**
   * The reading thread interrupted while it waited for lines: no failure of the input, and nothing
   * is lost, so a later call goes on. Told apart from an {@link InterruptedIOException} of the
   * input itself (a socket's read timeout), which ends the lines.
   */
  static final class WaitInterrupted extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    WaitInterrupted() {
      super("interrupted while waiting for lines");
    }
  }

  /**
   * Stops the thread and closes the input.
   *
   * @throws IOException if closing the input fails
   */
  @Override
  public void close() throws IOException {
    closed = true;
    ended = true;
    thread.interrupt();
    batches.clear();
    try {
      // Let the thread leave its read before the input goes away beneath it.
      thread.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    in.close();
  }
}
