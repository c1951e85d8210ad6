package org.wirecopy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.Severity;

/**
 * Collects a story's diagnostics up to a limit, and hands them out in line and column order. Errors
 * count against a limit of their own, so that a flood of warnings never hides a missing element
 * from strict mode.
 */
final class DiagnosticCollector {

  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private final int max;
  private final List<Diagnostic> kept = new ArrayList<>();
  /** How many of the kept diagnostics are errors: they have their own limit. */
  private int errors;
  private Diagnostic firstDropped;
  private int dropped;

  DiagnosticCollector(int max) {
    this.max = Math.max(1, max);
  }

  void add(DiagnosticCode code, String message, int line, int column) {
    add(Diagnostic.of(code, message, line, column));
  }

  void add(Diagnostic d) {
    boolean error = d.severity() == Severity.ERROR;
    int count = error ? errors : kept.size() - errors;
    if (count < max) {
      kept.add(d);
      if (error) {
        errors++;
      }
    } else {
      if (firstDropped == null) {
        firstDropped = d;
      }
      dropped++;
    }
  }

  /** The diagnostics in position order, with one more that counts those over the limit. */
  List<Diagnostic> sorted() {
    List<Diagnostic> all = new ArrayList<>(kept);
    if (dropped > 0) {
      all.add(
          Diagnostic.of(
              DiagnosticCode.DIAGNOSTICS_TRUNCATED,
              dropped + " more diagnostics were not kept (limit " + max + ")",
              firstDropped.line(),
              firstDropped.column()));
    }
    all.sort(BY_POSITION);
    return all;
  }
}
