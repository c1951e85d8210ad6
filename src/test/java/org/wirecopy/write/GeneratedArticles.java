package org.wirecopy.write;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.wirecopy.Article;
import org.wirecopy.Byline;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.Embargo;
import org.wirecopy.Headline;
import org.wirecopy.Page;
import org.wirecopy.Paragraph;
import org.wirecopy.ParseResult;
import org.wirecopy.RawLine;
import org.wirecopy.Slug;
import org.wirecopy.Source;
import org.wirecopy.SourceSpan;
import org.wirecopy.Timestamp;

/**
 * Articles built directly from the model's records, not by parsing, so that the writers meet text
 * the parser would never hand them: any string (control characters, U+FFFE, lone surrogates,
 * markup characters), any element missing, pages anywhere, clock offsets with seconds.
 */
final class GeneratedArticles {

  private static final SourceSpan SPAN = SourceSpan.ofLine(1);

  private GeneratedArticles() {}

  /** Any text, with the characters that trouble JSON, HTML and XML writers well represented. */
  static Arbitrary<String> text() {
    Arbitrary<String> awkward =
        Arbitraries.strings()
            .withChars("\u0000\u0001\u0008\t\n\r\u001f\u007f\u0085\u2028\u2029\uFFFE\uFFFF\uFFFD")
            .withChars("\uD800\uDBFF\uDC00\uDFFF<>&\"']]\\/ \u00a0£“”")
            .withCharRange('a', 'z')
            .ofMaxLength(30);
    Arbitrary<String> emoji = Arbitraries.of("😀", "𝄞", "e\u0301", "ﬀ", "İ", "ß");
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        awkward,
        Combinators.combine(awkward, emoji, awkward).as((a, b, c) -> a + b + c));
  }

  static Arbitrary<ParseResult> results() {
    return Combinators.combine(articles(), diagnostics().list().ofMaxSize(3))
        .as(ParseResult::new);
  }

  static Arbitrary<Article> articles() {
    Arbitrary<Optional<Headline>> headline =
        Combinators.combine(text(), text()).as((raw, t) -> new Headline(raw, t, SPAN)).optional();
    Arbitrary<Optional<Source>> source =
        Combinators.combine(text(), text()).as((n, raw) -> new Source(n, raw, SPAN)).optional();
    Arbitrary<Optional<Slug>> slug =
        Combinators.combine(text(), text(), text().list().ofMinSize(1).ofMaxSize(3),
                text().optional())
            .as((raw, category, keywords, version) ->
                new Slug(raw, category, keywords, version, SPAN))
            .optional();
    Arbitrary<Optional<Byline>> byline =
        Combinators.combine(text(), text().list().ofMaxSize(3), text().optional())
            .as((raw, authors, affiliation) -> new Byline(raw, authors, affiliation, SPAN))
            .optional();
    Arbitrary<Optional<RawLine>> end =
        Arbitraries.oneOf(Arbitraries.of("ends", "more", "MORE", "-ends-"), text())
            .map(e -> new RawLine(e, SPAN))
            .optional();
    Arbitrary<List<Paragraph>> paragraphs =
        text().map(t -> new Paragraph(t, SPAN)).list().ofMaxSize(5);
    Arbitrary<List<Paragraph>> notes =
        text().map(t -> new Paragraph(t, SPAN)).list().ofMaxSize(2);
    Arbitrary<List<RawLine>> unrecognised =
        text().map(t -> new RawLine(t, SPAN)).list().ofMaxSize(2);
    Arbitrary<Header> header =
        Combinators.combine(headline, source, slug, timestamp().optional(), byline,
                embargo().optional())
            .as(Header::new);
    Arbitrary<Body> body =
        Combinators.combine(pages(), paragraphs, end, notes, unrecognised).as(Body::new);
    return Combinators.combine(header, body)
        .as((h, b) -> new Article(h.headline, h.source, h.slug, h.timestamp, h.byline,
            h.embargo, b.pages, b.paragraphs, b.end, b.notes, b.unrecognised));
  }

  private record Header(
      Optional<Headline> headline,
      Optional<Source> source,
      Optional<Slug> slug,
      Optional<Timestamp> timestamp,
      Optional<Byline> byline,
      Optional<Embargo> embargo) {}

  private record Body(
      List<Page> pages,
      List<Paragraph> paragraphs,
      Optional<RawLine> end,
      List<Paragraph> notes,
      List<RawLine> unrecognised) {}

  /** Local clock times of years 1 to 9998 at offsets of whole quarter hours or odd seconds. */
  private static Arbitrary<LocalDateTime> local() {
    long min = LocalDateTime.of(1, 1, 2, 0, 0).toEpochSecond(ZoneOffset.UTC);
    long max = LocalDateTime.of(9998, 12, 30, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    return Arbitraries.longs().between(min, max)
        .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
  }

  private static Arbitrary<ZoneOffset> offset() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-18 * 4, 18 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 900)),
        Arbitraries.of(ZoneOffset.ofTotalSeconds(-75), ZoneOffset.ofHoursMinutesSeconds(0, 1, 15)));
  }

  private static Arbitrary<Timestamp> timestamp() {
    return Combinators.combine(text(), local(), offset())
        .as((raw, local, offset) -> new Timestamp(raw, local, local.toInstant(offset), SPAN));
  }

  private static Arbitrary<Embargo> embargo() {
    Arbitrary<Embargo> resolved =
        Combinators.combine(text(), local(), offset(), Arbitraries.of(DayOfWeek.class).optional())
            .as((raw, local, offset, weekday) -> new Embargo(raw, Optional.of(local),
                Optional.of(local.toInstant(offset)), weekday, SPAN));
    Arbitrary<Embargo> unresolved =
        text().map(raw -> new Embargo(raw, Optional.empty(), Optional.<Instant>empty(),
            Optional.empty(), SPAN));
    return Arbitraries.oneOf(resolved, unresolved);
  }

  private static Arbitrary<List<Page>> pages() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 9999),
            Arbitraries.integers().between(0, 6),
            text(),
            text().map(m -> new RawLine(m, SPAN)).optional())
        .as((number, first, raw, more) ->
            new Page(number, first, raw, more, Optional.empty(), SPAN))
        .list()
        .ofMaxSize(4);
  }

  private static Arbitrary<Diagnostic> diagnostics() {
    return Combinators.combine(
            Arbitraries.of(DiagnosticCode.class),
            text(),
            Arbitraries.integers().between(1, 100_000),
            Arbitraries.integers().between(1, 1000))
        .as(Diagnostic::of);
  }
}
