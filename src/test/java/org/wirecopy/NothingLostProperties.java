package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.wirecopy.internal.LineAccounting;
import org.wirecopy.testkit.Damage;
import org.wirecopy.testkit.Perturbations;
import org.wirecopy.testkit.WireArbitraries;
import org.wirecopy.testkit.WireInput;

/**
 * Property 4 of the robustness issue: for any input, lenient parsing returns normally, accounts
 * for every line with text exactly once, and every element's lines lie inside the input and hold
 * its raw text.
 */
class NothingLostProperties {

  private static final WireParser PARSER = WireParser.builder().build();

  @Property
  void anyBytesAreParsedAndAccountedFor(@ForAll @Size(max = 2_000) byte[] input)
      throws WireFormatException {
    List<ParseResult> stories = PARSER.parseAll(input);
    assertEquals("", LineAccounting.check(input, stories));
    assertEquals("", LineAccounting.checkContent(input, stories));
  }

  @Property
  void anyWireShapedBytesAreParsedAndAccountedFor(@ForAll("wireShaped") byte[] input)
      throws WireFormatException {
    List<ParseResult> stories = PARSER.parseAll(input);
    assertEquals("", LineAccounting.check(input, stories));
    assertEquals("", LineAccounting.checkContent(input, stories));
  }

  @Property
  void anyTextIsParsedAndAccountedFor(@ForAll("wireShapedText") String input)
      throws WireFormatException {
    List<ParseResult> stories = PARSER.parseAll(input);
    assertEquals("", LineAccounting.check(input, stories));
    assertEquals("", LineAccounting.checkContent(input, stories));
    ParseResult first = PARSER.parse(input);
    assertEquals(stories.isEmpty() ? 0 : stories.get(0).article().paragraphs().size(),
        first.article().paragraphs().size());
  }

  @Property
  void linesCutIntoPiecesAreStillAccountedForOnce(@ForAll("wireShapedText") String input)
      throws WireFormatException {
    WireParser tiny = WireParser.builder().maxLineLength(16).build();
    List<ParseResult> stories = tiny.parseAll(input);
    assertEquals("", LineAccounting.check(input, stories));
    assertEquals("", LineAccounting.checkContent(input, stories));
  }

  /**
   * Property 4 of the robustness issue over the test kit's inputs: generated stories as written,
   * perturbed, damaged, or both. Every line with text is in exactly one element, and every
   * element's lines lie inside the input and hold its raw text, read as bytes and as a string.
   */
  @Property
  void generatedPerturbedAndDamagedInputsAreAccountedFor(@ForAll("kitInputs") WireInput input)
      throws WireFormatException {
    byte[] bytes = input.bytes();
    List<ParseResult> stories = PARSER.parseAll(bytes);
    assertEquals("", LineAccounting.check(bytes, stories), input::toString);
    assertEquals("", LineAccounting.checkContent(bytes, stories), input::toString);
    String text = input.text();
    List<ParseResult> fromText = PARSER.parseAll(text);
    assertEquals("", LineAccounting.check(text, fromText), input::toString);
    assertEquals("", LineAccounting.checkContent(text, fromText), input::toString);
  }

  /**
   * The same with lines cut into pieces of 16 characters: header lines, headlines and paragraphs
   * longer than the limit are read in pieces, and every piece must still land exactly once.
   */
  @Property
  void kitInputsCutIntoPiecesAreAccountedFor(@ForAll("kitInputs") WireInput input)
      throws WireFormatException {
    WireParser tiny = WireParser.builder().maxLineLength(16).build();
    byte[] bytes = input.bytes();
    List<ParseResult> stories = tiny.parseAll(bytes);
    assertEquals("", LineAccounting.check(bytes, stories), input::toString);
    assertEquals("", LineAccounting.checkContent(bytes, stories, 16), input::toString);
  }

  /** Inputs from the test kit: canonical, perturbed, damaged, perturbed and damaged. */
  @Provide
  Arbitrary<WireInput> kitInputs() {
    Arbitrary<WireInput> canonical =
        WireArbitraries.articles().map(a -> new WireInput("canonical",
            WireArbitraries.wireText(a).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Arbitrary<WireInput> perturbed =
        Combinators.combine(WireArbitraries.articles(), Perturbations.neutral())
            .as((a, p) -> p.apply(a));
    return Arbitraries.oneOf(
        canonical,
        perturbed,
        Combinators.combine(canonical, Perturbations.damage()).as(Damage::applyAll),
        Combinators.combine(perturbed, Perturbations.damage()).as(Damage::applyAll));
  }

  /** Lines that look like wire copy, mixed with noise, joined by any line end. */
  @Provide
  Arbitrary<String> wireShapedText() {
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.of(
                "“HARBOUR TOWN VOTES", "PA", "pa media", "TRANSPORT Ferry", "POLITICS Tax UPDATE 2",
                "02-Dec-2019 16:04:11", "31-Mar-2019 01:30", "By Alex Example, PA",
                "By the time crews arrived,", "Embargoed to 0001 Tuesday December 3",
                "Embargoed until 12.01am Sat February 30", "Page 1", "Page 2", "MORE", "ends",
                "- ends -", "Note to editors: call.", "", "   ", "\f", "\fNEXT STORY", "\u00A0",
                "Councillors voted.", "\"Quoted,\" she said.", "’", "Â£5 â€œ", "\u0000", "😀"),
            Arbitraries.strings().ofMaxLength(40));
    Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r", "\n\n");
    return Combinators.combine(line, end)
        .as((l, e) -> l + e)
        .list()
        .ofMaxSize(60)
        .map(lines -> String.join("", lines));
  }

  @Provide
  Arbitrary<byte[]> wireShaped() {
    return Arbitraries.oneOf(
        wireShapedText().map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        wireShapedText().map(s -> s.getBytes(java.nio.charset.Charset.forName("windows-1252"))),
        wireShapedText().map(s -> ("\uFEFF" + s).getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
  }
}
