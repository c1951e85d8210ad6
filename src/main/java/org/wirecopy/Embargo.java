package org.wirecopy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The time before which the story must not be published.
 *
 * @param raw the line as written, trimmed
 * @param local the resolved local date-time, if the line could be resolved
 * @param instant the resolved instant, if the line could be resolved
 * @param weekday the weekday the copy names, if it names one (it may disagree with the date)
 * @param span the line it came from (not part of equality)
 */
public record Embargo(
    String raw,
    Optional<LocalDateTime> local,
    Optional<Instant> instant,
    Optional<DayOfWeek> weekday,
    SourceSpan span) {

  /**
   * Creates the value.
   *
   * @param raw see the class description
   * @param local see the class description
   * @param instant see the class description
   * @param weekday see the class description
   * @param span see the class description
   * @throws NullPointerException if a value is null
   */
  public Embargo {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(weekday, "weekday");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Embargo e
        && raw.equals(e.raw)
        && local.equals(e.local)
        && instant.equals(e.instant)
        && weekday.equals(e.weekday);
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, local, instant, weekday);
  }
}
