package org.wirecopy.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.wirecopy.synthetic.SyntheticArchive;

/**
 * Runs JMH with the given command line, then prints the table the README shows: MiB/s, the ratio
 * of each benchmark to the limit measured in the same run, and (with {@code -prof gc}) the bytes
 * allocated per input byte.
 */
public final class BenchMain {

  private BenchMain() {}

  /**
   * Runs the benchmarks.
   *
   * @param args JMH's own command-line options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    double limit = Double.NaN;
    double oneJob = Double.NaN;
    double twoJobs = Double.NaN;
    double twiceAtOnce = Double.NaN;
    java.util.Map<String, Double> references = new java.util.TreeMap<>();
    double fromString = Double.NaN;
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      if (name.endsWith(".limit")) {
        limit = mibPerSecond(r);
      } else if (name.endsWith(".streamBytes")) {
        oneJob = mibPerSecond(r);
      } else if (name.endsWith(".streamBytesTwoJobs")) {
        twoJobs = mibPerSecond(r);
      } else if (name.endsWith(".streamBytesTwiceAtOnce")) {
        twiceAtOnce = mibPerSecond(r);
      } else if (name.endsWith(".parseString")) {
        fromString = mibPerSecond(r);
      } else if (name.endsWith("Reference")) {
        references.put(name.substring(name.lastIndexOf('.') + 1), mibPerSecond(r));
      }
    }
    System.out.println();
    System.out.println("| benchmark | input MiB | MiB/s | ± (99.9%) | ratio to limit | bytes allocated per input byte |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      long size = inputBytes(r);
      double mibs = mibPerSecond(r);
      double error = r.getPrimaryResult().getScoreError() * size / (1 << 20);
      Result alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
      if (alloc == null) {
        alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      }
      String perByte = alloc == null ? "n/a" : format(alloc.getScore() / size, 2);
      System.out.printf(Locale.ROOT, "| %s | %.1f | %s | %s | %s | %s |%n", name,
          size / (double) (1 << 20), format(mibs, 0), format(error, 0), format(mibs / limit, 3),
          perByte);
    }
    if (!Double.isNaN(oneJob) && !Double.isNaN(twoJobs)) {
      System.out.printf(Locale.ROOT, "%nparallel speed-up, two jobs over one: %.2fx%n",
          twoJobs / oneJob);
    }
    if (!Double.isNaN(oneJob) && !Double.isNaN(twiceAtOnce)) {
      System.out.printf(Locale.ROOT,
          "two separate one-job parses at once over one (the ceiling for two jobs here): %.2fx%n",
          twiceAtOnce / oneJob);
    }
    for (java.util.Map.Entry<String, Double> reference : references.entrySet()) {
      System.out.printf(Locale.ROOT, "parseString over %s: %.2fx%n", reference.getKey(),
          fromString / reference.getValue());
    }
  }

  private static double mibPerSecond(RunResult r) {
    return r.getPrimaryResult().getScore() * inputBytes(r) / (1 << 20);
  }

  /** The archive's exact size: the generator is deterministic, so it is generated again here. */
  private static long inputBytes(RunResult r) {
    int mib = Integer.parseInt(r.getParams().getParam("mib"));
    return SIZES.computeIfAbsent(mib,
        m -> (long) SyntheticArchive.generate(SyntheticArchive.SEED, (long) m << 20).length);
  }

  private static final java.util.Map<Integer, Long> SIZES = new java.util.HashMap<>();

  private static String format(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
