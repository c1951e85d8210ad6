package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.wirecopy.ParseResult;

/** Reading a story source while the reading thread is interrupted again and again. */
final class Interrupts {

  /** The stories read, and how many calls an interrupt ended. */
  record Read(List<ParseResult> stories, int interrupted) {}

  private Interrupts() {}

  /**
   * Reads every story and closes the source, interrupting this thread before a call whenever
   * {@code interruptAt} says so for the number of stories read so far, once for each number (more
   * could keep the reader from ever getting past a wait). A call an interrupt ends must throw an
   * {@link InterruptedIOException} and keep the interrupt, which is then cleared and the call made
   * again. An interrupt that meets no wait stays for a later call.
   *
   * @param source the stories
   * @param interruptAt which numbers of stories read so far to interrupt at
   * @return what was read
   * @throws IOException if reading fails
   */
  static Read readAll(StorySource source, IntPredicate interruptAt) throws IOException {
    List<ParseResult> stories = new ArrayList<>();
    int interrupted = 0;
    int interruptedAt = -1;
    try (source) {
      while (true) {
        if (stories.size() != interruptedAt && interruptAt.test(stories.size())) {
          interruptedAt = stories.size();
          Thread.currentThread().interrupt();
        }
        ParseResult story;
        try {
          story = source.next();
        } catch (InterruptedIOException e) {
          assertTrue(Thread.interrupted(), "the interrupt is kept");
          interrupted++;
          continue;
        }
        if (story == null) {
          return new Read(stories, interrupted);
        }
        stories.add(story);
      }
    } finally {
      Thread.interrupted();
    }
  }
}
