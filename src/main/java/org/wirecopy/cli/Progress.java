package org.wirecopy.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress report on standard error, redrawn in place with a carriage return: bytes
 * read (and the share of the file, when its size is known), stories, stories per second and MiB
 * per second. It is redrawn at most a few times a second, so it costs nothing measurable.
 */
final class Progress {

  /** Redraws per second at most; more would only flicker. */
  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream err;
  private final String name;
  private final long size;
  private final long start = System.nanoTime();
  private long lastDrawn = start;
  private long bytes;
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
    this.err = err;
    this.name = name;
    this.size = size;
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
    long now = System.nanoTime();
    if (now - lastDrawn >= INTERVAL_NANOS) {
      lastDrawn = now;
      draw(now);
    }
  }

  /** Draws the final figures and ends the line. */
  void finish() {
    draw(System.nanoTime());
    err.print('\n');
    err.flush();
  }

  private void draw(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double mib = bytes / (double) (1 << 20);
    String share = size > 0 ? String.format(Locale.ROOT, " (%.0f%%)", 100.0 * bytes / size) : "";
    String line = String.format(Locale.ROOT,
        "%s: %.1f MiB%s, %d stories, %.0f stories/s, %.1f MiB/s",
        name, mib, share, stories, stories / seconds, mib / seconds);
    // Pad over the end of a longer previous line.
    String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
    width = line.length();
    err.print('\r');
    err.print(padded);
    err.flush();
  }
}
