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
import org.wirecopy.WireParser;

/**
 * The edges of FORMAT.md 2.6: what makes a word name-shaped (capitals, particles, O'Neill and
 * O’Neill, Smith-Jones, combining accents), two to five words a name, and when a byline with no
 * author is an affiliation phrase.
 */
class BylineScannerEdgeTest {

  private static final BylineScanner SCANNER =
      new BylineScanner(WireParser.DEFAULT_AFFILIATION_WORDS);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "By Sam O'Neill                 | Sam O'Neill          | -",
        "By Sam O’Neill                 | Sam O’Neill          | -",
        "By Ana de la Cruz Smith        | Ana de la Cruz Smith | -",
        "By Jose\u0301 Garcia           | Jose\u0301 Garcia    | -",
        "By ǅuro Kovač                  | ǅuro Kovač           | -",
        "By Ana d'Souza                 | Ana d'Souza          | -",
        "By Press Association & Agencies | -                   | Press Association & Agencies",
        "By PA Reporter 2               | -                    | PA Reporter 2",
      })
  void bylinesAtTheEdges(String line, String authors, String affiliation) {
    ScannedByline byline = SCANNER.scan(line);
    assertNotNull(byline, line);
    assertEquals(authors == null ? List.of() : Arrays.asList(authors.split(";")), byline.authors());
    assertEquals(Optional.ofNullable(affiliation), byline.affiliation());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "By Ana de la Cruz Smith Jones", // six words: more than a name
        "By and Jo Bloggs", // a leading "and" belongs after a comma only
        "By jo bloggs", // names are capitalised
        "By d' Souza", // an elided particle needs its capital
        "By Jo Smith--Jones", // two joiners in a row
        "By Jo Smith-", // a joiner at the end
        "By Jo Bl0ggs", // a digit in a name
        "By PA reporter", // no author, and the rest is not a capitalised phrase
        "By PA Reporter A B C D E F G H I J K L M N O P Q", // too long to be an affiliation phrase
      })
  void notBylines(String line) {
    assertNull(SCANNER.scan(line), line);
  }
}
