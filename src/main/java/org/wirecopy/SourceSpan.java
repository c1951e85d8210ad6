package org.wirecopy;

/**
 * The input lines an element came from: 1-based, inclusive, counted from the start of the whole
 * input (not of the story).
 *
 * <p>Spans are positions, not content: the elements that carry one leave it out of {@code equals}
 * and {@code hashCode}, so that the same story read from two differently laid-out inputs gives equal
 * elements.
 *
 * @param firstLine the first line, 1-based
 * @param lastLine the last line, 1-based, not before {@code firstLine}
 */
public record SourceSpan(int firstLine, int lastLine) {

  /**
   * Creates the value.
   *
   * @param firstLine see the class description
   * @param lastLine see the class description
   * @throws IllegalArgumentException if a value is out of range
   */
  public SourceSpan {
    if (firstLine < 1 || lastLine < firstLine) {
      throw new IllegalArgumentException("bad span " + firstLine + ".." + lastLine);
    }
  }

  /**
   * A span of one line.
   *
   * @param line the 1-based line
   * @return the span {@code line..line}
   */
  public static SourceSpan ofLine(int line) {
    return new SourceSpan(line, line);
  }

  /**
   * Whether the span holds the given line.
   *
   * @param line a 1-based line number
   * @return true if {@code firstLine <= line <= lastLine}
   */
  public boolean contains(int line) {
    return line >= firstLine && line <= lastLine;
  }
}
