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

  /** Copies the list and checks for nulls. */
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
