package org.wirecopy.bench;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;
import org.wirecopy.synthetic.SyntheticArchive;

/**
 * Streams the synthetic archive with two builds of wirecopy in one JVM, run by run in turn, and
 * prints the median ratio of their times: how much faster or slower a change made the parser.
 *
 * <p>Not a JMH benchmark. On a shared host whose speed moves by a third within seconds (each
 * virtual CPU on its own), two builds measured in separate JVMs, even alternately, differ by more
 * than a change of a few percent; the ratio of two runs made one straight after the other, in
 * both orders, cancels most of it. Each build is loaded by its own class loader, so each has its
 * own compiled code. Build the older one somewhere else first, for example:
 *
 * <pre>git worktree add /tmp/before HEAD~1 &amp;&amp; (cd /tmp/before &amp;&amp; ./mvnw -q compile)
 * ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.wirecopy.bench.CompareBuilds \
 *     -Djmh.args="/tmp/before/target/classes target/classes 1 40"</pre>
 *
 * (classes of build A, classes of build B, jobs, rounds; the first third of the rounds are
 * warm-up).
 */
public final class CompareBuilds {

  private CompareBuilds() {}

  /**
   * Runs the comparison.
   *
   * @param args build A's classes, build B's classes, the number of jobs (default 1) and of rounds
   *     (default 40)
   * @throws Exception if loading or parsing fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CompareBuilds CLASSES_A CLASSES_B [JOBS [ROUNDS]]");
      System.exit(2);
    }
    Build a = new Build(args[0]);
    Build b = new Build(args[1]);
    int jobs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 40;
    byte[] bytes = SyntheticArchive.generate(SyntheticArchive.SEED, 64L << 20);
    int kept = rounds - rounds / 3;
    double[] ratios = new double[kept];
    double[] timesA = new double[kept];
    double[] timesB = new double[kept];
    for (int r = 0; r < rounds; r++) {
      long nanosA;
      long nanosB;
      // Both orders, so that neither build always runs straight after a collection of the other.
      if (r % 2 == 0) {
        nanosA = a.parse(bytes, jobs);
        nanosB = b.parse(bytes, jobs);
      } else {
        nanosB = b.parse(bytes, jobs);
        nanosA = a.parse(bytes, jobs);
      }
      if (r >= rounds / 3) {
        int k = r - rounds / 3;
        ratios[k] = (double) nanosB / nanosA;
        timesA[k] = nanosA / 1e6;
        timesB[k] = nanosB / 1e6;
      }
    }
    if (a.storiesFound != b.storiesFound) {
      throw new IllegalStateException(
          "the builds found " + a.storiesFound + " and " + b.storiesFound + " stories");
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "64 MiB, %d stories, %d job(s), %d rounds after warm-up%n",
        a.storiesFound, jobs, kept);
    System.out.printf(Locale.ROOT, "A median %.0f ms, B median %.0f ms%n",
        AlternatingJobs.median(timesA), AlternatingJobs.median(timesB));
    System.out.printf(Locale.ROOT, "B's time over A's, run by run: median %.3f (quartiles %.3f,"
        + " %.3f)%n", ratios[kept / 2], ratios[kept / 4], ratios[3 * kept / 4]);
  }

  /** One build, reached by reflection through its own class loader. */
  private static final class Build {
    private final Object parser;
    private final Method stories;
    private final Method storiesWithJobs;
    private final Method nextStory;
    private final Method close;
    private long storiesFound;

    Build(String classes) throws Exception {
      ClassLoader loader = new BuildFirstLoader(new File(classes).toURI().toURL());
      Class<?> wireParser = loader.loadClass("org.wirecopy.WireParser");
      Object builder = wireParser.getMethod("builder").invoke(null);
      this.parser = builder.getClass().getMethod("build").invoke(builder);
      this.stories = wireParser.getMethod("stories", InputStream.class);
      this.storiesWithJobs = wireParser.getMethod("stories", InputStream.class, int.class);
      Class<?> storyStream = loader.loadClass("org.wirecopy.StoryStream");
      this.nextStory = storyStream.getMethod("nextStory");
      this.close = storyStream.getMethod("close");
    }

    /** Streams the archive once; the time it took in nanoseconds. */
    long parse(byte[] bytes, int jobs) throws Exception {
      long start = System.nanoTime();
      Object stream = jobs == 1
          ? stories.invoke(parser, new ByteArrayInputStream(bytes))
          : storiesWithJobs.invoke(parser, new ByteArrayInputStream(bytes), jobs);
      long n = 0;
      try {
        while (nextStory.invoke(stream) != null) {
          n++;
        }
      } finally {
        close.invoke(stream);
      }
      long nanos = System.nanoTime() - start;
      storiesFound = n;
      return nanos;
    }
  }

  /**
   * Loads the library's classes from one build's directory before asking its parent, which has
   * this project's own build on its class path; everything else (the JDK, SLF4J, this class, the
   * archive generator) comes from the parent.
   */
  private static final class BuildFirstLoader extends URLClassLoader {

    BuildFirstLoader(URL classes) throws MalformedURLException {
      super(new URL[] {classes}, CompareBuilds.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      boolean library = name.startsWith("org.wirecopy.")
          && !name.startsWith("org.wirecopy.bench.")
          && !name.startsWith("org.wirecopy.synthetic.");
      if (!library) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          loaded = findClass(name);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }
}
