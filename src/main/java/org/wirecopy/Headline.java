package org.wirecopy;

import java.util.Objects;

/**
 * The story's headline.
 *
 * @param raw the headline as written: each line trimmed, lines joined with {@code \n}
 * @param text the cleaned headline: lines joined with one space, stray quote marks at either end
 *     dropped
 * @param span the lines it came from (not part of equality)
 */
public record Headline(String raw, String text, SourceSpan span) {

  /**
   * Creates the value.
   *
   * @param raw see the class description
   * @param text see the class description
   * @param span see the class description
   * @throws NullPointerException if a value is null
   */
  public Headline {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Headline h && raw.equals(h.raw) && text.equals(h.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, text);
  }
}
