package org.wirecopy.internal;

import java.util.ArrayList;
import java.util.List;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

/** The diagnostic for a line cut into pieces at the length limit. */
final class LineLimit {

  private LineLimit() {}

  /**
   * The events of a line's first piece, with the report that the line was cut.
   *
   * @param events the piece's other events
   * @param line the line number
   * @param column the column where the second piece starts
   * @param limit the limit
   * @return the events with the report added
   */
  static List<Diagnostic> cut(List<Diagnostic> events, int line, int column, int limit) {
    List<Diagnostic> all = new ArrayList<>(events);
    all.add(
        Diagnostic.of(
            DiagnosticCode.LINE_TOO_LONG,
            "line longer than " + limit + " characters; read in pieces, nothing dropped",
            line,
            column));
    return all;
  }

  /**
   * Whether a line's events say it was cut: it is the first piece of an over-long line.
   *
   * @param events the line's events
   * @return true if {@link #cut} reported it
   */
  static boolean wasCut(List<Diagnostic> events) {
    for (Diagnostic d : events) {
      if (d.code() == DiagnosticCode.LINE_TOO_LONG) {
        return true;
      }
    }
    return false;
  }
}
