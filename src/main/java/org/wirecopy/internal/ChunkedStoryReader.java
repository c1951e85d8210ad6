package org.wirecopy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PushbackInputStream;
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
import org.wirecopy.internal.ByteChunks.Chunk;

/**
 * Parses an archive of bytes on several threads by cutting it into chunks and running the whole
 * pipeline (decoding, cleaning, classifying, splitting, assembling) on each chunk at once, handing
 * the stories out in input order with exactly the results of one thread.
 *
 * <p>A story starts only after an end marker or at a form feed (FORMAT.md section 4), and from
 * there where the next story starts depends on nothing earlier but the story limit. So the worker
 * of a chunk reads from the first line that starts in it to the first end marker or form feed, past
 * the notes after it, and parses stories from there (its <em>start</em>); the worker of the chunk
 * before parses on past its chunk's end until it reaches that start. If it gets there in the same
 * state ({@link Boundary}), the two agree on everything after, and the stories are handed over.
 * If not (a story limit reached in between, a chunk without an end marker, a form feed without a
 * story before it), nothing is guessed: the calling thread reads on from where that worker stopped,
 * on its own, until it reaches a later chunk's start in the same state. Line numbers count from the
 * start of the whole input, since {@link ByteChunks} counts line ends as it reads each chunk.
 *
 * <p>At most {@code 2 * jobs} chunks are in flight (and no more than {@code 2 * MAX_WORKERS}), so
 * memory stays bounded. If no worker has
 * started the oldest chunk when its stories are wanted, the calling thread parses it itself.
 *
 * <p>An {@link IOException} from the input arrives, as thrown and at every later call, after
 * every story one thread would have handed out before meeting it: those of the chunks read whole,
 * then those the worker of the last chunk finished before it needed the bytes that failed. (A
 * {@code RuntimeException} or {@code Error} from the input is thrown where it is met.)
 *
 * <p>Not thread-safe: one thread calls {@link #next()}. {@link #close()} stops the workers.
 */
public final class ChunkedStoryReader implements StorySource {

  /**
   * Bytes per chunk: some three hundred stories, so that finding a start (about one story read
   * twice) and each chunk's readers cost little: chunks of 256 KiB allocated half a byte more per
   * input byte, for read buffers.
   */
  static final int CHUNK_BYTES = 1 << 20;

  /** The smallest chunk, in the smallest heaps. */
  static final int MIN_CHUNK_BYTES = 64 << 10;

  /** Bytes of heap per byte of a chunk; see {@link #chunkBytes}. */
  private static final int HEAP_PER_CHUNK = 512;

  /** The most worker threads: {@code 2 * MAX_WORKERS} chunks in flight at most. */
  static final int MAX_WORKERS = 8;

  private final ByteChunks chunks;
  private final ParserConfig config;
  private final LineClassifier classifier;
  private final ExecutorService workers;
  private final int window;

  private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
  private Chunk lastDispatched;
  private boolean allDispatched;
  private Iterator<ParseResult> ready = Collections.emptyIterator();
  /**
   * The array of the chunk whose stories were taken last, reused once the next chunk's are. Only
   * the array: the chunk links to every chunk read after it, and while the calling thread reads on
   * alone nothing is taken, so holding the chunk would hold the whole input read since.
   */
  private byte[] lastTaken;
  /**
   * A failure to read, thrown once the stories read before it are handed out, as one thread would
   * hand them out (the stories of the chunks in flight, then those a worker finished before it met
   * the failure), and at every call after.
   */
  private IOException failure;
  /** Whether {@link #failure} is thrown as soon as {@link #ready} runs out. */
  private boolean failedAfterReady;
  /** The reader the calling thread reads on with, after a worker stopped without a hand-over. */
  private StoryReader readingOn;
  private boolean finished;
  /** Chunks whose start the chunk before reached in the same state; for tests. */
  private int handedOver;
  /** Stories the calling thread read on its own; for tests. */
  private int readAlone;

  /** A chunk given to the workers, and what they make of it. */
  private record Pending(Chunk chunk, FutureTask<ChunkResult> task) {}

  /** How a worker stopped. */
  private enum End {
    /** The chunk has no end marker or form feed to start from: it has no stories of its own. */
    NO_START,
    /** The worker parsed to the end of the input. */
    END_OF_INPUT,
    /** The worker reached the next chunk's start in the same state. */
    NEXT_CHUNK,
    /** The worker passed the next chunk's start, or could not find one: see {@code rest}. */
    HANDED_OVER,
    /**
     * Reading the input failed, past the chunk or while looking for its start: the stories
     * finished before come first, then {@code failure}.
     */
    FAILED
  }

  /**
   * What a worker made of a chunk.
   *
   * @param start where its stories start, {@code null} for {@link End#NO_START} and {@link
   *     End#FAILED} (a reader reading on alone drops such a result and meets the failure itself)
   * @param stories its stories
   * @param end how it stopped
   * @param rest for {@link End#HANDED_OVER}, the reader at the boundary where it stopped
   * @param failure for {@link End#FAILED}, what reading on threw
   */
  private record ChunkResult(
      Boundary start, List<ParseResult> stories, End end, StoryReader rest, IOException failure) {

    ChunkResult(Boundary start, List<ParseResult> stories, End end, StoryReader rest) {
      this(start, stories, end, rest, null);
    }
  }

  /**
   * The reader for a stream of bytes on {@code jobs} threads: a chunked one, or for UTF-16 (which
   * is decoded as one stream of characters) a {@link ParallelStoryReader}.
   *
   * @param in the bytes
   * @param config the configuration
   * @param classifier the classifier built for it
   * @param jobs the number of worker threads, at least 1
   * @return the reader
   * @throws IOException if reading the first bytes fails
   */
  public static StorySource open(InputStream in, ParserConfig config, LineClassifier classifier,
      int jobs) throws IOException {
    return open(in, config, classifier, jobs, chunkBytes(Runtime.getRuntime().maxMemory()));
  }

  /**
   * The chunk size for a heap: {@link #CHUNK_BYTES}, or less in a small heap. The chunks in flight
   * and their stories stay in memory until the stories are handed out: with chunks of 1 MiB and two
   * jobs, 29 MB of a 64 MiB heap was still in use after each collection, and the collector ran
   * every few milliseconds (two jobs took longer than one). A 512th of the heap keeps them to a
   * few percent of it, and below 256 MiB of heap keeps a chunk under half a G1 region, where it is
   * no humongous object. Measured with 1 GiB in a 64 MiB heap and two jobs: 28 s with chunks of
   * 1 MiB (7 s of it collector pauses), 21 s with a 512th (1.7 s), 20 s with a 256th (2.4 s).
   *
   * @param maxHeap the most memory the heap may take, in bytes
   * @return the bytes per chunk, from {@link #MIN_CHUNK_BYTES} to {@link #CHUNK_BYTES}
   */
  static int chunkBytes(long maxHeap) {
    return (int) Math.max(MIN_CHUNK_BYTES, Math.min(CHUNK_BYTES, maxHeap / HEAP_PER_CHUNK));
  }

  /** As {@link #open(InputStream, ParserConfig, LineClassifier, int)}, with a chunk size for tests. */
  static StorySource open(InputStream in, ParserConfig config, LineClassifier classifier,
      int jobs, int chunkBytes) throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 2);
    byte[] head = peek.readNBytes(2);
    peek.unread(head);
    boolean utf16 = head.length == 2
        && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
            || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE));
    if (utf16) {
      return new ParallelStoryReader(StoryReader.of(peek, config, classifier), config, classifier,
          jobs);
    }
    return new ChunkedStoryReader(new ByteChunks(peek, chunkBytes), config, classifier, jobs);
  }

  private ChunkedStoryReader(ByteChunks chunks, ParserConfig config, LineClassifier classifier,
      int jobs) {
    this.chunks = chunks;
    this.config = config;
    this.classifier = classifier;
    // Two chunks per worker: one being parsed, one ready for when it is done. A chunk's stories
    // take a few times its size in memory, so more workers than that bound do not run at once.
    int threads = Math.min(jobs, MAX_WORKERS);
    this.window = 2 * threads;
    this.workers = Executors.newFixedThreadPool(threads, DaemonThreads.named("chunk"));
  }

  @Override
  public ParseResult next() throws IOException {
    while (true) {
      if (ready.hasNext()) {
        return ready.next();
      }
      if (finished) {
        if (failure != null) {
          // As one thread's reader, which meets the failure again at every call.
          throw failure;
        }
        return null;
      }
      if (failure != null && readingOn == null && (inFlight.isEmpty() || failedAfterReady)) {
        // Every story read before the failure is out; a reader on its own meets it itself.
        finish();
        throw failure;
      }
      if (readingOn != null) {
        ParseResult story = readOn();
        if (story != null) {
          return story;
        }
        continue;
      }
      fillWindow();
      Pending oldest = inFlight.peekFirst();
      if (oldest == null) {
        if (failure == null) {
          // An empty input: a hand-over to a next chunk needs that chunk to exist.
          finish();
        }
        continue;
      }
      // Taken off only once its result is in: an interrupt while waiting loses nothing.
      ChunkResult result = result(oldest);
      inFlight.pollFirst();
      take(oldest.chunk(), result);
    }
  }

  /** Takes a chunk's stories, whose start the chunk before reached in the same state. */
  private void take(Chunk chunk, ChunkResult result) {
    // Every reader that may still be in the chunk taken before this one has finished: its own
    // worker and those of the chunks before it, whose results were taken first, and the reader
    // of a hand-over, given up when it reached this chunk's start. Readers of later chunks start
    // in them and read on forward only. And it is not the newest chunk: this one was read after.
    if (lastTaken != null) {
      chunks.recycle(lastTaken);
    }
    lastTaken = chunk.bytes;
    ready = result.stories().iterator();
    switch (result.end()) {
      case END_OF_INPUT -> finish();
      case HANDED_OVER -> readingOn = result.rest();
      case NEXT_CHUNK -> handedOver++;
      case FAILED -> {
        failure = result.failure();
        failedAfterReady = true;
      }
      case NO_START -> throw new IllegalStateException("a chunk without a start was handed over");
    }
  }

  /**
   * One step of reading on alone: either a story, or {@code null} after taking over a chunk's
   * stories, dropping a chunk the reader has passed, or reaching the end.
   */
  private ParseResult readOn() throws IOException {
    Boundary at = readingOn.boundary();
    if (at.isEndOfInput()) {
      finish();
      return null;
    }
    fillWindow();
    Pending next = inFlight.peekFirst();
    if (next != null && at.line() >= next.chunk().firstLine) {
      ChunkResult result = result(next);
      if (result.start() == null || at.isAfter(result.start())) {
        inFlight.pollFirst();
        return null;
      }
      if (at.sameState(result.start())) {
        inFlight.pollFirst();
        readingOn = null;
        take(next.chunk(), result);
        return null;
      }
    }
    ParseResult story = readingOn.next();
    if (story == null) {
      finish();
    } else {
      readAlone++;
    }
    return story;
  }

  private void fillWindow() {
    while (!allDispatched && inFlight.size() < window) {
      Chunk next;
      try {
        next = chunks.after(lastDispatched);
      } catch (IOException e) {
        // The chunks already in flight were read whole: their stories come first. The worker of
        // the last of them meets the same failure when it reads on past its end.
        failure = e;
        allDispatched = true;
        return;
      }
      if (next == null) {
        allDispatched = true;
      } else {
        dispatch(next);
      }
    }
  }

  private void dispatch(Chunk chunk) {
    FutureTask<ChunkResult> task = new FutureTask<>(() -> parse(chunk));
    inFlight.addLast(new Pending(chunk, task));
    lastDispatched = chunk;
    workers.execute(task);
  }

  /** A chunk's result, parsing it here and now if no worker has started it. */
  private ChunkResult result(Pending pending) throws IOException {
    // Parsed here, the chunk must not take this thread's interrupt for a worker's stop, which
    // would end it part way; the interrupt is kept for the wait below, or for the caller.
    boolean interrupted = Thread.interrupted();
    pending.task().run();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    try {
      return pending.task().get();
    } catch (InterruptedException e) {
      // The chunk stays the oldest in flight: a later call, the interrupt cleared, waits again.
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a chunk");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
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
   * A worker's job: a chunk's stories, from its start to the next chunk's start. A failure to read
   * the chunks after it ends the job with the stories finished before it.
   */
  private ChunkResult parse(Chunk chunk) throws IOException {
    List<ParseResult> stories = new ArrayList<>();
    try {
      return parse(chunk, stories);
    } catch (Stopped e) {
      throw e;
    } catch (IOException e) {
      return new ChunkResult(null, stories, End.FAILED, null, e);
    }
  }

  /**
   * A worker told to stop: the only {@link InterruptedIOException} that is no failure of the
   * input (a socket's read timeout is one, and comes after the stories before it like any other).
   */
  private static final class Stopped extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped");
    }
  }

  private ChunkResult parse(Chunk chunk, List<ParseResult> stories) throws IOException {
    StoryReader reader;
    if (chunk.index == 0) {
      reader = StoryReader.ofBytesFrom(new ChunkInput(chunks, chunk, 0), config, classifier, 1,
          true);
    } else {
      reader = fromStart(chunk);
      if (reader == null) {
        return new ChunkResult(null, List.of(), End.NO_START, null);
      }
    }
    Boundary start = reader.boundary();
    Boundary target = null;
    boolean past = false;
    for (Boundary at = start; ; at = reader.boundary()) {
      if (at.isEndOfInput()) {
        return new ChunkResult(start, stories, End.END_OF_INPUT, null);
      }
      if (!past && at.line() > chunk.lastLine) {
        // Past this chunk: the next one's start is where to stop.
        past = true;
        Chunk following = chunks.after(chunk);
        if (following != null) {
          StoryReader probe = probeOrNull(following);
          if (probe == null) {
            return new ChunkResult(start, stories, End.HANDED_OVER, reader);
          }
          target = probe.boundary();
        }
      }
      if (target != null) {
        if (at.sameState(target)) {
          return new ChunkResult(start, stories, End.NEXT_CHUNK, null);
        }
        if (!target.isAfter(at)) {
          return new ChunkResult(start, stories, End.HANDED_OVER, reader);
        }
      }
      if (Thread.interrupted()) {
        throw new Stopped();
      }
      ParseResult story = reader.next();
      if (story == null) {
        return new ChunkResult(start, stories, End.END_OF_INPUT, null);
      }
      stories.add(story);
    }
  }

  /**
   * A reader at a chunk's start: where the first story after the first end marker or form feed on
   * a line that starts in the chunk begins; {@code null} if the chunk has none.
   */
  private StoryReader fromStart(Chunk chunk) throws IOException {
    if (chunk.lineStart < 0) {
      return null;
    }
    StoryReader reader = StoryReader.ofBytesFrom(new ChunkInput(chunks, chunk, chunk.lineStart),
        config, classifier, chunk.lineStartNumber, false);
    return reader.skipToStoryAfterMarker(chunk.lastLine) ? reader : null;
  }

  /**
   * {@link #fromStart}, or {@code null} when looking for the chunk's start fails to read the chunks
   * after it: the calling thread then reads on from this worker's reader and meets the failure
   * itself, after every story before it, as one thread would.
   */
  private StoryReader probeOrNull(Chunk chunk) {
    try {
      return fromStart(chunk);
    } catch (IOException e) {
      return null;
    }
  }

  private void finish() {
    finished = true;
    readingOn = null;
    for (Pending pending : inFlight) {
      pending.task().cancel(true);
    }
    inFlight.clear();
  }

  /**
   * Stops the workers, dropping the stories in flight, and closes the input.
   *
   * @throws IOException if closing the input fails
   */
  @Override
  public void close() throws IOException {
    finish();
    ready = Collections.emptyIterator();
    workers.shutdownNow();
    chunks.close();
  }

  /** How many chunks were handed over from the chunk before; for tests. */
  int handedOver() {
    return handedOver;
  }

  /** How many chunk arrays were allocated; for tests. */
  int chunkArraysAllocated() {
    return chunks.allocated();
  }

  /** How many stories the calling thread read on its own; for tests. */
  int readAlone() {
    return readAlone;
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
