package org.wirecopy.testkit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.wirecopy.Byline;
import org.wirecopy.Headline;
import org.wirecopy.Slug;
import org.wirecopy.Source;
import org.wirecopy.SourceSpan;
import org.wirecopy.Timestamp;

/**
 * Arbitraries for the header elements. Each builds the line as copy writes it and, beside it, the
 * values the format says the line means, worked out from the format's rules rather than by asking
 * the parser.
 */
public final class HeaderArbitraries {

  /** Spans are positions, not content; generated elements all say line 1. */
  static final SourceSpan SPAN = SourceSpan.ofLine(1);

  /** The zone the format reads clock times in by default. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private HeaderArbitraries() {}

  /**
   * Headlines: one or two lines in capitals, or one mixed-case line, or one that looks like a slug
   * or a byline (the first line is the headline whatever it looks like); with no quote marks, a stray
   * opening or closing mark (straight or typographic, dropped from the cleaned text), a quoted
   * phrase, a pair around the whole line, or a possessive mark (all kept).
   *
   * @return headlines whose cleaned text follows the stray-quote rules
   */
  public static Arbitrary<Headline> headlines() {
    Arbitrary<String> capitals = words(Vocabulary.HEADLINE_WORDS, 2, 6);
    Arbitrary<String> oneLine =
        Arbitraries.frequencyOf(
            Tuple.of(6, capitals),
            Tuple.of(2, Combinators.combine(capitals, Arbitraries.of(Vocabulary.HEADLINE_LAST_WORDS))
                .as((a, b) -> a + " " + b)),
            Tuple.of(2, Combinators.combine(
                    Arbitraries.of(Vocabulary.MIXED_HEADLINE_FIRST),
                    words(Vocabulary.MIXED_HEADLINE_REST, 1, 5))
                .as((a, b) -> a + " " + b)));
    Arbitrary<String> core =
        Arbitraries.frequencyOf(
            Tuple.of(8, oneLine),
            Tuple.of(2, Combinators.combine(capitals, capitals).as((a, b) -> a + "\n" + b)));
    return Arbitraries.frequencyOf(
        Tuple.of(5, core.map(c -> headline(c, c))),
        Tuple.of(1, Arbitraries.of(Vocabulary.LOOKALIKE_HEADLINES).map(c -> headline(c, c))),
        Tuple.of(2, Combinators.combine(Arbitraries.of("“", "\"", "‘", "'", "”", "’"),
                Arbitraries.of("", " "), core)
            .as((mark, space, c) -> headline(mark + space + c, c))),
        Tuple.of(2, Combinators.combine(core, Arbitraries.of(Vocabulary.HEADLINE_LAST_WORDS),
                Arbitraries.of("”", "\"", "’", "'", "“", "‘"))
            .as((c, last, mark) -> headline(c + " " + last + mark, c + " " + last))),
        Tuple.of(1, Combinators.combine(core, words(Vocabulary.HEADLINE_WORDS, 1, 3),
                Arbitraries.of(List.of("“", "”"), List.of("\"", "\""), List.of("‘", "’")))
            .as((c, quoted, marks) -> {
              String raw = c + " " + marks.get(0) + quoted + marks.get(1);
              return headline(raw, raw);
            })),
        Tuple.of(1, Combinators.combine(core, Arbitraries.of(List.of("“", "”"), List.of("‘", "’")))
            .as((c, marks) -> {
              String raw = marks.get(0) + c + marks.get(1);
              return headline(raw, raw);
            })),
        Tuple.of(1, Combinators.combine(core, Arbitraries.of(Vocabulary.HEADLINE_PLURALS),
                Arbitraries.of("’", "'"))
            .as((c, plural, mark) -> {
              String raw = c + " " + plural + mark;
              return headline(raw, raw);
            })));
  }

  private static Headline headline(String raw, String cleanedLines) {
    return new Headline(raw, cleanedLines.replace('\n', ' '), SPAN);
  }

  /**
   * Source lines: every accepted name, written in several cases, with a doubled space or a
   * no-break space.
   *
   * @return sources whose name is the configured spelling
   */
  public static Arbitrary<Source> sources() {
    return Arbitraries.of(Vocabulary.SOURCES)
        .flatMap(spellings -> Arbitraries.of(spellings.subList(1, spellings.size()))
            .map(raw -> new Source(spellings.get(0), raw, SPAN)));
  }

  /**
   * Slugs: a category, one to four keywords, and sometimes a version tag, separated by a space,
   * several spaces, a tab or a no-break space.
   *
   * @return slugs with their category, keywords and version
   */
  public static Arbitrary<Slug> slugs() {
    return Combinators.combine(
            Arbitraries.of(Vocabulary.CATEGORIES),
            Arbitraries.of(Vocabulary.KEYWORDS).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of(Vocabulary.VERSIONS).optional(0.4),
            spaces())
        .as((category, keywords, version, space) -> {
          Optional<String> written = version.map(v -> v.replace(" ", space));
          String raw = category + space + String.join(space, keywords)
              + written.map(v -> space + v).orElse("");
          return new Slug(raw, category, keywords, written, SPAN);
        });
  }

  /**
   * Timestamp lines in every accepted form: one- or two-digit day and hour, abbreviated, full or
   * {@code Sept} month names in any case, hyphens, spaces or no-break spaces, with or without seconds; dates
   * include the spring-forward gap and the autumn overlap at 01:xx, the turn of the year and 29
   * February.
   *
   * @return timestamps whose local time is as written and whose instant follows {@code
   *     ZonedDateTime.of(local, Europe/London)}
   */
  public static Arbitrary<Timestamp> timestamps() {
    return Combinators.combine(
            localDateTimes(),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.frequency(Tuple.of(4, "-"), Tuple.of(3, " "), Tuple.of(1, "  "),
                Tuple.of(1, "\u00A0")),
            monthStyles(),
            Arbitraries.of(true, false))
        .as((local, twoDigitDay, twoDigitHour, separator, monthStyle, seconds) -> {
          LocalDateTime written = seconds ? local : local.withSecond(0);
          String raw = (twoDigitDay ? pad(written.getDayOfMonth()) : "" + written.getDayOfMonth())
              + separator + monthStyle.write(written.getMonth()) + separator + written.getYear()
              + (separator.equals("-") ? " " : separator)
              + (twoDigitHour ? pad(written.getHour()) : "" + written.getHour())
              + ":" + pad(written.getMinute()) + (seconds ? ":" + pad(written.getSecond()) : "");
          return new Timestamp(raw, written, ZonedDateTime.of(written, LONDON).toInstant(), SPAN);
        });
  }

  /** White space between the words of a header line: mostly one space. */
  static Arbitrary<String> spaces() {
    return Arbitraries.frequency(
        Tuple.of(12, " "), Tuple.of(1, "  "), Tuple.of(1, "\t"), Tuple.of(1, "\u00A0"));
  }

  /** Date-times with the awkward ones well represented. */
  static Arbitrary<LocalDateTime> localDateTimes() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1995, 2035);
    Arbitrary<LocalTime> times =
        Combinators.combine(Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59))
            .as(LocalTime::of);
    Arbitrary<LocalTime> oneAm =
        Combinators.combine(Arbitraries.integers().between(0, 59),
                Arbitraries.integers().between(0, 59))
            .as((m, s) -> LocalTime.of(1, m, s));
    Arbitrary<LocalDate> anyDay =
        Combinators.combine(years, Arbitraries.integers().between(1, 366))
            .as((y, d) -> LocalDate.ofYearDay(y, Math.min(d, LocalDate.of(y, 1, 1).lengthOfYear())));
    return Arbitraries.frequencyOf(
        Tuple.of(10, Combinators.combine(anyDay, times).as(LocalDateTime::of)),
        Tuple.of(2, Combinators.combine(years.map(y -> lastSunday(y, Month.MARCH)), oneAm)
            .as(LocalDateTime::of)),
        Tuple.of(2, Combinators.combine(years.map(y -> lastSunday(y, Month.OCTOBER)), oneAm)
            .as(LocalDateTime::of)),
        Tuple.of(2, Combinators.combine(years, Arbitraries.integers().between(24, 31), times)
            .as((y, d, t) -> LocalDateTime.of(LocalDate.of(y, 12, d), t))),
        Tuple.of(1, Combinators.combine(Arbitraries.of(1996, 2000, 2004, 2016, 2020, 2024), times)
            .as((y, t) -> LocalDateTime.of(LocalDate.of(y, 2, 29), t))));
  }

  static LocalDate lastSunday(int year, Month month) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
  }

  static String pad(int n) {
    return n < 10 ? "0" + n : "" + n;
  }

  /** How a month name is written. */
  interface MonthStyle {
    String write(Month month);
  }

  static Arbitrary<MonthStyle> monthStyles() {
    MonthStyle abbreviated = m -> m.getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3);
    MonthStyle full = m -> m.getDisplayName(TextStyle.FULL, Locale.UK);
    MonthStyle sept = m -> m == Month.SEPTEMBER ? "Sept" : full.write(m);
    MonthStyle upper = m -> full.write(m).toUpperCase(Locale.ROOT);
    MonthStyle lower = m -> abbreviated.write(m).toLowerCase(Locale.ROOT);
    return Arbitraries.of(abbreviated, abbreviated, full, sept, upper, lower);
  }

  /**
   * Bylines: one to three authors (with particles, apostrophes, hyphens, accents and initials),
   * joined by commas, {@code and} or {@code &}, with or without an affiliation (a role such as
   * {@code Political Editor, PA}); or an affiliation alone ({@code By PA Reporter}).
   *
   * @return bylines with their authors and affiliation
   */
  public static Arbitrary<Byline> bylines() {
    Arbitrary<String> name =
        Combinators.combine(
                Arbitraries.of(Vocabulary.GIVEN_NAMES),
                Arbitraries.of(Vocabulary.PARTICLES).optional(0.2),
                Arbitraries.of(Vocabulary.SURNAMES))
            .as((given, particle, surname) ->
                given + particle.map(p -> " " + p).orElse("") + " " + surname);
    Arbitrary<String> by = Arbitraries.of("By", "By", "BY", "by");
    Arbitrary<Byline> withAuthors =
        Combinators.combine(
                by,
                name.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(", ", " and ", " & ", ", and "),
                Arbitraries.of(Vocabulary.AFFILIATIONS).optional(0.6))
            .as((word, names, lastJoin, affiliation) -> {
              StringBuilder raw = new StringBuilder(word).append(' ');
              for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                  raw.append(i == names.size() - 1 ? lastJoin : ", ");
                }
                raw.append(names.get(i));
              }
              affiliation.ifPresent(a -> raw.append(", ").append(a));
              return new Byline(raw.toString(), names, affiliation, SPAN);
            });
    Arbitrary<Byline> authorless =
        Combinators.combine(by, Arbitraries.of(Vocabulary.AUTHORLESS))
            .as((word, affiliation) ->
                new Byline(word + " " + affiliation, List.of(), Optional.of(affiliation), SPAN));
    return Arbitraries.frequencyOf(Tuple.of(5, withAuthors), Tuple.of(1, authorless));
  }

  /**
   * Unrecognised header lines: text that is no header element.
   *
   * @return such lines
   */
  public static Arbitrary<String> unrecognisedLines() {
    return Arbitraries.of(Vocabulary.UNRECOGNISED);
  }

  /** Space-separated words from a list. */
  static Arbitrary<String> words(List<String> from, int min, int max) {
    return Arbitraries.of(from).list().ofMinSize(min).ofMaxSize(max)
        .map(list -> String.join(" ", new ArrayList<>(list)));
  }
}
