package org.wirecopy.write;

import java.util.List;
import java.util.Objects;

/**
 * A written document and what the writer had to change to write it.
 *
 * @param text the document
 * @param warnings what was changed, in the order the elements were written; empty when the
 *     document holds every character of the article as it is
 */
public record WriteResult(String text, List<WriteWarning> warnings) {

  /**
   * Creates the value, copying the list.
   *
   * @param text see the class description
   * @param warnings see the class description
   * @throws NullPointerException if a value is null
   */
  public WriteResult {
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }
}
