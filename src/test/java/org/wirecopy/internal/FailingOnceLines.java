package org.wirecopy.internal;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Lines whose reader fails once, before the line at index {@code at}, and would then go on as if
 * nothing had happened: an interrupt that passes, or a failure that a careless reader would retry.
 */
final class FailingOnceLines implements LineReader {

  private final LineReader in;
  private final int at;
  private final Supplier<? extends Throwable> failure;
  private int index;
  private boolean done;

  /**
   * @param in the lines
   * @param at the index of the line before which to fail; never if negative
   * @param failure what to throw: an IOException, a RuntimeException or an Error
   */
  FailingOnceLines(LineReader in, int at, Supplier<? extends Throwable> failure) {
    this.in = in;
    this.at = at;
    this.failure = failure;
  }

  @Override
  public Line next() throws IOException {
    if (index == at && !done) {
      done = true;
      Throwable t = failure.get();
      if (t instanceof IOException io) {
        throw io;
      }
      if (t instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) t;
    }
    index++;
    return in.next();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
