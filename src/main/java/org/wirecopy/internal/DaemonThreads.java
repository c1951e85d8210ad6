package org.wirecopy.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread factories for the parallel readers' worker pools. */
final class DaemonThreads {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private DaemonThreads() {}

  /**
   * Daemon threads named {@code wirecopy-POOL-ROLE-N}: daemons, so that a stream its user forgot
   * to close never keeps the JVM alive.
   *
   * @param role what the threads do, in their names
   * @return a factory for one pool
   */
  static ThreadFactory named(String role) {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "wirecopy-" + pool + "-" + role + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
