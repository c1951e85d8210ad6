package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One parser shared by several threads gives what it gives used from one thread. */
class ThreadSafetyTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aSharedParserGivesTheSameResultsOnEveryThread() throws Exception {
    WireParser parser = WireParser.builder().build();
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      inputs.add(WireParserTest.SEED.replace("Ferry", "Ferry" + i)
          + "\nends\n\n" + WireParserTest.SEED.replace("02-Dec", (i % 28 + 1) + "-Mar"));
    }
    List<List<ParseResult>> sequential = new ArrayList<>();
    for (String input : inputs) {
      sequential.add(parser.parseAll(input));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<List<ParseResult>>> futures = new ArrayList<>();
        for (String input : inputs) {
          futures.add(pool.submit(() -> parser.parseAll(input)));
        }
        for (int i = 0; i < inputs.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get(), "input " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
