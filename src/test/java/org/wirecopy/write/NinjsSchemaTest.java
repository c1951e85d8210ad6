package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;

/**
 * The ninjs output of every story in the golden corpus is valid against IPTC's official schema of
 * its version; and the validator does reject what the schemas forbid, so that a pass means
 * something.
 */
class NinjsSchemaTest {

  private static final WireParser PARSER = WireParser.builder().build();

  @BeforeAll
  static void schemasArePresent() {
    Assumptions.assumeTrue(NinjsSchemas.present(), NinjsSchemas.ABSENT);
  }

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("testdata", "cases"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCorpusStoryIsValidInBothVersions(Path input) throws Exception {
    List<ParseResult> stories = PARSER.parseAll(Files.readAllBytes(input));
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      for (NinjsVersion version : NinjsVersion.values()) {
        String json = NinjsWriter.toJson(stories.get(i), version);
        for (String v : NinjsSchemas.violations(json, version)) {
          problems.add("story " + (i + 1) + ", ninjs " + version.number() + ": " + v);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest
  @EnumSource(NinjsVersion.class)
  void theValidatorRejectsWhatTheSchemaForbids(NinjsVersion version) throws Exception {
    String valid = NinjsWriter.toJson(
        PARSER.parse("H\n\nPA\n\nPOLICE Abuse\n\n10-May-2019 10:57:56\n\nText.\n").article(),
        version);
    assertEquals(List.of(), NinjsSchemas.violations(valid, version), valid);
    List<String> broken =
        List.of(
            valid.replace("{\"uri\"", "{\"pages\":[],\"uri\""),
            valid.replace("2019-05-10T10:57:56+01:00", "10-May-2019 10:57:56"),
            valid.replace("urn:wirecopy:", "not a uri:"),
            valid.replace("\"type\":\"text\"", "\"type\":\"story\""),
            valid.replaceFirst("\"uri\":\"[^\"]*\",", ""));
    for (String json : broken) {
      assertTrue(json.length() != valid.length(), "the mutation applies: " + json);
      assertTrue(!NinjsSchemas.violations(json, version).isEmpty(), "rejected: " + json);
    }
    NinjsVersion other = version == NinjsVersion.V2_1 ? NinjsVersion.V3_1 : NinjsVersion.V2_1;
    assertTrue(!NinjsSchemas.violations(valid, other).isEmpty(), "the other version's names");
  }
}
