package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.Severity;

class DiagnosticCollectorTest {

  @Test
  void errorsAndOtherDiagnosticsHaveALimitEachAndTheRestAreCounted() {
    DiagnosticCollector collector = new DiagnosticCollector(2);
    for (int line = 10; line < 14; line++) {
      collector.add(DiagnosticCode.CONTROL_CHARACTER_REMOVED, "warning", line, 1);
    }
    for (int line = 1; line < 4; line++) {
      collector.add(DiagnosticCode.MISSING_TIMESTAMP, "error", line, 1);
    }
    List<Diagnostic> all = collector.sorted();
    assertEquals(List.of(1, 2, 10, 11, 12), all.stream().map(Diagnostic::line).toList());
    assertEquals(2, all.stream().filter(d -> d.severity() == Severity.ERROR).count());
    Diagnostic truncated = all.get(4);
    assertEquals(DiagnosticCode.DIAGNOSTICS_TRUNCATED, truncated.code());
    assertEquals("3 more diagnostics were not kept (limit 2)", truncated.message());
  }

  @Test
  void errorsKeptFirstLeaveTheOtherLimitWhole() {
    DiagnosticCollector collector = new DiagnosticCollector(2);
    collector.add(DiagnosticCode.MISSING_TIMESTAMP, "error", 1, 1);
    collector.add(DiagnosticCode.CONTROL_CHARACTER_REMOVED, "warning", 2, 1);
    collector.add(DiagnosticCode.CONTROL_CHARACTER_REMOVED, "warning", 3, 1);
    assertEquals(List.of(1, 2, 3), collector.sorted().stream().map(Diagnostic::line).toList());
  }
}
