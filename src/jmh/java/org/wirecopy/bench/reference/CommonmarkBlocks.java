package org.wirecopy.bench.reference;

import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;

/**
 * A reference point for the benchmarks, not part of wirecopy: commonmark-java over the archive as
 * one Markdown document, either its block parser alone (inline parsing switched off, so only the
 * line-by-line block structure is built: paragraphs, blank lines, thematic breaks) or the whole
 * parser, blocks and inline content (emphasis, links, text nodes).
 */
public final class CommonmarkBlocks {

  /** Leaves inline content unparsed, so that the block parser alone is measured. */
  private static final InlineParser NO_INLINES = (lines, node) -> { };

  private final Parser blocksOnly =
      Parser.builder().inlineParserFactory(context -> NO_INLINES).build();
  private final Parser full = Parser.builder().build();

  /**
   * Parses the text's block structure only.
   *
   * @param text the archive
   * @return the document node
   */
  public Node parseBlocks(String text) {
    return blocksOnly.parse(text);
  }

  /**
   * Parses the text's blocks and their inline content.
   *
   * @param text the archive
   * @return the document node
   */
  public Node parseFully(String text) {
    return full.parse(text);
  }
}
