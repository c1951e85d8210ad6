package org.wirecopy.internal;

import java.io.Closeable;
import java.io.IOException;
import org.wirecopy.ParseResult;

/** Stories in input order, one at a time, read on one thread or parsed on several. */
public interface StorySource extends Closeable {

  /**
   * The next story.
   *
   * @return the story, or {@code null} when no story is left
   * @throws IOException if reading fails
   */
  ParseResult next() throws IOException;
}
