package org.wirecopy.internal;

import java.time.ZoneId;
import java.util.List;

/**
 * Everything a parse is configured with; built by {@code WireParser.Builder}.
 *
 * @param zone the zone of the copy's clock times
 * @param sources the accepted source names, as they should be spelled
 * @param affiliationWords the words that mark a byline part as an affiliation
 * @param repairMojibake whether to repair mis-decoded UTF-8
 * @param strict whether the first ERROR fails the parse
 * @param maxLineLength the longest line read in one piece, in characters
 * @param maxStoryLines the most lines one story may have
 * @param maxDiagnostics the most diagnostics kept per story
 */
public record ParserConfig(
    ZoneId zone,
    List<String> sources,
    List<String> affiliationWords,
    boolean repairMojibake,
    boolean strict,
    int maxLineLength,
    int maxStoryLines,
    int maxDiagnostics) {

  /** Copies the lists. */
  public ParserConfig {
    sources = List.copyOf(sources);
    affiliationWords = List.copyOf(affiliationWords);
  }
}
