package org.wirecopy.internal;

import java.util.List;

/**
 * Joins lines into one text: the pieces of an over-long line are put back together as they were,
 * then each line is trimmed and the lines are joined with a separator.
 */
final class TextJoiner {

  private TextJoiner() {}

  /**
   * Joins lines.
   *
   * @param lines non-blank lines, in order
   * @param separator what goes between two lines ({@code " "} for text, {@code "\n"} for raw)
   * @return the joined text
   */
  static String join(List<Line> lines, String separator) {
    if (lines.size() == 1) {
      return lines.get(0).trimmed();
    }
    if (!hasPieces(lines)) {
      return joinTrimmed(lines, separator);
    }
    StringBuilder out = new StringBuilder();
    StringBuilder logical = new StringBuilder();
    for (Line l : lines) {
      if (l.kind() != Line.Kind.CONTINUATION && logical.length() > 0) {
        appendLine(out, logical, separator);
      }
      logical.append(l.text());
    }
    appendLine(out, logical, separator);
    return out.toString();
  }

  private static boolean hasPieces(List<Line> lines) {
    for (Line l : lines) {
      if (l.kind() == Line.Kind.CONTINUATION) {
        return true;
      }
    }
    return false;
  }

  /**
   * The common case, with no over-long line: each line is its own logical line, already trimmed
   * and never empty, so the trimmed texts are joined as they are. {@code String.join} sizes the
   * result exactly, in the right encoding, from the parts: a builder would widen itself at the
   * first curly quote and copy everything once more at the end.
   */
  private static String joinTrimmed(List<Line> lines, String separator) {
    String[] parts = new String[lines.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = lines.get(i).trimmed();
    }
    return String.join(separator, parts);
  }

  private static void appendLine(StringBuilder out, StringBuilder logical, String separator) {
    String line = Chars.trim(logical.toString());
    if (!line.isEmpty()) {
      if (out.length() > 0) {
        out.append(separator);
      }
      out.append(line);
    }
    logical.setLength(0);
  }
}
