package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirecopy.internal.LineAccounting;
import org.wirecopy.write.JsonArticleWriter;

/**
 * The golden corpus: every {@code testdata/cases/NAME.txt} parses to the stories in {@code
 * NAME.json}, compared key by key. Diagnostic messages are prose and are not compared; severity,
 * code, line and column are. Adding a case means adding the two files.
 */
class GoldenCorpusTest {

  private static final Path CASES = Path.of("testdata", "cases");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WireParser PARSER = WireParser.builder().build();

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @Test
  void theCorpusCoversEnoughCases() throws IOException {
    assertTrue(cases().count() >= 30, "at least 30 cases");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesAsExpected(Path input) throws Exception {
    byte[] bytes = Files.readAllBytes(input);
    List<ParseResult> results = PARSER.parseAll(bytes);
    ArrayNode actual = JSON.createArrayNode();
    for (ParseResult r : results) {
      actual.add(JSON.readTree(JsonArticleWriter.toJson(r)));
    }
    Path expectedFile = Path.of(input.toString().replaceFirst("\\.txt$", ".json"));
    if (!Files.exists(expectedFile)) {
      fail("no " + expectedFile + "; after checking it by hand, this is what the parser gives:\n"
          + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
    }
    JsonNode expected = JSON.readTree(expectedFile.toFile());
    assertEquals(expected.size(), actual.size(), "number of stories");
    for (int i = 0; i < expected.size(); i++) {
      JsonNode want = withoutMessages(expected.get(i));
      JsonNode got = withoutMessages(actual.get(i));
      for (String key : iterable(want)) {
        assertEquals(want.get(key), got.get(key), "story " + (i + 1) + ", key " + key);
      }
      assertEquals(want, got, "story " + (i + 1) + " has the same keys");
    }
    assertEquals("", LineAccounting.check(bytes, results), "every line is accounted for");
  }

  private static Iterable<String> iterable(JsonNode node) {
    return node::fieldNames;
  }

  private static JsonNode withoutMessages(JsonNode story) {
    ObjectNode copy = story.deepCopy();
    JsonNode diagnostics = copy.get("diagnostics");
    if (diagnostics != null) {
      diagnostics.forEach(d -> ((ObjectNode) d).remove("message"));
    }
    return copy;
  }
}
