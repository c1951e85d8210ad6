package org.wirecopy;

/**
 * The stable codes of {@link Diagnostic}s. Names never change between releases; new codes may be
 * added.
 */
public enum DiagnosticCode {
  /** A line was not valid UTF-8 and was decoded as Windows-1252; one per story names the lines. */
  DECODED_AS_WINDOWS_1252(Severity.WARNING),
  /** A byte that Windows-1252 leaves undefined became U+FFFD. */
  UNDEFINED_BYTE(Severity.WARNING),
  /** A broken UTF-16 sequence became U+FFFD. */
  MALFORMED_INPUT(Severity.WARNING),
  /** UTF-8 text once mis-read as Windows-1252 ({@code â€œ}) was repaired; one per line. */
  MOJIBAKE_REPAIRED(Severity.WARNING),
  /** Control characters were removed; one per story names the first. */
  CONTROL_CHARACTER_REMOVED(Severity.WARNING),
  /** A line was longer than the configured limit and was read in pieces. */
  LINE_TOO_LONG(Severity.ERROR),
  /** A story had more lines than the configured limit; the rest starts a new story. */
  STORY_TOO_LARGE(Severity.ERROR),
  /** {@code WireParser.parse} read the first story of an input that holds more. */
  FURTHER_STORIES_IGNORED(Severity.WARNING),
  /** More diagnostics than the configured limit; the rest were counted, not kept. */
  DIAGNOSTICS_TRUNCATED(Severity.WARNING),
  /** The story has no headline. */
  MISSING_HEADLINE(Severity.ERROR),
  /** The story has no source (agency) line. */
  MISSING_SOURCE(Severity.ERROR),
  /** The story has no slug (catchline). */
  MISSING_SLUG(Severity.ERROR),
  /** The story has no timestamp. */
  MISSING_TIMESTAMP(Severity.ERROR),
  /** The story has no body paragraph. */
  MISSING_BODY(Severity.ERROR),
  /** A quote mark without a partner at the start or end of the headline was dropped. */
  HEADLINE_STRAY_QUOTE(Severity.WARNING),
  /** A line in the header block is not a recognised element; it is kept as unrecognised. */
  UNRECOGNISED_HEADER_LINE(Severity.WARNING),
  /** A header element appeared again; the first counts, this one is kept as unrecognised. */
  DUPLICATE_HEADER_ELEMENT(Severity.WARNING),
  /** The timestamp's local time does not exist (spring-forward gap). */
  TIMESTAMP_DST_GAP(Severity.WARNING),
  /** The timestamp's local time occurs twice (autumn fall-back); the earlier offset is used. */
  TIMESTAMP_DST_OVERLAP(Severity.WARNING),
  /** The embargo's date or time could not be read or resolved; the raw text is kept. */
  EMBARGO_UNRESOLVED(Severity.WARNING),
  /** The weekday the embargo names does not fall on its resolved date. */
  EMBARGO_WEEKDAY_MISMATCH(Severity.WARNING),
  /** The embargo's zone word ({@code BST}, {@code GMT}) contradicts the zone's rules. */
  EMBARGO_ZONE_MISMATCH(Severity.WARNING),
  /** The embargo's local time does not exist (spring-forward gap). */
  EMBARGO_DST_GAP(Severity.WARNING),
  /** The embargo's local time occurs twice (autumn fall-back); the earlier offset is used. */
  EMBARGO_DST_OVERLAP(Severity.WARNING),
  /** A page number does not follow its predecessor by one. */
  PAGE_OUT_OF_SEQUENCE(Severity.WARNING),
  /** A {@code more} line neither closes a page nor ends the story; it is kept as a paragraph. */
  MORE_WITHOUT_PAGE(Severity.WARNING);

  private final Severity severity;

  DiagnosticCode(Severity severity) {
    this.severity = severity;
  }

  /**
   * The severity diagnostics with this code have.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }
}
