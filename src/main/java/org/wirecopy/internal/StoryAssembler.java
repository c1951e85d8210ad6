package org.wirecopy.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirecopy.Article;
import org.wirecopy.Byline;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.Embargo;
import org.wirecopy.ParseResult;
import org.wirecopy.Slug;
import org.wirecopy.Source;
import org.wirecopy.SourceSpan;
import org.wirecopy.Timestamp;

/** Turns one story's classified lines into an {@link Article} and its diagnostics. */
final class StoryAssembler {

  private final ParserConfig config;
  private final EmbargoResolver embargoes;

  StoryAssembler(ParserConfig config) {
    this.config = config;
    this.embargoes = new EmbargoResolver(config.zone());
  }

  ParseResult assemble(StoryLines lines) {
    DiagnosticCollector diagnostics = new DiagnosticCollector(config.maxDiagnostics());
    lines.diagnostics().forEach(diagnostics::add);
    new DecodingReport(lines.lines()).report(diagnostics);
    StoryText story = new StoryText(lines.lines());
    HeaderFields header = new HeaderAssembler(story, diagnostics).assemble();
    BodyAssembler body = new BodyAssembler(story, diagnostics);
    body.assemble(header.bodyStart);

    Optional<Timestamp> timestamp = Optional.ofNullable(header.timestamp).map(l -> timestamp(l, diagnostics));
    Optional<LocalDateTime> filed = timestamp.map(Timestamp::local);
    Article article =
        new Article(
            Optional.ofNullable(header.headline),
            Optional.ofNullable(header.source).map(StoryAssembler::source),
            Optional.ofNullable(header.slug).map(StoryAssembler::slug),
            timestamp,
            Optional.ofNullable(header.byline).map(StoryAssembler::byline),
            Optional.ofNullable(header.embargo)
                .map(l -> embargoes.resolve(l, (ScannedEmbargo) l.value(), filed, diagnostics)),
            body.pages,
            body.paragraphs,
            body.end,
            body.notes,
            header.unrecognised);
    reportMissing(article, story, diagnostics);
    return new ParseResult(article, diagnostics.sorted());
  }

  private static Source source(Line line) {
    return new Source((String) line.value(), line.trimmed(), span(line));
  }

  private static Slug slug(Line line) {
    ScannedSlug s = (ScannedSlug) line.value();
    return new Slug(line.trimmed(), s.category(), s.keywords(), s.version(), span(line));
  }

  private static Byline byline(Line line) {
    ScannedByline b = (ScannedByline) line.value();
    return new Byline(line.trimmed(), b.authors(), b.affiliation(), span(line));
  }

  private Timestamp timestamp(Line line, DiagnosticCollector diagnostics) {
    LocalDateTime local = (LocalDateTime) line.value();
    ZonedTimes.Placed placed = ZonedTimes.place(local, config.zone());
    switch (placed.fit()) {
      case GAP -> diagnostics.add(
          DiagnosticCode.TIMESTAMP_DST_GAP,
          "timestamp " + local + " does not exist in " + config.zone()
              + " (clocks went forward); the later offset is used",
          line.number(), line.firstColumn());
      case OVERLAP -> diagnostics.add(
          DiagnosticCode.TIMESTAMP_DST_OVERLAP,
          "timestamp " + local + " occurs twice in " + config.zone()
              + " (clocks went back); the earlier offset is used",
          line.number(), line.firstColumn());
      default -> { }
    }
    return new Timestamp(line.trimmed(), local, placed.instant(), span(line));
  }

  private static SourceSpan span(Line line) {
    return SourceSpan.ofLine(line.number());
  }

  /** An ERROR for each required element the story lacks, at its first line with text. */
  private static void reportMissing(Article a, StoryText story, DiagnosticCollector diagnostics) {
    int first = story.nextText(-1);
    int line = first < 0 ? 1 : story.get(first).number();
    List<DiagnosticCode> missing = new ArrayList<>();
    if (a.headline().isEmpty()) {
      missing.add(DiagnosticCode.MISSING_HEADLINE);
    }
    if (a.source().isEmpty()) {
      missing.add(DiagnosticCode.MISSING_SOURCE);
    }
    if (a.slug().isEmpty()) {
      missing.add(DiagnosticCode.MISSING_SLUG);
    }
    if (a.timestamp().isEmpty()) {
      missing.add(DiagnosticCode.MISSING_TIMESTAMP);
    }
    if (a.paragraphs().isEmpty()) {
      missing.add(DiagnosticCode.MISSING_BODY);
    }
    for (DiagnosticCode code : missing) {
      String element = code.name().substring("MISSING_".length()).toLowerCase(java.util.Locale.ROOT);
      diagnostics.add(Diagnostic.of(code, "the story has no " + element, line, 1));
    }
  }
}
