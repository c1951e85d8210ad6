package org.wirecopy.testkit;

import java.util.List;

/**
 * The invented words the generators build copy from. Every list is chosen so that the lines built
 * from it have the shape the generator means: no headline word list holds a source name or a marker
 * word, no paragraph word is {@code by}, {@code more}, {@code ends} or {@code page}, and no
 * paragraph starts with a word in capitals (which could read as a slug's category).
 */
final class Vocabulary {

  private Vocabulary() {}

  /** Headline words in capitals, with accents, an apostrophe between letters, a pound sign. */
  static final List<String> HEADLINE_WORDS =
      List.of(
          "HARBOUR", "TOWN", "VOTES", "TO", "KEEP", "ITS", "LAST", "FERRY", "SERVICE", "COUNCIL",
          "BACKS", "NEW", "BRIDGE", "CAFÉ", "NAÏVE", "PLAN", "TOWN’S", "MAYOR'S", "£5M", "FOR",
          "SCHOOL", "ROOF", "RAIL", "STRIKE", "ENDS?", "ZOË", "WINS", "PRIZE", "🚢", "AFTER",
          "STORM", "LIBRARY", "REOPENS");

  /** Headline words that end a headline without an {@code s}, so a trailing mark is no possessive. */
  static final List<String> HEADLINE_LAST_WORDS =
      List.of("VOTE", "FERRY", "PLAN", "CAFÉ", "£5M", "BRIDGE", "ROOF", "PRIZE", "🚢");

  /** Headline words ending in {@code S}, before a possessive mark. */
  static final List<String> HEADLINE_PLURALS = List.of("COUNCILLORS", "RESIDENTS", "FERRIES");

  /** Headlines that look like other lines: a mixed-case slug, a byline in capitals. */
  static final List<String> LOOKALIKE_HEADLINES =
      List.of("FERRY Row Deepens", "POLICE Abuse", "BY GEORGE, WHAT A WIN", "By Alex Example",
          "TRANSPORT Ferry UPDATE 2");

  /** Mixed-case headline openers: capitalised, never all capitals. */
  static final List<String> MIXED_HEADLINE_FIRST = List.of("Harbour", "Council", "Café", "Zoë");

  /** Mixed-case headline words after the first. */
  static final List<String> MIXED_HEADLINE_REST =
      List.of("town", "votes", "to", "keep", "ferry", "backs", "plan", "for", "new", "bridge");

  /** Accepted source names and ways copy writes them. */
  static final List<List<String>> SOURCES =
      List.of(
          List.of("PA", "PA", "pa", "Pa"),
          List.of("PA Media", "PA Media", "pa media", "PA MEDIA", "PA  Media", "PA\u00A0Media"),
          List.of("Press Association", "Press Association", "PRESS ASSOCIATION",
              "press association"));

  /** Slug categories: capitals, digits and {@code &}. */
  static final List<String> CATEGORIES =
      List.of("POLITICS", "HEALTH", "TRANSPORT", "POLICE", "F1", "A&E", "COURTS", "WEATHER",
          "SPORT", "EDUCATION", "ARTS", "ENVIRONMENT", "BUSINESS");

  /** Slug keywords: none is a version word, some are in capitals, some carry joiners. */
  static final List<String> KEYWORDS =
      List.of("Ferry", "Brexit", "Tax", "NHS", "Winter", "Monaco", "Waiting", "Abuse", "Council",
          "Budget", "Strike", "O’Neill", "Smith-Jones", "Café", "24/7", "Covid-19", "Rail",
          "Storm", "Library", "SCHOOLS", "ROADS");

  /** Slug version tags. */
  static final List<String> VERSIONS =
      List.of("UPDATE", "UPDATE 2", "UPDATE 11", "CORRECTED", "CORRECTION", "Writethru",
          "2nd Writethru", "3rd Writethru", "2ndLead", "LATEST", "update");

  /** First words of personal names (capitalised, accents, an initial). */
  static final List<String> GIVEN_NAMES =
      List.of("Alex", "Jo", "Maria", "Sean", "Priya", "Zoë", "Ana", "Tomás", "J", "Ursula",
          "Kwame", "Émile");

  /** Lower-case particles inside names. */
  static final List<String> PARTICLES = List.of("de", "van", "von der", "bin", "da");

  /** Surnames: capitalised, with apostrophes, hyphens and inner capitals. */
  static final List<String> SURNAMES =
      List.of("Example", "Sample", "O'Neill", "Smith-Jones", "McDonald", "Souza", "Dijk",
          "Leyen", "Okafor", "Müller", "Fernández", "D’Arcy");

  /** Affiliations after names: each holds an affiliation word. */
  static final List<String> AFFILIATIONS =
      List.of("PA", "Press Association", "PA Media", "Political Editor, PA",
          "Health Correspondent", "Chief Reporter, Press Association", "Staff Writer",
          "Transport Correspondent, PA Media");

  /** Bylines that name no person. */
  static final List<String> AUTHORLESS =
      List.of("PA Reporter", "Press Association Reporters", "PA Staff", "PA Political Staff");

  /** Unrecognised header lines: plain text that no scanner reads as a header element. */
  static final List<String> UNRECOGNISED =
      List.of("Pictures available", "For use in all editions", "Advisory: corrects spelling",
          "Repeating for all clients", "Eds: contains strong language",
          "Moved at the desk’s request", "Subs: a later version will follow", "URGENT",
          "Corrects the café’s name", "By the time crews arrived, the road was shut",
          "More than 300 people", "Page 4 of the report");

  /**
   * Words that open a paragraph: capitalised but never all capitals, or a quote; and openers that
   * look like header lines and are not ({@code By the time ...}, {@code More than ...}).
   */
  static final List<String> PARAGRAPH_FIRST =
      List.of("Councillors", "The", "Residents", "A", "Officials", "She", "Ferry", "Zoë",
          "Émile", "“We", "\"It", "‘Never", "Its", "Naïve", "Some", "£300,000", "🚢", "𝄞",
          "By the time", "More than", "Page four of");

  /** Paragraph words after the first. */
  static final List<String> PARAGRAPH_WORDS =
      List.of("said", "town", "the", "council", "voted", "to", "keep", "its", "last", "ferry",
          "running", "£300,000", "café", "naïve", "“We", "listened,”", "\"quoted\"", "it’s",
          "don't", "‘very", "good’", "people", "a", "day", "of", "3", "10%", "harbour", "rose",
          "–", "and", "who", "Zoë", "Ana", "O'Neill", "Müller", "🚢", "𝄞", "emoji", "résumé",
          "fiancée", "£5", "18:30", "May", "Tuesday", "UK", "NHS", "PA");

  /** Sentence ends. */
  static final List<String> SENTENCE_ENDS = List.of(".", ".", "!", "?", ".”", ":", ";", "");

  /** Notes after the end marker. */
  static final List<String> NOTE_FIRST =
      List.of("Note to editors:", "Notes:", "Pictures:", "Contact:", "Correction:");

  /** End markers that close a story before notes may follow. */
  static final List<String> ENDS =
      List.of("ends", "ENDS", "Ends", "-ends-", "- ends -", "End", "end", "END", "- ENDS -");

  /** {@code more} lines. */
  static final List<String> MORES = List.of("more", "MORE", "More");

  /** Ways copy writes {@code Page}. */
  static final List<String> PAGE_WORDS = List.of("Page", "page", "PAGE");
}
