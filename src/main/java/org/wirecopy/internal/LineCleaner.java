package org.wirecopy.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

/**
 * Cleans decoded lines: repairs mojibake (when asked), removes control characters other than tab
 * and form feed, and cuts lines at form feeds, handing out a {@link Line.Kind#FORM_FEED} line for
 * each. A run of blank lines that carry no diagnostics is handed out as its first line only, so a
 * million blank lines cost no more memory than one.
 */
public final class LineCleaner implements LineReader {

  private final LineReader in;
  private final boolean repairMojibake;
  private final ArrayDeque<Line> ready = new ArrayDeque<>();
  private boolean lastWasBlank;

  /**
   * A cleaner over decoded lines.
   *
   * @param in the decoded lines
   * @param repairMojibake whether to repair mojibake
   */
  public LineCleaner(LineReader in, boolean repairMojibake) {
    this.in = in;
    this.repairMojibake = repairMojibake;
  }

  @Override
  public Line next() throws IOException {
    while (ready.isEmpty()) {
      Line raw = in.next();
      if (raw == null) {
        return null;
      }
      if (raw.clean()) {
        // Nothing to repair, remove or cut, as the reader saw: most lines are like that, and
        // they go straight on, without the queue that the pieces of a cut line need.
        if (keep(raw)) {
          return raw;
        }
      } else {
        clean(raw);
      }
    }
    return ready.pollFirst();
  }

  private void clean(Line raw) {
    String text = raw.text();
    List<Diagnostic> events = raw.events();
    if (repairMojibake) {
      int first = MojibakeRepair.firstRepair(text);
      if (first >= 0) {
        events = append(events,
            Diagnostic.of(
                DiagnosticCode.MOJIBAKE_REPAIRED,
                "mis-decoded UTF-8 (mojibake) repaired",
                raw.number(),
                raw.column() + Chars.codePoints(text, first)));
        text = MojibakeRepair.repair(text);
      }
    }
    int control = firstControl(text);
    if (control >= 0) {
      events = append(events,
          Diagnostic.of(
              DiagnosticCode.CONTROL_CHARACTER_REMOVED,
              "control character U+" + Chars.hex(text.charAt(control), 4) + " removed",
              raw.number(),
              raw.column() + Chars.codePoints(text, control)));
      text = removeControls(text);
    }
    if (text.indexOf('\f') < 0) {
      emit(new Line(raw.number(), raw.column(), text, raw.kind(), raw.windows1252(), events, false));
      return;
    }
    splitAtFormFeeds(raw, text, events);
  }

  private void splitAtFormFeeds(Line raw, String text, List<Diagnostic> events) {
    int start = 0;
    int column = raw.column();
    List<Diagnostic> pending = events;
    // What follows a form feed inside an over-long line is still a piece of that line, and so
    // text whatever it looks like: no header element or marker is that long.
    boolean overLong = raw.kind() == Line.Kind.CONTINUATION
        || LineLimit.wasCut(events);
    for (int ff = text.indexOf('\f'); ; ff = text.indexOf('\f', start)) {
      int end = ff < 0 ? text.length() : ff;
      String piece = text.substring(start, end);
      if (!piece.isEmpty() || !pending.isEmpty()) {
        Line.Kind kind =
            start == 0 ? raw.kind() : overLong ? Line.Kind.CONTINUATION : Line.Kind.TEXT;
        emit(new Line(raw.number(), column, piece, kind, raw.windows1252(), pending, false));
        pending = List.of();
      }
      if (ff < 0) {
        return;
      }
      column += piece.codePointCount(0, piece.length()) + 1;
      emit(new Line(raw.number(), column - 1, "", Line.Kind.FORM_FEED, false, List.of(), false));
      start = ff + 1;
    }
  }

  private void emit(Line line) {
    if (keep(line)) {
      ready.addLast(line);
    }
  }

  /** Whether to hand a line on: all but the second and later of a run of plain blank lines. */
  private boolean keep(Line line) {
    boolean blank = line.kind() == Line.Kind.TEXT && Chars.isBlank(line.text());
    if (blank && lastWasBlank && line.events().isEmpty() && !line.windows1252()) {
      return false;
    }
    lastWasBlank = blank;
    return true;
  }

  private static List<Diagnostic> append(List<Diagnostic> events, Diagnostic d) {
    List<Diagnostic> all = new ArrayList<>(events);
    all.add(d);
    return all;
  }

  /**
   * Whether a reader must leave a line to the cleaner because of this character: a control
   * character but tab (form feeds included), DEL, C1 controls, or U+00C2 to U+00F4, the only
   * characters that can start mojibake. It may say yes for a character that needs nothing (U+0085,
   * an accented letter that is no mojibake); the cleaner then finds nothing to do.
   *
   * @param c the character
   * @return true if the line must be cleaned
   */
  static boolean needsCleaning(char c) {
    return c < 0x20 ? c != '\t' : c >= 0x7F && (c <= 0x9F || (c >= 0xC2 && c <= 0xF4));
  }

  /** Control characters to remove: C0 but tab and form feed, DEL, C1 but U+0085. */
  static boolean isRemovedControl(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\f';
    }
    return c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85);
  }

  private static int firstControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isRemovedControl(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String removeControls(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isRemovedControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
