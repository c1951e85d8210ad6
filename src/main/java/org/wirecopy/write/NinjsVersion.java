package org.wirecopy.write;

/**
 * The version of IPTC ninjs (News in JSON) that {@link NinjsWriter} writes. The two differ in the
 * spelling of property names: 2.x writes them in lower case ({@code versioncreated}), 3.x in camel
 * case ({@code versionCreated}), and 3.x calls the embargo {@code embargoedUntil}.
 */
public enum NinjsVersion {
  /** ninjs 2.1: lower-case property names, {@code embargoed}. */
  V2_1("2.1", "versioncreated", "firstcreated", "embargoed", "pubstatus", "representationtype",
      "ednote", "contenttype", "charcount", "wordcount"),
  /** ninjs 3.1: camel-case property names, {@code embargoedUntil}. */
  V3_1("3.1", "versionCreated", "firstCreated", "embargoedUntil", "pubStatus",
      "representationType", "edNote", "contentType", "charCount", "wordCount");

  private final String number;
  final String versionCreated;
  final String firstCreated;
  final String embargoed;
  final String pubStatus;
  final String representationType;
  final String edNote;
  final String contentType;
  final String charCount;
  final String wordCount;

  NinjsVersion(
      String number,
      String versionCreated,
      String firstCreated,
      String embargoed,
      String pubStatus,
      String representationType,
      String edNote,
      String contentType,
      String charCount,
      String wordCount) {
    this.number = number;
    this.versionCreated = versionCreated;
    this.firstCreated = firstCreated;
    this.embargoed = embargoed;
    this.pubStatus = pubStatus;
    this.representationType = representationType;
    this.edNote = edNote;
    this.contentType = contentType;
    this.charCount = charCount;
    this.wordCount = wordCount;
  }

  /**
   * The version number as IPTC writes it.
   *
   * @return {@code 2.1} or {@code 3.1}
   */
  public String number() {
    return number;
  }
}
