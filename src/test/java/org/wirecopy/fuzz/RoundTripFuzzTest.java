package org.wirecopy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.wirecopy.Article;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.ParseResult;
import org.wirecopy.WireFormatException;
import org.wirecopy.WireParser;
import org.wirecopy.internal.LineAccounting;
import org.wirecopy.internal.LineShapes;
import org.wirecopy.write.WireTextWriter;

/**
 * A story built from fuzzer choices ({@link FuzzedStory}) is parsed to an {@link Article}; the
 * canonical writer's text for that article parses back to an equal article (round trip), writing
 * that again gives the same text (the writer is idempotent), nothing of the input is lost, a
 * timestamp that was written is read back as written, and strict mode agrees with lenient mode on
 * the written text.
 *
 * <p>In a normal build this replays {@code src/test/resources/org/wirecopy/fuzz/
 * RoundTripFuzzTestInputs/writtenArticlesParseBack/}; with {@code JAZZER_FUZZ=1} it fuzzes (see the
 * README).
 */
class RoundTripFuzzTest {

  private static final WireParser LENIENT = WireParser.builder().build();
  private static final WireParser STRICT = WireParser.builder().strict(true).build();
  private static final WireParser AS_WRITTEN = WireParser.builder().repairMojibake(false).build();

  @FuzzTest(maxDuration = "10m")
  void writtenArticlesParseBack(FuzzedDataProvider data) throws WireFormatException {
    FuzzedStory.Drawn drawn = FuzzedStory.draw(data);
    String input = drawn.text();
    assertEquals("", LineAccounting.check(input, LENIENT.parseAll(input)), input);

    ParseResult parsed = LENIENT.parse(input);
    Article article = parsed.article();
    // The first timestamp-shaped header line is the timestamp (FORMAT.md); a free line drawn
    // before the timestamp can itself be one (a fuzz finding: "\u000616 MAY 2010 19:11:00"), and
    // then the drawn timestamp is the duplicate, kept as unrecognised with a diagnostic.
    boolean earlierTimestamp = parsed.diagnostics().stream()
        .anyMatch(d -> d.code() == DiagnosticCode.DUPLICATE_HEADER_ELEMENT);
    drawn.timestamp().filter(t -> !earlierTimestamp).ifPresent(t -> article.timestamp()
        .ifPresent(read -> assertEquals(t, read.local(), "the timestamp as written")));

    if (!writable(article)) {
      return;
    }
    String written = WireTextWriter.toWireText(article);
    // Read back exactly as written: text that itself looks like mojibake (left by an earlier
    // repair, or by a removed control character) would be repaired again (see WireTextWriter).
    ParseResult reread = AS_WRITTEN.parse(written);
    assertEquals(article, reread.article(), () -> "round trip of\n" + ArticleDiff.visible(input)
        + "\nwritten as\n" + ArticleDiff.visible(written) + "\ndiffers in\n"
        + ArticleDiff.describe(article, reread.article()));
    assertEquals(written, WireTextWriter.toWireText(reread.article()), "the writer is idempotent");
    ParseResult repairing = LENIENT.parse(written);
    if (repairing.diagnostics().stream()
        .noneMatch(d -> d.code() == DiagnosticCode.MOJIBAKE_REPAIRED)) {
      assertEquals(article, repairing.article(), "the default parser reads it back too");
    }

    try {
      ParseChecks.strictAccepted(repairing, STRICT.parse(written));
    } catch (WireFormatException e) {
      ParseChecks.strictRejectedFor(repairing, e);
    }
  }

  /**
   * Whether the article is inside what the writer can express (see WireTextWriter): no unrecognised
   * line, and none of the first three body lines when the body starts before any page marker, has
   * the shape of an element, and three paragraphs or more precede a first page marker that does not
   * open the body, and no headline line is shaped like a marker; a line kept as unrecognised because it repeats an element would be
   * read back as the element, and such a paragraph would make the paragraphs before it header lines.
   */
  private static boolean writable(Article article) {
    if (article.unrecognised().stream().anyMatch(u -> LineShapes.isElementShaped(u.raw()))) {
      return false;
    }
    if (article.headline().map(h -> h.raw().lines().anyMatch(LineShapes::isMarkerShaped))
        .orElse(false)) {
      return false;
    }
    boolean bodyBeforePages = article.pages().isEmpty()
        || article.pages().get(0).firstParagraph() > 0;
    if (!article.pages().isEmpty() && bodyBeforePages
        && article.pages().get(0).firstParagraph() < 3) {
      return false;
    }
    List<String> bodyLines = new ArrayList<>();
    article.paragraphs().forEach(p -> bodyLines.add(p.text()));
    article.end().ifPresent(e -> bodyLines.add(""));
    article.notes().forEach(n -> bodyLines.add(n.text()));
    return !bodyBeforePages
        || bodyLines.stream().limit(3).noneMatch(LineShapes::isElementShaped);
  }
}
