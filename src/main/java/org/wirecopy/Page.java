package org.wirecopy;

import java.util.Objects;
import java.util.Optional;

/**
 * A page of the story, from a {@code Page N} marker.
 *
 * @param number the page number, 1 to 9999
 * @param firstParagraph the index in {@link Article#paragraphs()} of the page's first paragraph;
 *     equal to the number of paragraphs when the page holds none
 * @param raw the marker line as written, trimmed ({@code page 2})
 * @param more the {@code more} line that closed this page, if one did
 * @param moreBefore a {@code more} line just before this marker that closed the unmarked copy
 *     before the first page marker ({@code more} then {@code Page 2} with no {@code Page 1}), if
 *     there was one
 * @param span the marker line (not part of equality)
 */
public record Page(
    int number,
    int firstParagraph,
    String raw,
    Optional<RawLine> more,
    Optional<RawLine> moreBefore,
    SourceSpan span) {

  /**
   * Creates the value.
   *
   * @param number see the class description
   * @param firstParagraph see the class description
   * @param raw see the class description
   * @param more see the class description
   * @param moreBefore see the class description
   * @param span see the class description
   * @throws IllegalArgumentException if a value is out of range
   * @throws NullPointerException if a value is null
   */
  public Page {
    if (number < 1 || firstParagraph < 0) {
      throw new IllegalArgumentException("page " + number + " at paragraph " + firstParagraph);
    }
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(more, "more");
    Objects.requireNonNull(moreBefore, "moreBefore");
    Objects.requireNonNull(span, "span");
  }

  /**
   * Whether a {@code more} line closed this page: the copy went on on the next page.
   *
   * @return true if {@link #more()} is present
   */
  public boolean closedByMore() {
    return more.isPresent();
  }

  /**
   * This page with the {@code more} line that closed it.
   *
   * @param moreLine the {@code more} line
   * @return a copy closed by {@code moreLine}
   */
  public Page closedBy(RawLine moreLine) {
    return new Page(number, firstParagraph, raw, Optional.of(moreLine), moreBefore, span);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Page p
        && number == p.number
        && firstParagraph == p.firstParagraph
        && raw.equals(p.raw)
        && more.equals(p.more)
        && moreBefore.equals(p.moreBefore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, firstParagraph, raw, more, moreBefore);
  }
}
