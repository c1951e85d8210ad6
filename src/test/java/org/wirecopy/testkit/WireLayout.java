package org.wirecopy.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirecopy.Article;
import org.wirecopy.Page;
import org.wirecopy.RawLine;

/**
 * An article laid out as the canonical writer lays it out, block by block, with each block knowing
 * which element it is. Perturbations need that knowledge (only paragraphs may be hard-wrapped,
 * only header lines reordered); {@link #text()} is the writer's output, which a property checks.
 *
 * @param blocks the blocks in order; one blank line stands between two blocks
 */
public record WireLayout(List<Block> blocks) {

  /** What a block is. */
  public enum Kind {
    /** The headline: one or more lines. */
    HEADLINE,
    /** A source line. */
    SOURCE,
    /** A slug line. */
    SLUG,
    /** A timestamp line. */
    TIMESTAMP,
    /** A byline. */
    BYLINE,
    /** An embargo line. */
    EMBARGO,
    /** An unrecognised header line. */
    UNRECOGNISED,
    /** A page marker. */
    PAGE,
    /** A {@code more} line that closes a page. */
    MORE,
    /** A body paragraph. */
    PARAGRAPH,
    /** The end marker. */
    END,
    /** A note after the end marker. */
    NOTE;

    /** Whether the kind is a header line that the parser recognises wherever it stands. */
    boolean isMovableHeader() {
      return this == SOURCE || this == SLUG || this == TIMESTAMP || this == BYLINE
          || this == EMBARGO;
    }
  }

  /**
   * One element's lines.
   *
   * @param kind what the element is
   * @param lines its lines, without line ends
   */
  public record Block(Kind kind, List<String> lines) {
    /** Copies the lines. */
    public Block {
      lines = List.copyOf(lines);
    }

    /** Whether the line, next to a headline, is sure not to continue it. */
    boolean endsAHeadline() {
      return switch (kind) {
        case SOURCE, TIMESTAMP, BYLINE, EMBARGO, PAGE -> true;
        case SLUG -> !lines.get(0).equals(lines.get(0).toUpperCase(Locale.ROOT));
        default -> false;
      };
    }
  }

  /** Copies the blocks. */
  public WireLayout {
    blocks = List.copyOf(blocks);
  }

  /**
   * The layout of an article, in the writer's order.
   *
   * @param article an article the writer can express
   * @return its layout
   */
  public static WireLayout of(Article article) {
    List<Block> blocks = new ArrayList<>();
    article.headline().ifPresent(h -> blocks.add(new Block(Kind.HEADLINE, lines(h.raw()))));
    ArrayDeque<String> unrecognised = new ArrayDeque<>();
    article.unrecognised().forEach(u -> unrecognised.add(u.raw()));
    List<List<Block>> header = new ArrayList<>();
    article.source().ifPresent(s -> header.add(one(Kind.SOURCE, s.raw())));
    article.slug().ifPresent(s -> header.add(one(Kind.SLUG, s.raw())));
    article.timestamp().ifPresent(t -> header.add(one(Kind.TIMESTAMP, t.raw())));
    article.byline().ifPresent(b -> header.add(one(Kind.BYLINE, b.raw())));
    article.embargo().ifPresent(e -> header.add(one(Kind.EMBARGO, e.raw())));
    List<Page> pages = article.pages();
    int page = 0;
    Optional<RawLine> pendingMore = Optional.empty();
    if (!pages.isEmpty() && pages.get(0).firstParagraph() == 0) {
      List<Block> top = new ArrayList<>();
      pages.get(0).moreBefore().ifPresent(m -> top.add(new Block(Kind.MORE, List.of(m.raw()))));
      top.add(new Block(Kind.PAGE, List.of(pages.get(0).raw())));
      header.add(top);
      pendingMore = pages.get(0).more();
      page = 1;
    }
    for (List<Block> element : header) {
      for (int i = 0; i < 2 && !unrecognised.isEmpty(); i++) {
        blocks.add(new Block(Kind.UNRECOGNISED, List.of(unrecognised.pollFirst())));
      }
      blocks.addAll(element);
    }
    unrecognised.forEach(u -> blocks.add(new Block(Kind.UNRECOGNISED, List.of(u))));
    for (int p = 0; p < article.paragraphs().size(); p++) {
      while (page < pages.size() && pages.get(page).firstParagraph() <= p) {
        addPage(blocks, pendingMore, pages.get(page));
        pendingMore = pages.get(page).more();
        page++;
      }
      blocks.add(new Block(Kind.PARAGRAPH, List.of(article.paragraphs().get(p).text())));
    }
    for (; page < pages.size(); page++) {
      addPage(blocks, pendingMore, pages.get(page));
      pendingMore = pages.get(page).more();
    }
    pendingMore.ifPresent(m -> blocks.add(new Block(Kind.MORE, List.of(m.raw()))));
    article.end().ifPresent(e -> blocks.add(new Block(Kind.END, List.of(e.raw()))));
    article.notes().forEach(n -> blocks.add(new Block(Kind.NOTE, List.of(n.text()))));
    return new WireLayout(blocks);
  }

  private static void addPage(List<Block> blocks, Optional<RawLine> closedBefore, Page page) {
    closedBefore.or(page::moreBefore)
        .ifPresent(m -> blocks.add(new Block(Kind.MORE, List.of(m.raw()))));
    blocks.add(new Block(Kind.PAGE, List.of(page.raw())));
  }

  private static List<Block> one(Kind kind, String line) {
    return List.of(new Block(kind, List.of(line)));
  }

  private static List<String> lines(String raw) {
    return List.of(raw.split("\n", -1));
  }

  /**
   * The canonical text: blocks separated by one blank line, LF line ends, a final line end.
   *
   * @return the text
   */
  public String text() {
    List<String> parts = new ArrayList<>();
    for (Block b : blocks) {
      parts.add(String.join("\n", b.lines()));
    }
    return String.join("\n\n", parts) + "\n";
  }
}
