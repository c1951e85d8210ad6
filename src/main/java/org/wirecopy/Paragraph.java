package org.wirecopy;

import java.util.Objects;

/**
 * A paragraph of body text or of notes.
 *
 * @param text the lines of the paragraph, each trimmed, joined with one space
 * @param span the lines it came from (not part of equality)
 */
public record Paragraph(String text, SourceSpan span) {

  /**
   * Creates the value.
   *
   * @param text see the class description
   * @param span see the class description
   * @throws NullPointerException if a value is null
   */
  public Paragraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Paragraph p && text.equals(p.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
