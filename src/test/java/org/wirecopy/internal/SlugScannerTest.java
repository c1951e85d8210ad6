package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugScannerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "POLICE Abuse            | POLICE    | Abuse         | -",
        "HEALTH NHS Winter       | HEALTH    | NHS,Winter    | -",
        "F1 Monaco               | F1        | Monaco        | -",
        "A&E Waiting             | A&E       | Waiting       | -",
        "POLITICS Tax UPDATE 2   | POLITICS  | Tax           | UPDATE 2",
        "POLITICS Tax UPDATE     | POLITICS  | Tax           | UPDATE",
        "COURTS Murder CORRECTED | COURTS    | Murder        | CORRECTED",
        "COURTS Murder CORRECTION | COURTS   | Murder        | CORRECTION",
        "SOCCER Derby Writethru  | SOCCER    | Derby         | Writethru",
        "SOCCER Derby 2nd Writethru | SOCCER | Derby         | 2nd Writethru",
        "SOCCER Derby 2ndLead    | SOCCER    | Derby         | 2ndLead",
        "WEATHER Storm LATEST    | WEATHER   | Storm         | LATEST",
        "HEALTH Covid-19 Jabs    | HEALTH    | Covid-19,Jabs | -",
      })
  void readsSlugs(String line, String category, String keywords, String version) {
    ScannedSlug slug = SlugScanner.scan(line);
    assertNotNull(slug);
    assertEquals(category, slug.category());
    assertEquals(List.of(keywords.split(",")), slug.keywords());
    assertEquals(Optional.ofNullable(version), slug.version());
  }

  @Test
  void aVersionTagNeedsAKeywordBeforeIt() {
    ScannedSlug slug = SlugScanner.scan("POLITICS UPDATE");
    assertNotNull(slug);
    assertEquals(List.of("UPDATE"), slug.keywords());
    assertEquals(Optional.empty(), slug.version());
  }

  @Test
  void notesWhetherTheLineIsInCapitals() {
    assertTrue(SlugScanner.scan("FERRY SERVICE SAVED").inCapitals());
    assertFalse(SlugScanner.scan("TRANSPORT Ferry").inCapitals());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "Transport Ferry", // category not in capitals
        "A Ferry", // category of one character
        "2019 Ferry", // category without a letter
        "TRANSPORT", // no keyword
        "BBC presenter arrives at court.", // a sentence ends with a full stop
        "COUNCILLORS in a small harbour town have voted to keep it", // too many words
        "POLICE Abuse, claims", // comma
        "POLICE “Abuse”",
      })
  void rejectsOtherLines(String line) {
    assertNull(SlugScanner.scan(line));
  }
}
