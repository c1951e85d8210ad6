package org.wirecopy.internal;

import java.util.ArrayList;
import java.util.List;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

/**
 * Sums up how a story's lines were decoded: one warning naming the lines read as Windows-1252, one
 * naming the first control character removed, and each line's other events as they are.
 */
final class DecodingReport {

  private final List<Line> lines;

  DecodingReport(List<Line> lines) {
    this.lines = lines;
  }

  void report(DiagnosticCollector diagnostics) {
    LineRanges windows1252 = new LineRanges();
    Diagnostic firstControl = null;
    int controlLines = 0;
    for (Line line : lines) {
      if (line.windows1252()) {
        windows1252.add(line.number());
      }
      for (Diagnostic d : line.events()) {
        if (d.code() == DiagnosticCode.CONTROL_CHARACTER_REMOVED) {
          controlLines++;
          if (firstControl == null) {
            firstControl = d;
          }
        } else {
          diagnostics.add(d);
        }
      }
    }
    if (!windows1252.isEmpty()) {
      diagnostics.add(
          DiagnosticCode.DECODED_AS_WINDOWS_1252,
          windows1252.describe() + " not valid UTF-8; decoded as Windows-1252",
          windows1252.first(),
          1);
    }
    if (firstControl != null) {
      diagnostics.add(
          DiagnosticCode.CONTROL_CHARACTER_REMOVED,
          firstControl.message()
              + (controlLines > 1 ? "; control characters removed on " + controlLines + " lines" : ""),
          firstControl.line(),
          firstControl.column());
    }
  }

  /** Line numbers in increasing order, described as ranges: {@code lines 3, 5-7}. */
  static final class LineRanges {
    /** How many ranges a description shows before it only counts the rest. */
    private static final int SHOWN = 10;

    private final List<int[]> ranges = new ArrayList<>();
    private int count;

    void add(int line) {
      int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
      if (last != null && line <= last[1]) {
        return;
      }
      count++;
      if (last != null && line == last[1] + 1) {
        last[1] = line;
      } else {
        ranges.add(new int[] {line, line});
      }
    }

    boolean isEmpty() {
      return ranges.isEmpty();
    }

    int first() {
      return ranges.get(0)[0];
    }

    String describe() {
      StringBuilder text = new StringBuilder(count == 1 ? "line " : "lines ");
      for (int i = 0; i < Math.min(SHOWN, ranges.size()); i++) {
        int[] r = ranges.get(i);
        text.append(i == 0 ? "" : ", ").append(r[0]);
        if (r[1] != r[0]) {
          text.append('-').append(r[1]);
        }
      }
      if (ranges.size() > SHOWN) {
        text.append(" and ").append(ranges.size() - SHOWN).append(" more ranges");
      }
      return text.append(count == 1 ? " is" : " are").toString();
    }
  }
}
