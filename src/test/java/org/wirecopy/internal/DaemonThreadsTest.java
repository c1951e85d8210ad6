package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The worker threads of the parallel readers: daemons, named by pool, role and number. */
class DaemonThreadsTest {

  private static final Pattern NAME = Pattern.compile("wirecopy-(\\d+)-chunk-(\\d+)");

  @Test
  void threadsAreNumberedDaemonsOfTheirPool() {
    ThreadFactory one = DaemonThreads.named("chunk");
    ThreadFactory two = DaemonThreads.named("chunk");
    Thread a = one.newThread(() -> { });
    Thread b = one.newThread(() -> { });
    Thread c = two.newThread(() -> { });
    assertTrue(a.isDaemon());
    assertTrue(c.isDaemon());
    Matcher ma = matching(a);
    Matcher mb = matching(b);
    Matcher mc = matching(c);
    assertEquals("1", ma.group(2));
    assertEquals("2", mb.group(2));
    assertEquals("1", mc.group(2), "each pool counts its own threads");
    assertEquals(ma.group(1), mb.group(1));
    assertNotEquals(ma.group(1), mc.group(1), "each pool has its own number");
  }

  @Test
  void theThreadRunsTheTask() throws InterruptedException {
    boolean[] ran = {false};
    Thread t = DaemonThreads.named("chunk").newThread(() -> ran[0] = true);
    t.start();
    t.join(10_000);
    assertTrue(ran[0]);
  }

  private static Matcher matching(Thread t) {
    Matcher m = NAME.matcher(t.getName());
    assertTrue(m.matches(), t.getName());
    return m;
  }
}
