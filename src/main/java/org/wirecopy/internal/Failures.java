package org.wirecopy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Failures kept to be thrown later, as they were thrown. */
final class Failures {

  private Failures() {}

  /**
   * Throws a kept failure as it was thrown: an unchecked exception or an error is thrown here, an
   * {@link IOException} is returned for the caller to throw ({@code throw rethrow(kept)}), and any
   * other checked exception, which no reader here throws, is wrapped.
   *
   * @param kept the failure
   * @return the failure, if it is an IOException
   */
  static IOException rethrow(Throwable kept) {
    if (kept instanceof IOException io) {
      return io;
    }
    if (kept instanceof RuntimeException r) {
      throw r;
    }
    if (kept instanceof Error error) {
      throw error;
    }
    throw new UncheckedIOException(new IOException(kept));
  }
}
