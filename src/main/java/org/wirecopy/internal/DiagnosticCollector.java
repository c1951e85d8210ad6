package org.wirecopy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

/** Collects a story's diagnostics up to a limit, and hands them out in line and column order. */
final class DiagnosticCollector {

  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private final int max;
  private final List<Diagnostic> kept = new ArrayList<>();
  private Diagnostic firstDropped;
  private int dropped;

  DiagnosticCollector(int max) {
    this.max = Math.max(1, max);
  }

  void add(DiagnosticCode code, String message, int line, int column) {
    add(Diagnostic.of(code, message, line, column));
  }

  void add(Diagnostic d) {
    if (kept.size() < max) {
      kept.add(d);
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
