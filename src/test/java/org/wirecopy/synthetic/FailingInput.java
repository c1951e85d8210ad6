package org.wirecopy.synthetic;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input that fails part way, as a disk or a network may: the first bytes of an array, in reads
 * of at most {@value #MOST_PER_READ} bytes (so that readers meet short reads too), then the same
 * failure at every read. It always says bytes are waiting, as a busy feed does, so that a reader
 * of a live feed never takes it for one that paused.
 */
public final class FailingInput extends InputStream {

  /** The most bytes one read hands out. */
  public static final int MOST_PER_READ = 7;

  private final byte[] bytes;
  private final int good;
  private final IOException failure;
  private int at;

  /**
   * An input that fails after {@code good} bytes.
   *
   * @param bytes the input
   * @param good how many of its bytes are read before the failure, at most its length
   * @param failure what every read throws from then on
   */
  public FailingInput(byte[] bytes, int good, IOException failure) {
    this.bytes = bytes;
    this.good = good;
    this.failure = failure;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (at >= good) {
      throw failure;
    }
    int n = Math.min(Math.min(len, MOST_PER_READ), good - at);
    System.arraycopy(bytes, at, b, off, n);
    at += n;
    return n;
  }

  @Override
  public int available() {
    return good - at + 1;
  }
}
