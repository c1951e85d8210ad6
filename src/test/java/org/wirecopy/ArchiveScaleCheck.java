package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wirecopy.synthetic.SyntheticArchive;

/**
 * Parses a generated archive of a gigabyte or more in a small heap: the proof that streaming holds
 * memory bounded and that positions count from the start of the whole input. Too slow for the
 * default build; it runs in its own profile, with the heap the issue names:
 *
 * <pre>
 * ./mvnw -Parchive-scale test                                   # 1 GiB, -Xmx64m, one job
 * ./mvnw -Parchive-scale test -Darchive.size=4g -Darchive.jobs=2
 * </pre>
 *
 * <p>The archive is generated while it is read and never written to disk.
 */
class ArchiveScaleCheck {

  @Test
  void aLargeArchiveParsesEndToEndInASmallHeap() throws Exception {
    long size = SyntheticArchive.parseSize(System.getProperty("wirecopy.archiveSize", "1g"));
    int jobs = Integer.getInteger("wirecopy.archiveJobs", 1);
    SyntheticArchive.Tally written = new SyntheticArchive.Tally();
    WireParser parser = WireParser.builder().build();
    long stories = 0;
    int lastLine = 0;
    long start = System.nanoTime();
    try (StoryStream stream = parser.stories(SyntheticArchive.stream(SyntheticArchive.SEED, size, written), jobs)) {
      for (ParseResult r : stream) {
        stories++;
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR),
            () -> "story " + r.article().headline() + ": " + r.diagnostics());
        int first = r.article().headline().orElseThrow().span().firstLine();
        assertTrue(first > lastLine, "stories in order, lines counted across the whole input");
        lastLine = first;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(written.stories(), stories);
    // The last story starts a few dozen lines before the end of the whole input.
    assertTrue(lastLine > written.lines() - 200 && lastLine <= written.lines(),
        lastLine + " of " + written.lines());
    System.out.printf(Locale.ROOT,
        "archive-scale: %.0f MiB, %d stories, %d lines, %d job(s), max heap %d MiB, %.1f s, %.0f MiB/s%n",
        size / 1048576.0, stories, written.lines(), jobs, Runtime.getRuntime().maxMemory() >> 20,
        seconds, size / 1048576.0 / seconds);
  }
}
