package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model equality compares content, not positions (Article's contract): the same element read from
 * other lines is equal and hashes alike; an element with other content is not equal, and hashes
 * differently, so that articles work as keys when stories are de-duplicated.
 */
class ModelEqualityTest {

  private static final SourceSpan HERE = SourceSpan.ofLine(3);
  private static final SourceSpan THERE = new SourceSpan(7, 8);
  private static final LocalDateTime LOCAL = LocalDateTime.of(2019, 5, 10, 10, 57, 56);
  private static final Instant INSTANT = Instant.parse("2019-05-10T09:57:56Z");

  static Stream<Arguments> elements() {
    return Stream.of(
        Arguments.of(
            new Headline("“HARBOUR VOTES", "HARBOUR VOTES", HERE),
            new Headline("“HARBOUR VOTES", "HARBOUR VOTES", THERE),
            new Headline("“HARBOUR VOTES", "HARBOUR VOTE", HERE)),
        Arguments.of(
            new Source("PA", "pa", HERE),
            new Source("PA", "pa", THERE),
            new Source("PA", "PA", HERE)),
        Arguments.of(
            new Slug("POLICE Abuse", "POLICE", List.of("Abuse"), Optional.empty(), HERE),
            new Slug("POLICE Abuse", "POLICE", List.of("Abuse"), Optional.empty(), THERE),
            new Slug("POLICE Abuse", "POLICE", List.of("Abuse"), Optional.of("UPDATE"), HERE)),
        Arguments.of(
            new Timestamp("10-May-2019 10:57:56", LOCAL, INSTANT, HERE),
            new Timestamp("10-May-2019 10:57:56", LOCAL, INSTANT, THERE),
            new Timestamp("10-May-2019 10:57:56", LOCAL, INSTANT.plusSeconds(3600), HERE)),
        Arguments.of(
            new Byline("By Jo Bloggs, PA", List.of("Jo Bloggs"), Optional.of("PA"), HERE),
            new Byline("By Jo Bloggs, PA", List.of("Jo Bloggs"), Optional.of("PA"), THERE),
            new Byline("By Jo Bloggs, PA", List.of("Jo Bloggs"), Optional.empty(), HERE)),
        Arguments.of(
            new Embargo("Embargoed to 0001 Saturday May 11", Optional.of(LOCAL), Optional.of(INSTANT),
                Optional.of(DayOfWeek.SATURDAY), HERE),
            new Embargo("Embargoed to 0001 Saturday May 11", Optional.of(LOCAL), Optional.of(INSTANT),
                Optional.of(DayOfWeek.SATURDAY), THERE),
            new Embargo("Embargoed to 0001 Saturday May 11", Optional.of(LOCAL), Optional.of(INSTANT),
                Optional.of(DayOfWeek.FRIDAY), HERE)),
        Arguments.of(
            new Page(2, 1, "Page 2", Optional.empty(), Optional.empty(), HERE),
            new Page(2, 1, "Page 2", Optional.empty(), Optional.empty(), THERE),
            new Page(2, 1, "Page 2", Optional.of(new RawLine("MORE", HERE)), Optional.empty(),
                HERE)),
        Arguments.of(
            new Paragraph("Councillors voted.", HERE),
            new Paragraph("Councillors voted.", THERE),
            new Paragraph("Councillors voted!", HERE)),
        Arguments.of(
            new RawLine("Odd line", HERE),
            new RawLine("Odd line", THERE),
            new RawLine("Odd line.", HERE)));
  }

  @ParameterizedTest
  @MethodSource("elements")
  void equalityIgnoresPositionsButNotContent(Object element, Object elsewhere, Object other) {
    assertEquals(element, elsewhere);
    assertEquals(element.hashCode(), elsewhere.hashCode());
    assertNotEquals(element, other);
    assertNotEquals(other, element);
    assertNotEquals(element.hashCode(), other.hashCode());
    assertNotEquals(element, "not an element");
  }

  @Test
  void aSpanHoldsTheLinesFromItsFirstToItsLast() {
    SourceSpan span = new SourceSpan(4, 6);
    assertFalse(span.contains(3));
    assertTrue(span.contains(4));
    assertTrue(span.contains(6));
    assertFalse(span.contains(7));
  }

  @Test
  void aResultHasErrorsOnlyWhenADiagnosticIsAnError() {
    Article empty = new Article(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
        Optional.empty(), List.of(), List.of());
    Diagnostic warning = Diagnostic.of(DiagnosticCode.FURTHER_STORIES_IGNORED, "w", 1, 1);
    Diagnostic error = Diagnostic.of(DiagnosticCode.MISSING_SOURCE, "e", 1, 1);
    assertFalse(new ParseResult(empty, List.of()).hasErrors());
    assertFalse(new ParseResult(empty, List.of(warning)).hasErrors());
    assertTrue(new ParseResult(empty, List.of(warning, error)).hasErrors());
  }
}
