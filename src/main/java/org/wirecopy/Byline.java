package org.wirecopy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who wrote the story.
 *
 * @param raw the line as written, trimmed
 * @param authors the personal names as written, possibly none ({@code By PA Reporter})
 * @param affiliation the trailing parts that are not names ({@code Political Editor, PA}), if any
 * @param span the line it came from (not part of equality)
 */
public record Byline(
    String raw, List<String> authors, Optional<String> affiliation, SourceSpan span) {

  /**
   * Creates the value, copying the lists.
   *
   * @param raw see the class description
   * @param authors see the class description
   * @param affiliation see the class description
   * @param span see the class description
   * @throws NullPointerException if a value is null
   */
  public Byline {
    Objects.requireNonNull(raw, "raw");
    authors = List.copyOf(authors);
    Objects.requireNonNull(affiliation, "affiliation");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Byline b
        && raw.equals(b.raw)
        && authors.equals(b.authors)
        && affiliation.equals(b.affiliation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, authors, affiliation);
  }
}
