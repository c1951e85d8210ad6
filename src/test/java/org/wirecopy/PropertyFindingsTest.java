package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.internal.LineAccounting;

/**
 * Plain examples of the bugs the jqwik properties found, one test per bug, so that each stays
 * fixed whatever the generators do later. Each names the property that found it.
 */
class PropertyFindingsTest {

  private static final WireParser PARSER = WireParser.builder().build();

  private static ParseResult parse(String text) throws WireFormatException {
    ParseResult result = PARSER.parse(text);
    assertEquals("", LineAccounting.check(text, List.of(result)), "nothing lost");
    return result;
  }

  /** RoundTripProperties: "É”" was taken for the mojibake of U+0254 and became "ɔ". */
  @Test
  void anAccentedCapitalBeforeAClosingQuoteIsNoMojibake() throws WireFormatException {
    ParseResult r = parse("“HARBOUR CAFÉ”\n\nPA\n\nJOSÉ’S café reopened.\n");
    assertEquals("“HARBOUR CAFÉ”", r.article().headline().orElseThrow().raw());
    assertEquals("JOSÉ’S café reopened.", r.article().paragraphs().get(0).text());
    assertTrue(r.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.MOJIBAKE_REPAIRED));
  }
}
