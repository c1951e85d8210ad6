package org.wirecopy;

import java.util.List;
import java.util.Objects;

/**
 * A parsed story and what the parser noticed while reading it.
 *
 * @param article the story
 * @param diagnostics the diagnostics, ordered by line and column
 */
public record ParseResult(Article article, List<Diagnostic> diagnostics) {

  /**
   * Creates the value, copying the lists.
   *
   * @param article see the class description
   * @param diagnostics see the class description
   * @throws NullPointerException if a value is null
   */
  public ParseResult {
    Objects.requireNonNull(article, "article");
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Whether any diagnostic is an {@link Severity#ERROR}.
   *
   * @return true if strict mode would reject this story
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
