package org.wirecopy.internal;

import java.util.Objects;

/**
 * The state of a story splitter between two stories: the line where the next story starts and the
 * story-limit note it carries into that story. Two splitters over the same input at equal
 * boundaries split the rest of it alike.
 *
 * @param line the next story's first line number; {@link Integer#MAX_VALUE} at the end of the input
 * @param column that line's column
 * @param kind that line's kind
 * @param storyTooLarge the note for a story cut at the story limit, or {@code null}
 */
record Boundary(int line, int column, Line.Kind kind, String storyTooLarge) {

  /** The end of the input: no story follows. */
  static final Boundary END_OF_INPUT =
      new Boundary(Integer.MAX_VALUE, Integer.MAX_VALUE, Line.Kind.TEXT, null);

  boolean isEndOfInput() {
    return line == Integer.MAX_VALUE;
  }

  /** Whether this boundary's line comes after {@code other}'s in the input. */
  boolean isAfter(Boundary other) {
    if (line != other.line) {
      return line > other.line;
    }
    if (column != other.column) {
      return column > other.column;
    }
    // A form feed stands one column before the text after it, so equal columns mean equal lines.
    return kind.ordinal() > other.kind.ordinal();
  }

  /** Whether a splitter here splits the rest of the input as one at {@code other} does. */
  boolean sameState(Boundary other) {
    return line == other.line && column == other.column && kind == other.kind
        && (isEndOfInput() || Objects.equals(storyTooLarge, other.storyTooLarge));
  }
}
