package org.wirecopy.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.wirecopy.ParseResult;
import org.wirecopy.StoryStream;
import org.wirecopy.WireFormatException;
import org.wirecopy.WireParser;
import org.wirecopy.synthetic.SyntheticArchive;

/**
 * Streams the synthetic archive with one job and with two, alternating in one JVM, and prints the
 * median time of each with the CPU time it took: the whole process's, and the calling thread's.
 *
 * <p>Not a JMH benchmark, and not a replacement for {@code streamBytesTwoJobs}: JMH measures each
 * benchmark minutes after the last, and on a shared host whose speed drifts by a third in that
 * time the ratio of two benchmarks drifts with it. Alternating run by run puts both modes in the
 * same stretch of time, and the CPU times say where a second core's time went. Run with:
 *
 * <pre>./mvnw -Pbench test-compile exec:exec -Dbench.main=org.wirecopy.bench.AlternatingJobs
 *     -Djmh.args="64 30"</pre>
 *
 * (archive MiB, rounds; the first third of the rounds are warm-up).
 */
public final class AlternatingJobs {

  private AlternatingJobs() {}

  /**
   * Runs the comparison.
   *
   * @param args the archive's size in MiB (default 64) and the number of rounds (default 30)
   * @throws Exception if parsing fails
   */
  public static void main(String[] args) throws Exception {
    int mib = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    byte[] bytes = SyntheticArchive.generate(SyntheticArchive.SEED, (long) mib << 20);
    WireParser parser = WireParser.builder().build();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int kept = rounds - rounds / 3;
    // [jobs - 1][what: wall, process CPU, calling thread CPU][round]
    double[][][] ms = new double[2][3][kept];
    long stories = 0;
    for (int r = 0; r < rounds; r++) {
      for (int jobs = 1; jobs <= 2; jobs++) {
        long process = os.getProcessCpuTime();
        long caller = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        stories = parse(parser, bytes, jobs);
        if (r >= rounds / 3) {
          int k = r - rounds / 3;
          ms[jobs - 1][0][k] = (System.nanoTime() - start) / 1e6;
          ms[jobs - 1][1][k] = (os.getProcessCpuTime() - process) / 1e6;
          ms[jobs - 1][2][k] = (threads.getCurrentThreadCpuTime() - caller) / 1e6;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d MiB, %d stories, medians of %d rounds each, alternating:%n",
        mib, stories, kept);
    String[] what = {"wall time", "process CPU time", "calling thread CPU time"};
    for (int w = 0; w < 3; w++) {
      System.out.printf(Locale.ROOT, "%-24s one job %6.0f ms   two jobs %6.0f ms%n", what[w],
          median(ms[0][w]), median(ms[1][w]));
    }
    System.out.printf(Locale.ROOT, "two jobs over one: %.2fx%n",
        median(ms[0][0]) / median(ms[1][0]));
  }

  private static long parse(WireParser parser, byte[] bytes, int jobs) throws Exception {
    long n = 0;
    try (StoryStream stories = parser.stories(new ByteArrayInputStream(bytes), jobs)) {
      for (ParseResult r = stories.nextStory(); r != null; r = stories.nextStory()) {
        n++;
      }
    } catch (WireFormatException e) {
      throw new IllegalStateException("a lenient parser does not throw", e);
    }
    return n;
  }

  /** The middle value (the upper one of an even count), without changing the array. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
