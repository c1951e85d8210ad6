package org.wirecopy.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress report on standard error, redrawn in place with a carriage return: bytes
 * read (and the share of the file, when its size is known), stories, stories per second and MiB
 * per second. It is redrawn at most a few times a second, so it costs nothing measurable.
 *
 * <p>While the input is read the rates are those of the last few seconds, so that they follow
 * what happens now: over the whole run they would climb for minutes, as the JIT compiler's first
 * slow seconds weigh on them. The last line gives the whole run's rates.
 */
final class Progress {

  /** Redraws per second at most; more would only flicker. */
  private static final long INTERVAL_NANOS = 250_000_000L;
  /** How far back the rates shown while reading look. */
  private static final long WINDOW_NANOS = 5_000_000_000L;

  /** The counts at one moment. */
  private record Sample(long nanos, long bytes, long stories) {}

  private final PrintStream err;
  private final String name;
  private final long size;
  private final LongSupplier clock;
  private final Sample start;
  /**
   * The samples taken at redraws, oldest first: those of the last {@link #WINDOW_NANOS}, and never
   * fewer than the last two, so that after a longer pause the rate reaches back to the redraw
   * before it.
   */
  private final ArrayDeque<Sample> recent = new ArrayDeque<>();
  private long lastDrawn;
  /** Written by whichever thread reads the input (one at a time), read by the calling thread. */
  private volatile long bytes;
  private long stories;
  private int width;

  /**
   * A report for one input.
   *
   * @param err where to draw it
   * @param name the input's name
   * @param size its size in bytes, or -1 if unknown (standard input)
   */
  Progress(PrintStream err, String name, long size) {
    this(err, name, size, System::nanoTime);
  }

  /** A report timed by {@code clock}, in nanoseconds; for tests. */
  Progress(PrintStream err, String name, long size, LongSupplier clock) {
    this.err = err;
    this.name = name;
    this.size = size;
    this.clock = clock;
    this.start = new Sample(clock.getAsLong(), 0, 0);
    this.lastDrawn = start.nanos();
    recent.add(start);
  }

  /** The input, counting the bytes the parser reads from it. */
  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytes++;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          bytes += n;
        }
        return n;
      }
    };
  }

  /** Counts one more story, redrawing the line if it is time to. */
  void story() {
    stories++;
    long now = clock.getAsLong();
    if (now - lastDrawn >= INTERVAL_NANOS) {
      lastDrawn = now;
      Sample current = new Sample(now, bytes, stories);
      recent.addLast(current);
      while (recent.size() > 2 && now - recent.peekFirst().nanos() > WINDOW_NANOS) {
        recent.pollFirst();
      }
      draw(recent.peekFirst(), current);
    }
  }

  /** Draws the whole run's figures and ends the line. */
  void finish() {
    draw(start, new Sample(clock.getAsLong(), bytes, stories));
    err.print('\n');
    err.flush();
  }

  /** Draws the counts at {@code now}, with the rates since {@code since}. */
  private void draw(Sample since, Sample now) {
    double seconds = Math.max(1e-9, (now.nanos() - since.nanos()) / 1e9);
    double mib = now.bytes() / (double) (1 << 20);
    double mibRead = (now.bytes() - since.bytes()) / (double) (1 << 20);
    // Rounded down: 100% only once the whole file is read.
    String share = size > 0 ? " (" + Math.min(100, 100 * now.bytes() / size) + "%)" : "";
    String line = String.format(Locale.ROOT,
        "%s: %.1f MiB%s, %d %s, %.0f stories/s, %.1f MiB/s",
        name, mib, share, now.stories(), now.stories() == 1 ? "story" : "stories",
        (now.stories() - since.stories()) / seconds, mibRead / seconds);
    // Pad over the end of a longer previous line.
    String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
    width = line.length();
    err.print('\r');
    err.print(padded);
    err.flush();
  }
}
