package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.WireParser;

class BylineScannerTest {

  private final BylineScanner scanner = new BylineScanner(WireParser.DEFAULT_AFFILIATION_WORDS);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "By Jemma Crew, Press Association          | Jemma Crew                 | Press Association",
        "By Jemma Crew                             | Jemma Crew                 | -",
        "By A Writer and B Writer, PA              | A Writer;B Writer          | PA",
        "By Alex Example, Political Editor, PA     | Alex Example               | Political Editor, PA",
        "By PA Reporter                            | -                          | PA Reporter",
        "By Press Association Reporters            | -                          | Press Association Reporters",
        "BY JEMMA CREW, PA                         | JEMMA CREW                 | PA",
        "by Sam O'Neill & Jo Smith-Jones           | Sam O'Neill;Jo Smith-Jones | -",
        "By Ana de Souza, Kim Lee and Li Wei, PA   | Ana de Souza;Kim Lee;Li Wei | PA",
        "By Ana de Souza, Kim Lee, and Li Wei      | Ana de Souza;Kim Lee;Li Wei | -",
        "By Ursula von der Leyen                   | Ursula von der Leyen       | -",
        "By Rhian d'Souza, Health Correspondent    | Rhian d'Souza              | Health Correspondent",
        "By Alex Example, in Brussels              | Alex Example               | in Brussels",
        "By J. K. Example                          | J. K. Example              | -",
      })
  void readsBylines(String line, String authors, String affiliation) {
    ScannedByline byline = scanner.scan(line);
    assertNotNull(byline);
    assertEquals(authors == null ? List.of() : List.of(authors.split(";")), byline.authors());
    assertEquals(Optional.ofNullable(affiliation), byline.affiliation());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "By the time crews arrived, the fire had spread",
        "By midnight, 300 people had signed",
        "By 2030 the town will need a new bridge",
        "Bypass plans approved",
        "By",
        "By ",
        "By the editor's count, 40 boats",
        "BY THE TIME THE POLICE ARRIVED",
        "BY MIDNIGHT, 300 PEOPLE HAD SIGNED",
        "By Order Of The Court",
      })
  void rejectsOtherLines(String line) {
    assertNull(scanner.scan(line));
  }
}
