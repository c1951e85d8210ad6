package org.wirecopy.internal;

import java.io.Closeable;
import java.io.IOException;

/** Reads decoded lines, any line end, one at a time. */
public interface LineReader extends Closeable {

  /**
   * The next line.
   *
   * @return the line, or {@code null} at the end of the input
   * @throws IOException if the underlying input fails
   */
  Line next() throws IOException;
}
