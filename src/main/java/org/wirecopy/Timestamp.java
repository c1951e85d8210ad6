package org.wirecopy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When the story was filed.
 *
 * @param raw the line as written, trimmed ({@code 10-May-2019 10:57:56})
 * @param local the local date-time as written
 * @param instant the instant, by the configured zone's rules
 * @param span the line it came from (not part of equality)
 */
public record Timestamp(String raw, LocalDateTime local, Instant instant, SourceSpan span) {

  /**
   * Creates the value.
   *
   * @param raw see the class description
   * @param local see the class description
   * @param instant see the class description
   * @param span see the class description
   * @throws NullPointerException if a value is null
   */
  public Timestamp {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timestamp t
        && raw.equals(t.raw)
        && local.equals(t.local)
        && instant.equals(t.instant);
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, local, instant);
  }
}
