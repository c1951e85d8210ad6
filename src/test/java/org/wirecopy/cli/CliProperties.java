package org.wirecopy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wirecopy.Article;
import org.wirecopy.ParseResult;
import org.wirecopy.WireFormatException;
import org.wirecopy.WireParser;
import org.wirecopy.testkit.Damage;
import org.wirecopy.testkit.Perturbations;
import org.wirecopy.testkit.WireArbitraries;
import org.wirecopy.testkit.WireInput;

/**
 * The command line on any input: lenient runs exit 0 and print one valid JSON object per story;
 * strict runs exit 0 or 1 with one line on standard error; canonical wire output reads back as
 * the same stories; no run prints a stack trace.
 */
class CliProperties {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS).build();
  private static final WireParser LENIENT = WireParser.builder().build();
  private static final WireParser STRICT = WireParser.builder().strict(true).build();

  record Run(int exit, byte[] out, String err) {
    String outText() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  private static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "-";
    int exit = Main.run(all, new ByteArrayInputStream(stdin), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<WireInput> inputs() {
    Arbitrary<WireInput> perturbed =
        Combinators.combine(WireArbitraries.articles(), Perturbations.neutral())
            .as((a, p) -> p.apply(a));
    return Arbitraries.oneOf(
        perturbed,
        Combinators.combine(perturbed, Perturbations.damage()).as(Damage::applyAll),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(500)
            .map(b -> new WireInput("random bytes", b)));
  }

  @Provide
  Arbitrary<String> jsonFormats() {
    return Arbitraries.of("json", "ninjs", "ninjs3");
  }

  @Property(tries = 300)
  void lenientRunsPrintOneValidJsonObjectPerStory(
      @ForAll("inputs") WireInput input, @ForAll("jsonFormats") String format) throws Exception {
    Run run = run(input.bytes(), "--format", format);
    assertEquals(0, run.exit(), () -> run.err() + input);
    assertEquals("", run.err(), input::toString);
    List<JsonNode> objects = new ArrayList<>();
    for (String line : run.outText().split("\n")) {
      if (!line.isEmpty()) {
        JsonNode node = JSON.readTree(line);
        assertTrue(node.isObject(), line);
        objects.add(node);
      }
    }
    assertEquals(LENIENT.parseAll(input.bytes()).size(), objects.size(), input::toString);
  }

  @Property(tries = 300)
  void strictRunsRejectWithOneLineOrAccept(@ForAll("inputs") WireInput input) {
    Run run = run(input.bytes(), "--strict");
    boolean rejected;
    try {
      STRICT.parseAll(input.bytes());
      rejected = false;
    } catch (WireFormatException e) {
      rejected = true;
    }
    assertEquals(rejected ? 1 : 0, run.exit(), () -> run.err() + input);
    if (rejected) {
      assertTrue(run.err().matches("wirecopy: -:\\d+:\\d+: [A-Z_]+: [^\\n]*\\n"),
          () -> run.err() + input);
    } else {
      assertEquals("", run.err(), input::toString);
    }
  }

  @Property(tries = 300)
  void nitfRunsExitZeroWithoutStackTraces(@ForAll("inputs") WireInput input) {
    Run run = run(input.bytes(), "--format", "nitf");
    assertEquals(0, run.exit(), () -> run.err() + input);
    assertTrue(run.err().lines().allMatch(l -> l.startsWith("wirecopy: -:")),
        () -> run.err() + input);
  }

  /** The wire output of generated stories, however transmitted, reads back as those stories. */
  @Property(tries = 300)
  void wireOutputReadsBackAsTheSameStories(
      @ForAll("articles") Article article, @ForAll("perturbations")
          org.wirecopy.testkit.Perturbation perturbation) throws Exception {
    WireInput input = perturbation.apply(article);
    Run run = run(input.bytes(), "--format", "wire");
    assertEquals(0, run.exit(), run.err());
    List<Article> back = new ArrayList<>();
    for (ParseResult r : LENIENT.parseAll(run.out())) {
      back.add(r.article());
    }
    assertEquals(List.of(article), back, () -> run.outText() + "\nfrom " + input);
  }

  @Provide
  Arbitrary<Article> articles() {
    return WireArbitraries.articles();
  }

  @Provide
  Arbitrary<org.wirecopy.testkit.Perturbation> perturbations() {
    return Perturbations.neutral();
  }
}
