package org.wirecopy.internal;

import java.util.ArrayList;
import java.util.List;
import org.wirecopy.Headline;
import org.wirecopy.RawLine;

/** What the header assembler found; the story assembler turns it into model values. */
final class HeaderFields {
  Headline headline;
  Line source;
  Line slug;
  Line timestamp;
  Line byline;
  Line embargo;
  final List<RawLine> unrecognised = new ArrayList<>();
  /** The index of the first line after the header. */
  int bodyStart;

  boolean has(Shape shape) {
    return get(shape) != null;
  }

  Line get(Shape shape) {
    return switch (shape) {
      case SOURCE -> source;
      case SLUG -> slug;
      case TIMESTAMP -> timestamp;
      case BYLINE -> byline;
      case EMBARGO -> embargo;
      default -> null;
    };
  }

  void set(Line line) {
    switch (line.shape()) {
      case SOURCE -> source = line;
      case SLUG -> slug = line;
      case TIMESTAMP -> timestamp = line;
      case BYLINE -> byline = line;
      case EMBARGO -> embargo = line;
      default -> throw new IllegalArgumentException("not a header field: " + line.shape());
    }
  }
}
