package org.wirecopy;

import java.util.Objects;

/**
 * One input line kept as written: an end marker, a {@code more} line, or an unrecognised header
 * line.
 *
 * @param raw the line, trimmed
 * @param span the line it came from (not part of equality)
 */
public record RawLine(String raw, SourceSpan span) {

  /**
   * Creates the value.
   *
   * @param raw see the class description
   * @param span see the class description
   * @throws NullPointerException if a value is null
   */
  public RawLine {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawLine r && raw.equals(r.raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }
}
