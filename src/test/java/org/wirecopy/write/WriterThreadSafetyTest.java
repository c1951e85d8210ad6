package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;

/** The export writers give on several threads at once what they give on one. */
class WriterThreadSafetyTest {

  private static String exports(ParseResult story) {
    return NinjsWriter.toJson(story, NinjsVersion.V2_1) + NinjsWriter.toJson(story, NinjsVersion.V3_1)
        + NitfWriter.toNitf(story);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void theCorpusExportsTheSameOnEveryThread() throws Exception {
    WireParser parser = WireParser.builder().build();
    List<ParseResult> stories = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("testdata", "cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        stories.addAll(parser.parseAll(Files.readAllBytes(file)));
      }
    }
    List<String> sequential = stories.stream().map(WriterThreadSafetyTest::exports).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<String>> futures = new ArrayList<>();
        for (ParseResult story : stories) {
          futures.add(pool.submit(() -> exports(story)));
        }
        for (int i = 0; i < stories.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get(), "story " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
