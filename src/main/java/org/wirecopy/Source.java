package org.wirecopy;

import java.util.Objects;

/**
 * The agency line.
 *
 * @param name the accepted name as the parser was configured to spell it ({@code PA Media})
 * @param raw the line as written, trimmed ({@code pa media})
 * @param span the line it came from (not part of equality)
 */
public record Source(String name, String raw, SourceSpan span) {

  /**
   * Creates the value.
   *
   * @param name see the class description
   * @param raw see the class description
   * @param span see the class description
   * @throws NullPointerException if a value is null
   */
  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Source s && name.equals(s.name) && raw.equals(s.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, raw);
  }
}
