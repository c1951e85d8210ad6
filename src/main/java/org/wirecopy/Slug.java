package org.wirecopy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catchline: a category, keywords and an optional version tag ({@code POLITICS Tax UPDATE 2}).
 *
 * @param raw the line as written, trimmed
 * @param category the category in capitals ({@code POLITICS})
 * @param keywords the keywords as written, at least one ({@code [Tax]})
 * @param version the version tag ({@code UPDATE 2}), if any
 * @param span the line it came from (not part of equality)
 */
public record Slug(
    String raw, String category, List<String> keywords, Optional<String> version, SourceSpan span) {

  /**
   * Creates the value, copying the lists.
   *
   * @param raw see the class description
   * @param category see the class description
   * @param keywords see the class description
   * @param version see the class description
   * @param span see the class description
   * @throws NullPointerException if a value is null
   */
  public Slug {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(category, "category");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Slug s
        && raw.equals(s.raw)
        && category.equals(s.category)
        && keywords.equals(s.keywords)
        && version.equals(s.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, category, keywords, version);
  }
}
