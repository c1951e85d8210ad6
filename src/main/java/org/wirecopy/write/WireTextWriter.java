package org.wirecopy.write;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirecopy.Article;
import org.wirecopy.Page;
import org.wirecopy.RawLine;

/**
 * Writes an {@link Article} as wire text in canonical order: headline, source, slug, timestamp,
 * byline, embargo, pages and paragraphs, end marker, notes, one blank line between elements, LF
 * line ends; a story without a headline or source opens with the element after its slug, since a
 * slug on the first line is read as the headline. Parsing the output gives an equal article.
 *
 * <p>What the writer cannot express: unrecognised header lines are written two before each header
 * element (then after the last; never before the first when there is no headline, where they would
 * be read as the headline), so an article keeps them only if it has no more than two per header
 * element and they are not header-shaped themselves; text (headline, paragraphs, notes) must
 * not contain line breaks, and neither a paragraph nor a headline line may look like a page
 * marker, end marker or {@code more} line. Paragraphs are written one line each, and the header ends only at a line with no
 * header element among its next two non-blank lines (FORMAT.md 2.9); so when the body starts
 * before the first page marker, none of its first three lines (paragraphs, then notes) may look
 * like a header element (a slug such as {@code NHS Trusts said} included), and at least three
 * paragraphs must precede that marker. Otherwise the first paragraphs are read back as unrecognised header lines.
 * Text that itself looks like mojibake ({@code Ã©}) is written as it is; a parser that repairs
 * mojibake (the default) repairs it when reading it back, one with {@code repairMojibake(false)}
 * reads it back exactly.
 */
public final class WireTextWriter {

  /** How many unrecognised lines may stand before a header element and still be read as such. */
  private static final int UNRECOGNISED_PER_ELEMENT = 2;

  private WireTextWriter() {}

  /**
   * The wire text of an article.
   *
   * @param article the article
   * @return the text, ending with a line feed
   */
  public static String toWireText(Article article) {
    List<String> blocks = new ArrayList<>();
    article.headline().ifPresent(h -> blocks.add(h.raw()));
    ArrayDeque<String> unrecognised = new ArrayDeque<>();
    article.unrecognised().forEach(u -> unrecognised.add(u.raw()));
    List<String> header = new ArrayList<>();
    article.source().ifPresent(s -> header.add(s.raw()));
    article.slug().ifPresent(s -> header.add(s.raw()));
    article.timestamp().ifPresent(t -> header.add(t.raw()));
    article.byline().ifPresent(b -> header.add(b.raw()));
    article.embargo().ifPresent(e -> header.add(e.raw()));
    List<Page> pages = article.pages();
    int page = 0;
    Optional<RawLine> pendingMore = Optional.empty();
    if (!pages.isEmpty() && pages.get(0).firstParagraph() == 0) {
      header.add(pages.get(0).moreBefore().map(m -> m.raw() + "\n\n").orElse("")
          + pages.get(0).raw());
      pendingMore = pages.get(0).more();
      page = 1;
    }
    if (article.headline().isEmpty() && article.source().isEmpty() && article.slug().isPresent()
        && header.size() > 1) {
      // A slug on the first line would be read back as the headline (FORMAT.md 2.4): let the next
      // element, which no headline resembles, open the story.
      header.add(1, header.remove(0));
    }
    for (int e = 0; e < header.size(); e++) {
      // Without a headline the first line must be a header element: any other line would be read
      // back as the headline.
      boolean opensTheStory = e == 0 && article.headline().isEmpty();
      for (int i = 0; i < UNRECOGNISED_PER_ELEMENT && !unrecognised.isEmpty() && !opensTheStory;
          i++) {
        blocks.add(unrecognised.pollFirst());
      }
      blocks.add(header.get(e));
    }
    blocks.addAll(unrecognised);
    for (int p = 0; p < article.paragraphs().size(); p++) {
      while (page < pages.size() && pages.get(page).firstParagraph() <= p) {
        writePage(blocks, pendingMore, pages.get(page));
        pendingMore = pages.get(page).more();
        page++;
      }
      blocks.add(article.paragraphs().get(p).text());
    }
    for (; page < pages.size(); page++) {
      writePage(blocks, pendingMore, pages.get(page));
      pendingMore = pages.get(page).more();
    }
    pendingMore.ifPresent(m -> blocks.add(m.raw()));
    article.end().ifPresent(e -> blocks.add(e.raw()));
    article.notes().forEach(n -> blocks.add(n.text()));
    return String.join("\n\n", blocks) + "\n";
  }

  /** A page marker, after the {@code more} line that closed the page before it. */
  private static void writePage(List<String> blocks, Optional<RawLine> closedBefore, Page page) {
    closedBefore.or(page::moreBefore).ifPresent(m -> blocks.add(m.raw()));
    blocks.add(page.raw());
  }
}
