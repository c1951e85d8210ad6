package org.wirecopy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, so that progress is shown to a person and never written
 * into a log file or a pipe.
 *
 * <p>Java 17 cannot ask about standard error directly: {@code System.console()} is non-null only
 * when standard input and output are both terminals, so it would hide progress in the commonest
 * case, {@code wirecopy archive.txt > stories.jsonl}, and show it in {@code wirecopy a.txt 2> log}.
 * On Linux the file that descriptor 2 links to says it exactly ({@code /dev/pts/N} or {@code
 * /dev/ttyN}); elsewhere {@code System.console()} is the best guess there is. {@code --progress}
 * and {@code --no-progress} override the guess.
 */
final class Terminal {

  private Terminal() {}

  static boolean isStandardError() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return System.console() != null;
      }
    }
    return System.console() != null;
  }
}
