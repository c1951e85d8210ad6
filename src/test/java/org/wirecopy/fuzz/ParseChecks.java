package org.wirecopy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.wirecopy.Diagnostic;
import org.wirecopy.ParseResult;
import org.wirecopy.Severity;
import org.wirecopy.SourceSpan;
import org.wirecopy.WireFormatException;
import org.wirecopy.internal.LineAccounting;

/** Assertions the fuzz targets share: what every parse result must satisfy, whatever the input. */
final class ParseChecks {

  private ParseChecks() {}

  /**
   * Diagnostics are positioned inside the input, sorted by line and column, capped, and spans are
   * well formed.
   *
   * @param result a parse result
   * @param maxLine the highest line number the input can have
   * @param maxDiagnostics the parser's cap on warnings, and separately on errors
   */
  static void wellFormed(ParseResult result, int maxLine, int maxDiagnostics) {
    List<Diagnostic> diagnostics = result.diagnostics();
    // The caps count warnings and errors apart; one more warning counts what was dropped.
    assertTrue(diagnostics.size() <= 2 * maxDiagnostics + 1,
        () -> "too many diagnostics: " + diagnostics.size());
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      assertTrue(d.line() <= maxLine, () -> "diagnostic past the last line " + maxLine + ": " + d);
      if (i > 0) {
        Diagnostic before = diagnostics.get(i - 1);
        assertTrue(before.line() < d.line()
                || before.line() == d.line() && before.column() <= d.column(),
            () -> "diagnostics out of order: " + before + " then " + d);
      }
    }
    for (SourceSpan span : LineAccounting.spans(result.article())) {
      assertTrue(span.lastLine() <= maxLine, () -> "span past the last line " + maxLine + ": " + span);
    }
  }

  /**
   * The highest line number any decoding of these bytes can give: one more than the number of
   * line-break bytes.
   */
  static int maxLine(byte[] input) {
    int breaks = 0;
    for (byte b : input) {
      if (b == '\n' || b == '\r') {
        breaks++;
      }
    }
    return breaks + 1;
  }

  /** As {@link #maxLine(byte[])}, for text. */
  static int maxLine(String input) {
    int breaks = 0;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\n' || c == '\r') {
        breaks++;
      }
    }
    return breaks + 1;
  }

  /** A parse that strict mode rejected must have been rejected for the lenient result's first error. */
  static void strictRejectedFor(ParseResult lenient, WireFormatException e) {
    Diagnostic firstError = lenient.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .findFirst()
        .orElseThrow(() -> new AssertionError("strict threw but lenient has no ERROR", e));
    assertEquals(firstError, e.diagnostic());
  }

  /** A parse that strict mode accepted must equal the lenient parse and hold no error. */
  static void strictAccepted(ParseResult lenient, ParseResult strict) {
    assertFalse(lenient.hasErrors(), () -> "strict accepted what lenient has errors for: "
        + lenient.diagnostics());
    assertEquals(lenient, strict);
  }
}
