package org.wirecopy.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirecopy.Page;
import org.wirecopy.RawLine;

/**
 * Page markers before they are placed among a story's paragraphs. {@link #place} fits them to the
 * number of paragraphs the story has, keeping to what the format can express:
 *
 * <ul>
 *   <li>a first marker that stands before the first paragraph is in the header ({@code Page 1});
 *   <li>a first marker after some paragraphs either follows a {@code more} line ({@code more}
 *       then {@code Page 2} with no {@code Page 1}) or stands after at least three paragraphs: a
 *       page marker within the two lines after the first paragraph would make that paragraph an
 *       unrecognised header line (the header ends at the first page marker);
 *   <li>only a page that another page follows may be closed by {@code more}: as the story's last
 *       line, {@code more} is the end marker.
 * </ul>
 *
 * @param count how many markers
 * @param atTop whether the first marker stands before the first paragraph
 * @param moreBefore whether a {@code more} line closes the copy before a first marker lower down
 * @param firstAt where a first marker lower down would like to stand
 * @param gaps paragraphs between one marker and the next (0 for an empty page)
 * @param closedByMore for each marker, whether {@code more} closes its page
 * @param firstNumber the first page's number
 * @param skip the index of a marker whose number jumps ahead by one (out of sequence), or -1
 * @param words how each marker writes {@code Page}
 * @param mores how each {@code more} line is written
 */
record PagesDraft(
    int count,
    boolean atTop,
    boolean moreBefore,
    int firstAt,
    List<Integer> gaps,
    List<Boolean> closedByMore,
    int firstNumber,
    int skip,
    List<String> words,
    List<String> mores) {

  /** How few paragraphs may stand before a first marker that no {@code more} line precedes. */
  static final int PARAGRAPHS_BEFORE_UNANNOUNCED_PAGE = 3;

  /**
   * The pages of a story with {@code paragraphs} paragraphs.
   *
   * @param paragraphs how many paragraphs the story has
   * @return the pages, in order
   */
  List<Page> place(int paragraphs) {
    List<Page> pages = new ArrayList<>();
    if (count == 0) {
      return pages;
    }
    int first;
    boolean announced = false;
    if (atTop) {
      first = 0;
    } else if (moreBefore && paragraphs >= 1) {
      first = Math.max(1, Math.min(firstAt, paragraphs));
      announced = true;
    } else if (paragraphs >= PARAGRAPHS_BEFORE_UNANNOUNCED_PAGE) {
      first = Math.max(PARAGRAPHS_BEFORE_UNANNOUNCED_PAGE, Math.min(firstAt, paragraphs));
    } else {
      first = 0;
    }
    int at = first;
    int number = firstNumber;
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        at = Math.min(paragraphs, at + gaps.get(i % gaps.size()));
        number += i == skip ? 2 : 1;
      }
      boolean closed = i < count - 1 && closedByMore.get(i % closedByMore.size());
      Optional<RawLine> more =
          closed ? Optional.of(new RawLine(mores.get(i % mores.size()), HeaderArbitraries.SPAN))
              : Optional.empty();
      Optional<RawLine> before =
          i == 0 && announced
              ? Optional.of(new RawLine(mores.get(0), HeaderArbitraries.SPAN))
              : Optional.empty();
      String raw = words.get(i % words.size()) + " " + Math.min(number, 9999);
      pages.add(new Page(Math.min(number, 9999), at, raw, more, before, HeaderArbitraries.SPAN));
    }
    return pages;
  }
}
