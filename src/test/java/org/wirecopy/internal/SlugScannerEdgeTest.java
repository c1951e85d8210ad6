package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the slug rules in FORMAT.md 2.4: which characters make a category, how many
 * keywords a slug holds, and exactly which trailing words are a version tag. Each case sits on a
 * boundary a one-character change in the scanner would move.
 */
class SlugScannerEdgeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A to Z, 0 to 9 and & are the category's characters; the first and last of each range.
        "AZ09 Ferry              | AZ09     | Ferry",
        "Z9 Ferry                | Z9       | Ferry",
        "A1 Ferry                | A1       | Ferry",
        "0A Ferry                | 0A       | Ferry",
        // & opens the list of joiners a keyword may hold.
        "MUSIC R&B               | MUSIC    | R&B",
        // Six keywords is the most.
        "NEWS One Two Three Four Five Six | NEWS | One,Two,Three,Four,Five,Six",
      })
  void categoriesAndKeywordsAtTheirEdges(String line, String category, String keywords) {
    ScannedSlug slug = SlugScanner.scan(line);
    assertNotNull(slug, line);
    assertEquals(category, slug.category());
    assertEquals(Arrays.asList(keywords.split(",")), slug.keywords());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "NEWS One Two Three Four Five Six Seven", // seven keywords: a sentence, not a slug
        "A@ Ferry", // '@' comes just before 'A'
        "A[ Ferry", // '[' comes just after 'Z'
        "A/ Ferry", // '/' comes just before '0'
        "A: Ferry", // ':' comes just after '9'
        "12 Ferry", // a category needs a letter
      })
  void notSlugs(String line) {
    assertNull(SlugScanner.scan(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "POLITICS Tax UPDATE 100      | Tax           | UPDATE 100",
        "POLITICS Tax UPDATE 90       | Tax           | UPDATE 90",
        "POLITICS Tax UPDATE 1000     | Tax,UPDATE,1000 | -",
        "POLITICS Tax UPDATE A        | Tax,UPDATE,A  | -",
        "POLITICS Tax UPDATE 9A       | Tax,UPDATE,9A | -",
        "SOCCER Derby 1st Writethru   | Derby         | 1st Writethru",
        "SOCCER Derby 3rd Writethru   | Derby         | 3rd Writethru",
        "SOCCER Derby 4th Writethru   | Derby         | 4th Writethru",
        "SOCCER Derby 100th Writethru | Derby         | 100th Writethru",
        "SOCCER Derby 1000th Writethru | Derby,1000th | Writethru",
        "SOCCER Derby 2 Writethru     | Derby,2       | Writethru",
        "SOCCER Derby First Writethru | Derby,First   | Writethru",
        "SOCCER Derby 5xx Writethru   | Derby,5xx     | Writethru",
        "SOCCER Derby 3rdLead         | Derby         | 3rdLead",
        "SOCCER Derby FirstLead       | Derby,FirstLead | -",
      })
  void versionTagsAtTheirEdges(String line, String keywords, String version) {
    ScannedSlug slug = SlugScanner.scan(line);
    assertNotNull(slug, line);
    assertEquals(List.of(keywords.split(",")), slug.keywords());
    assertEquals(Optional.ofNullable(version), slug.version());
  }
}
