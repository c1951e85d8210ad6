package org.wirecopy.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.wirecopy.Article;
import org.wirecopy.Byline;
import org.wirecopy.Embargo;
import org.wirecopy.Headline;
import org.wirecopy.Page;
import org.wirecopy.Paragraph;
import org.wirecopy.RawLine;
import org.wirecopy.Slug;
import org.wirecopy.Source;
import org.wirecopy.Timestamp;
import org.wirecopy.write.WireTextWriter;

/**
 * Generated {@link Article}s: the entry point of the test kit.
 *
 * <p>Every article is built from the public model records, with the values each line means worked
 * out from the format's rules (not by asking the parser), and every article is one that {@link
 * WireTextWriter} can express, so {@code parse(write(a))} must equal {@code a}. Element spans are
 * all line 1: spans are positions and take no part in equality.
 *
 * <p>Articles cover every optional element missing or present, and the header variants of the
 * format: several authors, role affiliations, version tags, one-digit days and hours, times
 * without seconds, full and abbreviated month names, dates in the clock-change gap and overlap,
 * embargoes across the year end, unresolvable embargoes, pages 1 to N closed by {@code more},
 * end markers and notes; text with quotes, accents, {@code £}, characters outside the Basic
 * Multilingual Plane and tabs.
 *
 * <p>Restrictions beyond those the writer's Javadoc lists, each because the format cannot express
 * the article otherwise:
 *
 * <ul>
 *   <li>An article without a headline opens with a source, timestamp, embargo or page line and has
 *       no unrecognised lines: any other first line would be read as the headline.
 *   <li>At most two unrecognised lines per header element, none of them header-shaped.
 *   <li>Notes only after an end marker other than {@code more}: a {@code more} line followed by
 *       text is no end marker.
 *   <li>Page markers follow the rules in {@code PagesDraft}: a first marker below the first
 *       paragraph follows {@code more} or at least three paragraphs, and the last page is never
 *       closed by {@code more}.
 *   <li>Embargoes whose date cannot be resolved (no timestamp and no year, 30 February, a date
 *       more than 366 days on) are generated, with no local time or instant, as the format says.
 * </ul>
 */
public final class WireArbitraries {

  private WireArbitraries() {}

  /**
   * Any article the writer can express, from almost empty to complete.
   *
   * @return articles
   */
  public static Arbitrary<Article> articles() {
    return Combinators.combine(headers(), bodies()).as(WireArbitraries::assemble)
        .filter(WireArbitraries::expressible);
  }

  /**
   * Articles with every element strict mode requires: headline, source, slug, timestamp and at
   * least one paragraph.
   *
   * @return articles strict mode accepts
   */
  public static Arbitrary<Article> strictArticles() {
    return articles().filter(a -> a.headline().isPresent() && a.source().isPresent()
        && a.slug().isPresent() && a.timestamp().isPresent() && !a.paragraphs().isEmpty());
  }

  /**
   * Articles that can follow one another in an archive joined by end markers: each has a
   * headline, a source line right after it (no unrecognised lines), and an end marker, so that the
   * parser sees where the next story starts and the previous one stops. The headline does not look
   * like a slug or byline: after a story's notes such a line is a header line, so the last note
   * would read as the next story's headline (docs/format.md, "Several stories in one input").
   *
   * @return articles for archives
   */
  public static Arbitrary<Article> archiveArticles() {
    return articles().filter(a -> a.headline().isPresent() && a.source().isPresent()
        && a.unrecognised().isEmpty() && a.end().isPresent()
        && !Vocabulary.LOOKALIKE_HEADLINES.contains(a.headline().get().raw()));
  }

  /**
   * The canonical wire text of an article, for failure messages.
   *
   * @param article an article
   * @return what {@link WireTextWriter} writes for it
   */
  public static String wireText(Article article) {
    return WireTextWriter.toWireText(article);
  }

  /** The header part of an article before it is fitted together. */
  private record Header(
      Optional<Headline> headline,
      Optional<Source> source,
      Optional<Slug> slug,
      Optional<Timestamp> timestamp,
      Optional<Byline> byline,
      Optional<EmbargoDraft> embargo,
      List<String> unrecognised) {}

  /** The body part of an article before it is fitted together. */
  private record Body(
      List<Paragraph> paragraphs, PagesDraft pages, Optional<String> end, List<Paragraph> notes) {}

  private static Arbitrary<Header> headers() {
    return Combinators.combine(
            HeaderArbitraries.headlines().optional(0.9),
            HeaderArbitraries.sources().optional(0.8),
            HeaderArbitraries.slugs().optional(0.8),
            HeaderArbitraries.timestamps().optional(0.8),
            HeaderArbitraries.bylines().optional(0.6),
            embargoDrafts().optional(0.4),
            Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(List.<String>of())),
                Tuple.of(1, HeaderArbitraries.unrecognisedLines().list().ofMinSize(1).ofMaxSize(5))))
        .as(Header::new);
  }

  private static Arbitrary<Body> bodies() {
    Arbitrary<Optional<String>> end =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(Optional.<String>empty())),
            Tuple.of(4, BodyArbitraries.endMarkers().map(Optional::of)),
            Tuple.of(1, BodyArbitraries.moreLines().map(Optional::of)));
    return Combinators.combine(
            BodyArbitraries.paragraphLists(8),
            pagesDrafts(),
            end,
            BodyArbitraries.notes().list().ofMaxSize(3))
        .as(Body::new);
  }

  private static Article assemble(Header h, Body b) {
    Optional<Embargo> embargo =
        h.embargo().map(e -> e.resolve(h.timestamp().map(Timestamp::local)));
    List<Page> pages = b.pages().place(b.paragraphs().size());
    int headerElements =
        (h.source().isPresent() ? 1 : 0) + (h.slug().isPresent() ? 1 : 0)
            + (h.timestamp().isPresent() ? 1 : 0) + (h.byline().isPresent() ? 1 : 0)
            + (embargo.isPresent() ? 1 : 0)
            + (!pages.isEmpty() && pages.get(0).firstParagraph() == 0 ? 1 : 0);
    List<RawLine> unrecognised = new ArrayList<>();
    for (String u : h.unrecognised()) {
      if (unrecognised.size() < 2 * headerElements) {
        unrecognised.add(new RawLine(u, HeaderArbitraries.SPAN));
      }
    }
    Optional<RawLine> end = b.end().map(e -> new RawLine(e, HeaderArbitraries.SPAN));
    boolean notesAllowed = b.end().isPresent() && Vocabulary.ENDS.contains(b.end().get());
    return new Article(
        h.headline(), h.source(), h.slug(), h.timestamp(), h.byline(), embargo, pages,
        b.paragraphs(), end, notesAllowed ? b.notes() : List.of(), unrecognised);
  }

  /**
   * Whether the writer's output for an article reads back as that article: the first line must be
   * the headline, or a line that cannot be one.
   */
  static boolean expressible(Article a) {
    if (a.headline().isPresent()) {
      return true;
    }
    if (!a.unrecognised().isEmpty()) {
      return false;
    }
    boolean pageAtTop = !a.pages().isEmpty() && a.pages().get(0).firstParagraph() == 0;
    if (a.source().isPresent()) {
      return true;
    }
    if (a.slug().isPresent()) {
      return false;
    }
    if (a.timestamp().isPresent()) {
      return true;
    }
    if (a.byline().isPresent()) {
      return false;
    }
    return a.embargo().isPresent() || pageAtTop;
  }

  static Arbitrary<EmbargoDraft> embargoDrafts() {
    Arbitrary<LocalTime> times =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(LocalTime.of(0, 1), LocalTime.MIDNIGHT, LocalTime.NOON)),
            Tuple.of(3, Combinators.combine(Arbitraries.integers().between(0, 23),
                    Arbitraries.integers().between(0, 59))
                .as(LocalTime::of)));
    Arbitrary<EmbargoDraft.Target> targets =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just(EmbargoDraft.Target.OFFSET)),
            Tuple.of(2, Arbitraries.just(EmbargoDraft.Target.CLOCK_CHANGE)),
            Tuple.of(1, Arbitraries.just(EmbargoDraft.Target.NO_SUCH_DATE)));
    Arbitrary<Integer> offsets =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.integers().between(0, 10)),
            Tuple.of(2, Arbitraries.integers().between(11, 366)),
            Tuple.of(1, Arbitraries.integers().between(367, 420)));
    Arbitrary<LocalDate> fallback =
        HeaderArbitraries.localDateTimes().map(LocalDateTime::toLocalDate);
    var wording =
        Combinators.combine(
            Arbitraries.of("Embargoed", "Embargoed", "EMBARGOED", "embargoed"),
            Arbitraries.of("to", "until"),
            Arbitraries.of(EmbargoDraft.TimeForm.class),
            Arbitraries.of("BST", "GMT").optional(0.2),
            Arbitraries.of(true, false),
            Arbitraries.of(EmbargoDraft.WeekdayForm.class),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
            .as(Tuple::of);
    var dating =
        Combinators.combine(
            HeaderArbitraries.monthStyles(),
            Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(false)),
                Tuple.of(1, Arbitraries.just(true))),
            Arbitraries.of(true, false),
            targets,
            offsets,
            Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(false)),
                Tuple.of(1, Arbitraries.just(true))),
            fallback,
            times)
            .as(Tuple::of);
    return Combinators.combine(wording, dating)
        .as((w, d) -> new EmbargoDraft(
            w.get1(), w.get2(), d.get8(), w.get3(), w.get4(), w.get5(), w.get6(), w.get7(),
            w.get8(), d.get1(), d.get2(), d.get3(), d.get4(), d.get5(), d.get6(), d.get7()));
  }

  static Arbitrary<PagesDraft> pagesDrafts() {
    Arbitrary<Integer> counts =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(0)),
            Tuple.of(2, Arbitraries.just(1)),
            Tuple.of(3, Arbitraries.integers().between(2, 5)));
    var placing =
        Combinators.combine(
            counts,
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 6),
            Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(6, Arbitraries.integers().between(1, 3)))
                .list().ofMinSize(1).ofMaxSize(4))
            .as(Tuple::of);
    var writing =
        Combinators.combine(
            Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(1)),
                Tuple.of(1, Arbitraries.integers().between(2, 9998))),
            Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(-1)),
                Tuple.of(1, Arbitraries.integers().between(1, 4))),
            Arbitraries.of(Vocabulary.PAGE_WORDS).list().ofMinSize(1).ofMaxSize(3),
            BodyArbitraries.moreLines().list().ofMinSize(1).ofMaxSize(3))
            .as(Tuple::of);
    return Combinators.combine(placing, writing)
        .as((p, w) -> new PagesDraft(p.get1(), p.get2(), p.get3(), p.get4(), p.get5(),
            w.get1(), w.get2(), w.get3(), w.get4(), w.get5()));
  }
}
