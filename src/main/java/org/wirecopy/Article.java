package org.wirecopy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed story. Every element that may be absent is an {@link Optional} or an empty list; no
 * accessor returns {@code null}. Each element records the input lines it came from, and every
 * non-blank input line of the story is in exactly one element.
 *
 * <p>Equality compares content, not positions: two articles read from differently laid-out inputs
 * of the same story are equal.
 *
 * @param headline the headline, if the story has one
 * @param source the agency line
 * @param slug the catchline
 * @param timestamp when the story was filed
 * @param byline who wrote it
 * @param embargo when it may be published
 * @param pages the page markers, in order
 * @param paragraphs the body paragraphs, in order
 * @param end the end marker ({@code ends}, or {@code more} when the rest was sent later)
 * @param notes the paragraphs after the end marker ({@code Note to editors: ...})
 * @param unrecognised header lines that are no recognised element, or repeat one, in order
 */
public record Article(
    Optional<Headline> headline,
    Optional<Source> source,
    Optional<Slug> slug,
    Optional<Timestamp> timestamp,
    Optional<Byline> byline,
    Optional<Embargo> embargo,
    List<Page> pages,
    List<Paragraph> paragraphs,
    Optional<RawLine> end,
    List<Paragraph> notes,
    List<RawLine> unrecognised) {

  /**
   * Creates the value, copying the lists.
   *
   * @param headline see the class description
   * @param source see the class description
   * @param slug see the class description
   * @param timestamp see the class description
   * @param byline see the class description
   * @param embargo see the class description
   * @param pages see the class description
   * @param paragraphs see the class description
   * @param end see the class description
   * @param notes see the class description
   * @param unrecognised see the class description
   * @throws NullPointerException if a value is null
   */
  public Article {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(embargo, "embargo");
    pages = List.copyOf(pages);
    paragraphs = List.copyOf(paragraphs);
    Objects.requireNonNull(end, "end");
    notes = List.copyOf(notes);
    unrecognised = List.copyOf(unrecognised);
  }
}
