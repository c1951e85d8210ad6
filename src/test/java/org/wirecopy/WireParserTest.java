package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirecopy.internal.LineAccounting;

class WireParserTest {

  private static final WireParser PARSER = WireParser.builder().build();

  static final String SEED =
      """


      “HARBOUR TOWN VOTES TO KEEP ITS LAST FERRY SERVICE

      PA

      TRANSPORT Ferry

      02-Dec-2019 16:04:11

      By Alex Example, Press Association

      Embargoed to 0001 Tuesday December 3

      Page 1

      Councillors in a small harbour town have voted to keep its last ferry running.

      The service, which carries about 300 people a day, had been due to close.

      "We listened to the town," the council leader said.
      """;

  private static ParseResult parse(String text) {
    try {
      ParseResult result = PARSER.parse(text);
      assertEquals("", LineAccounting.check(text, List.of(result)), "nothing lost");
      return result;
    } catch (WireFormatException e) {
      throw new AssertionError("a lenient parser threw", e);
    }
  }

  private static List<ParseResult> parseAll(String text) {
    try {
      List<ParseResult> results = PARSER.parseAll(text);
      assertEquals("", LineAccounting.check(text, results), "nothing lost");
      return results;
    } catch (WireFormatException e) {
      throw new AssertionError("a lenient parser threw", e);
    }
  }

  private static List<DiagnosticCode> codes(ParseResult r) {
    return r.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void parsesTheSeedStory() {
    ParseResult r = parse(SEED);
    Article a = r.article();
    assertEquals("HARBOUR TOWN VOTES TO KEEP ITS LAST FERRY SERVICE", a.headline().get().text());
    assertEquals("“HARBOUR TOWN VOTES TO KEEP ITS LAST FERRY SERVICE", a.headline().get().raw());
    assertEquals("PA", a.source().get().name());
    assertEquals("TRANSPORT", a.slug().get().category());
    assertEquals(List.of("Ferry"), a.slug().get().keywords());
    assertEquals(Instant.parse("2019-12-02T16:04:11Z"), a.timestamp().get().instant());
    assertEquals(List.of("Alex Example"), a.byline().get().authors());
    assertEquals(Optional.of("Press Association"), a.byline().get().affiliation());
    assertEquals(Optional.of(LocalDateTime.parse("2019-12-03T00:01")), a.embargo().get().local());
    assertEquals(Optional.of(DayOfWeek.TUESDAY), a.embargo().get().weekday());
    assertEquals(1, a.pages().size());
    assertEquals(0, a.pages().get(0).firstParagraph());
    assertEquals(3, a.paragraphs().size());
    assertEquals(SourceSpan.ofLine(3), a.headline().get().span());
    assertEquals(SourceSpan.ofLine(17), a.paragraphs().get(0).span());
    assertEquals(
        List.of(new Diagnostic(Severity.WARNING, DiagnosticCode.HEADLINE_STRAY_QUOTE,
            r.diagnostics().get(0).message(), 3, 1)),
        r.diagnostics());
  }

  @Test
  void convertsTheTimestampWithTheConfiguredZone() {
    String story = "HEADLINE\n\nPA\n\nPOLICE Abuse\n\n10-May-2019 10:57:56\n\nText.\n";
    assertEquals(Instant.parse("2019-05-10T09:57:56Z"),
        parse(story).article().timestamp().get().instant());
    WireParser utc = WireParser.builder().zone(ZoneId.of("UTC")).build();
    assertEquals(Instant.parse("2019-05-10T10:57:56Z"),
        assertDoesNotThrow(() -> utc.parse(story)).article().timestamp().get().instant());
  }

  private static <T> T assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<T> s) {
    return org.junit.jupiter.api.Assertions.assertDoesNotThrow(s);
  }

  @Test
  void resolvesTheEmbargoAgainstTheTimestamp() {
    Article a = parse("""
        HEADLINE
        PA
        POLICE Abuse
        10-May-2019 10:57:56
        Embargoed to 0001 Saturday May 11

        Text.
        """).article();
    assertEquals(Optional.of(LocalDateTime.parse("2019-05-11T00:01")), a.embargo().get().local());
    assertEquals(Optional.of(Instant.parse("2019-05-10T23:01:00Z")), a.embargo().get().instant());
  }

  @Test
  void warnsAboutAWeekdayThatDoesNotMatchAndKeepsTheDate() {
    ParseResult r = parse("""
        HEADLINE

        PA

        POLICE Abuse

        10-May-2019 10:57:56

        Embargoed to 0001 Friday May 11

        Text.
        """);
    assertEquals(Optional.of(LocalDateTime.parse("2019-05-11T00:01")),
        r.article().embargo().get().local());
    assertEquals(Optional.of(DayOfWeek.FRIDAY), r.article().embargo().get().weekday());
    assertEquals(List.of(DiagnosticCode.EMBARGO_WEEKDAY_MISMATCH), codes(r));
    assertEquals(9, r.diagnostics().get(0).line());
  }

  @Test
  void warnsAboutAZoneWordThatContradictsTheDate() {
    ParseResult r = parse(
        "HEADLINE\nPA\nPOLICE Abuse\n10-Jul-2019 10:57:56\nEmbargoed to 0001 GMT Thursday July 11\n\nText.\n");
    assertEquals(List.of(DiagnosticCode.EMBARGO_ZONE_MISMATCH), codes(r));
    assertEquals(Optional.of(Instant.parse("2019-07-10T23:01:00Z")),
        r.article().embargo().get().instant());
  }

  @Test
  void keepsAnUnresolvableEmbargoAsRawText() {
    ParseResult r = parse(
        "HEADLINE\nPA\nPOLICE Abuse\n10-Jan-2019 10:57:56\nEmbargoed to 0001 Saturday February 30\n\nText.\n");
    Embargo e = r.article().embargo().get();
    assertEquals("Embargoed to 0001 Saturday February 30", e.raw());
    assertEquals(Optional.empty(), e.local());
    assertEquals(Optional.empty(), e.instant());
    assertEquals(List.of(DiagnosticCode.EMBARGO_UNRESOLVED), codes(r));
  }

  @Test
  void warnsAboutTimestampsInTheDaylightSavingGapAndOverlap() {
    ParseResult gap = parse("H\nPA\nPOLICE Abuse\n31-Mar-2019 01:30:00\n\nText.\n");
    assertEquals(List.of(DiagnosticCode.TIMESTAMP_DST_GAP), codes(gap));
    assertEquals(LocalDateTime.parse("2019-03-31T01:30"), gap.article().timestamp().get().local());
    assertEquals(Instant.parse("2019-03-31T01:30:00Z"), gap.article().timestamp().get().instant());
    ParseResult overlap = parse("H\nPA\nPOLICE Abuse\n27-Oct-2019 01:30:00\n\nText.\n");
    assertEquals(List.of(DiagnosticCode.TIMESTAMP_DST_OVERLAP), codes(overlap));
    assertEquals(Instant.parse("2019-10-27T00:30:00Z"),
        overlap.article().timestamp().get().instant());
  }

  @Test
  void recognisesHeaderLinesOutOfOrderAndWithoutBlankLines() {
    Article a = parse("""
        HEADLINE
        10-May-2019 10:57:56
        Embargoed to 0001 Saturday May 11
        By Jo Bloggs, PA
        POLICE Abuse
        pa media
        page 1
        Text.
        """).article();
    assertEquals("PA Media", a.source().get().name());
    assertEquals("pa media", a.source().get().raw());
    assertTrue(a.slug().isPresent());
    assertTrue(a.byline().isPresent());
    assertTrue(a.embargo().isPresent());
    assertEquals(List.of("Text."), a.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void continuesTheHeadlineOntoAdjacentLinesButNotOntoElements() {
    Article a = parse("""
        COUNCIL VOTES TO KEEP
        HARBOUR FERRY
        TRANSPORT Ferry
        PA
        02-Dec-2019 16:04:11

        Text.
        """).article();
    assertEquals("COUNCIL VOTES TO KEEP HARBOUR FERRY", a.headline().get().text());
    assertEquals("COUNCIL VOTES TO KEEP\nHARBOUR FERRY", a.headline().get().raw());
    assertEquals(new SourceSpan(1, 2), a.headline().get().span());
    assertEquals("TRANSPORT Ferry", a.slug().get().raw());
  }

  @Test
  void keepsUnrecognisedAndRepeatedHeaderLines() {
    ParseResult r = parse("""
        HEADLINE

        PA

        For immediate release

        POLICE Abuse

        PA

        10-May-2019 10:57:56

        Councillors voted.

        The service will stay.
        """);
    assertEquals(List.of("For immediate release", "PA"),
        r.article().unrecognised().stream().map(RawLine::raw).toList());
    assertEquals(List.of(DiagnosticCode.UNRECOGNISED_HEADER_LINE,
        DiagnosticCode.DUPLICATE_HEADER_ELEMENT), codes(r));
    assertEquals(2, r.article().paragraphs().size());
  }

  @Test
  void treatsHeaderShapedLinesInTheBodyAsText() {
    Article a = parse("""
        HEADLINE

        PA

        POLICE Abuse

        10-May-2019 10:57:56

        By the time crews arrived, the fire had spread.

        WHAT HAPPENS NEXT

        The fire service said the blaze was out by midnight.

        By Jo Bloggs

        PA
        """).article();
    assertEquals(5, a.paragraphs().size());
    assertTrue(a.byline().isEmpty());
    assertTrue(a.unrecognised().isEmpty());
  }

  @Test
  void aSecondMixedCaseSlugIsADuplicateEvenAtTheEndOfTheHeader() {
    ParseResult r = parse("H\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\nPOLICE Crime\n\nText.\n");
    assertEquals(List.of("POLICE Crime"),
        r.article().unrecognised().stream().map(RawLine::raw).toList());
    assertEquals(List.of(DiagnosticCode.DUPLICATE_HEADER_ELEMENT), codes(r));
  }

  @Test
  void readsPagesMoreLinesEndMarkerAndNotes() {
    ParseResult r = parse("""
        HEADLINE
        PA
        POLICE Abuse
        10-May-2019 10:57:56

        Page 1

        One.

        Two.

        MORE

        Page 2

        Three.

        more

        Page 4

        Four
        continued.

        ENDS

        Note to editors: call the desk.
        """);
    Article a = r.article();
    assertEquals(List.of(1, 2, 4), a.pages().stream().map(Page::number).toList());
    assertEquals(List.of(0, 2, 3), a.pages().stream().map(Page::firstParagraph).toList());
    assertEquals(List.of(true, true, false), a.pages().stream().map(Page::closedByMore).toList());
    assertEquals("Four continued.", a.paragraphs().get(3).text());
    assertEquals("ENDS", a.end().get().raw());
    assertEquals(List.of("Note to editors: call the desk."),
        a.notes().stream().map(Paragraph::text).toList());
    assertEquals(List.of(DiagnosticCode.PAGE_OUT_OF_SEQUENCE), codes(r));
  }

  @Test
  void aMoreLineBeforeTheFirstPageMarkerIsKeptByThatMarker() {
    ParseResult r = parse("H\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nOne.\n\nMORE\n\nPage 2\n\nTwo.\n");
    Article a = r.article();
    assertEquals(List.of("One.", "Two."), a.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals("MORE", a.pages().get(0).moreBefore().get().raw());
    assertFalse(a.pages().get(0).closedByMore());
    assertEquals(List.of(), codes(r));
  }

  @Test
  void aMoreLineElsewhereIsKeptAsAParagraphWithAWarning() {
    ParseResult r = parse("H\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nOne.\n\nMORE\n\nTwo.\n");
    assertEquals(List.of("One.", "MORE", "Two."),
        r.article().paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(List.of(DiagnosticCode.MORE_WITHOUT_PAGE), codes(r));
  }

  @Test
  void aMoreLineAtTheVeryEndIsTheEndMarker() {
    Article a = parse("H\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nOne.\n\nmore\n").article();
    assertEquals("more", a.end().get().raw());
    assertEquals(1, a.paragraphs().size());
  }

  @Test
  void reportsMissingRequiredElementsAsErrors() {
    ParseResult r = parse("\n\nJust a line of text\n");
    assertEquals(
        List.of(DiagnosticCode.MISSING_SOURCE, DiagnosticCode.MISSING_SLUG,
            DiagnosticCode.MISSING_TIMESTAMP, DiagnosticCode.MISSING_BODY),
        codes(r));
    assertTrue(r.diagnostics().stream().allMatch(d -> d.line() == 3 && d.column() == 1));
    assertTrue(r.hasErrors());
  }

  @Test
  void anEmptyInputHoldsNoStories() {
    assertEquals(List.of(), parseAll(""));
    assertEquals(List.of(), parseAll("\n \n\t\n\f\n"));
    ParseResult r = parse("");
    assertTrue(r.article().headline().isEmpty());
    assertTrue(codes(r).contains(DiagnosticCode.MISSING_HEADLINE));
  }

  @Test
  void splitsArchivesAtEndMarkersKeepingNotes() {
    List<ParseResult> stories = parseAll("""
        FIRST HEADLINE
        PA
        POLICE Abuse
        10-May-2019 10:57:56

        One.

        ends

        Note to editors: pictures available.

        SECOND HEADLINE

        PA

        HEALTH NHS

        11-May-2019 09:00:00

        Two.
        """);
    assertEquals(2, stories.size());
    assertEquals(List.of("Note to editors: pictures available."),
        stories.get(0).article().notes().stream().map(Paragraph::text).toList());
    assertEquals("SECOND HEADLINE", stories.get(1).article().headline().get().text());
    assertEquals(12, stories.get(1).article().headline().get().span().firstLine());
  }

  @Test
  void splitsArchivesAtFormFeedsEvenGluedToAHeadline() {
    List<ParseResult> stories = parseAll(
        "ONE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nOne.\n\f\nTWO\nPA\nPOLICE Abuse\n"
            + "10-May-2019 10:57:56\n\nTwo.\n\fTHREE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nThree.");
    assertEquals(List.of("ONE", "TWO", "THREE"),
        stories.stream().map(s -> s.article().headline().get().text()).toList());
    assertEquals(14, stories.get(2).article().headline().get().span().firstLine());
    assertTrue(stories.stream().allMatch(s -> s.diagnostics().isEmpty()));
  }

  @Test
  void aMoreLineFollowedByANewStoryEndsTheStory() {
    List<ParseResult> stories = parseAll(
        "ONE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nOne.\n\nMORE\n\nTWO\nPA\nPOLICE Abuse\n"
            + "10-May-2019 10:57:56\n\nTwo.\n");
    assertEquals(2, stories.size());
    assertEquals("MORE", stories.get(0).article().end().get().raw());
  }

  @Test
  void parseWarnsWhenMoreStoriesFollow() throws WireFormatException {
    ParseResult r = PARSER.parse("ONE\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nOne.\n\fTWO\n");
    assertEquals(List.of(DiagnosticCode.FURTHER_STORIES_IGNORED), codes(r));
    assertEquals(7, r.diagnostics().get(0).line());
  }

  @Test
  void strictModeThrowsAtTheFirstError() {
    WireParser strict = WireParser.builder().strict(true).build();
    assertTrue(strict.isStrict());
    WireFormatException e =
        assertThrows(WireFormatException.class, () -> strict.parse("HEADLINE\n\nPA\n\nText.\n"));
    assertEquals(DiagnosticCode.MISSING_SLUG, e.code());
    assertEquals(1, e.line());
    assertEquals(1, e.column());
    assertTrue(e.getMessage().contains("MISSING_SLUG"));
    assertDoesNotThrow(() -> strict.parse(SEED));
  }

  @Test
  void readsEveryKindOfInputAlike(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, SEED, StandardCharsets.UTF_8);
    ParseResult fromString = PARSER.parse(SEED);
    assertEquals(fromString, PARSER.parse(file));
    assertEquals(fromString, PARSER.parse(SEED.getBytes(StandardCharsets.UTF_8)));
    assertEquals(fromString, PARSER.parse(new ByteArrayInputStream(SEED.getBytes(StandardCharsets.UTF_8))));
    assertEquals(fromString, PARSER.parse(new StringReader(SEED)));
    assertEquals(List.of(fromString), PARSER.parseAll(file));
  }

  @Test
  void decodesWindows1252LikeItsUtf8Twin() throws Exception {
    ParseResult utf8 = PARSER.parse(SEED.getBytes(StandardCharsets.UTF_8));
    ParseResult cp1252 = PARSER.parse(SEED.getBytes(Charset.forName("windows-1252")));
    assertEquals(utf8.article(), cp1252.article());
    assertTrue(codes(cp1252).contains(DiagnosticCode.DECODED_AS_WINDOWS_1252));
    ParseResult utf16 = PARSER.parse(("\uFEFF" + SEED).getBytes(StandardCharsets.UTF_16BE));
    assertEquals(utf8, utf16);
  }

  @Test
  void repairsMojibakeUnlessToldNotTo() throws Exception {
    String mojibake = new String(SEED.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    ParseResult repaired = PARSER.parse(mojibake);
    assertEquals(PARSER.parse(SEED).article(), repaired.article());
    assertTrue(codes(repaired).contains(DiagnosticCode.MOJIBAKE_REPAIRED));
    ParseResult kept = WireParser.builder().repairMojibake(false).build().parse(mojibake);
    assertTrue(kept.article().headline().get().raw().startsWith("â€œ"));
    assertFalse(codes(kept).contains(DiagnosticCode.MOJIBAKE_REPAIRED));
  }

  @Test
  void acceptsConfiguredSourceNames() throws Exception {
    WireParser reuters = WireParser.builder().sources(List.of("Wire Service")).build();
    String story = "H\nwire  service\nPOLICE Abuse\n10-May-2019 10:57:56\n\nText.\n";
    assertEquals("Wire Service", reuters.parse(story).article().source().get().name());
    assertTrue(PARSER.parse(story).article().source().isEmpty());
  }

  @Test
  void builderRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> WireParser.builder().sources(List.of()));
    assertThrows(IllegalArgumentException.class, () -> WireParser.builder().sources(List.of(" ")));
    assertThrows(IllegalArgumentException.class, () -> WireParser.builder().maxLineLength(3));
    assertThrows(NullPointerException.class, () -> WireParser.builder().zone(null));
    assertThrows(NullPointerException.class, () -> PARSER.parse((String) null));
  }

  @Test
  void limitsTheDiagnosticsOfAStory() throws IOException, WireFormatException {
    String pages = "H\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n" + "Page 1\n".repeat(50);
    ParseResult r = WireParser.builder().maxDiagnostics(10).build().parse(pages);
    // 10 of the 49 page warnings, the missing body (errors have their own limit), the count.
    assertEquals(12, r.diagnostics().size());
    assertTrue(codes(r).contains(DiagnosticCode.DIAGNOSTICS_TRUNCATED));
    assertTrue(codes(r).contains(DiagnosticCode.MISSING_BODY));
  }
}
