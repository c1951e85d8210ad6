package org.wirecopy.internal;

import java.util.List;

/** A story's lines with quick look-ups the assemblers share. */
final class StoryText {

  private final List<Line> lines;

  StoryText(List<Line> lines) {
    this.lines = lines;
  }

  int size() {
    return lines.size();
  }

  Line get(int i) {
    return lines.get(i);
  }

  List<Line> range(int from, int to) {
    return lines.subList(from, to);
  }

  /**
   * The index of the first line with text after {@code from}.
   *
   * @param from an index, or -1 to search from the start
   * @return the index, or -1 if no line with text follows
   */
  int nextText(int from) {
    for (int i = from + 1; i < lines.size(); i++) {
      if (lines.get(i).hasText()) {
        return i;
      }
    }
    return -1;
  }
}
