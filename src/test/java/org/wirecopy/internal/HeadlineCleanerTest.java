package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineCleanerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // headline                         | stray at start | stray at end
        "“HARBOUR TOWN VOTES                | true  | false",
        "HARBOUR TOWN VOTES”                | false | true",
        "“HARBOUR TOWN VOTES”               | false | false",
        "“WE LISTENED” SAYS COUNCIL         | false | false",
        "COUNCIL SAYS “WE LISTENED”         | false | false",
        "”HARBOUR TOWN VOTES                | true  | false",
        "HARBOUR TOWN VOTES“                | false | true",
        "‘HARBOUR TOWN’S FERRY              | true  | false",
        "HARBOUR TOWN’S FERRY’              | false | true",
        "‘HARBOUR’ TOWN’S FERRY             | false | false",
        "PARENTS’                           | false | false",
        "THE BOSSES'                        | false | false",
        "`\"HARBOUR TOWN VOTES`             | true  | false",
        "`HARBOUR TOWN VOTES\"`             | false | true",
        "`\"HARBOUR\" TOWN VOTES`           | false | false",
        "'HARBOUR TOWN VOTES                | true  | false",
        "“HARBOUR TOWN VOTE’                 | true  | true",
        "“HARBOUR TOWN VOTE'                 | true  | true",
        "“HARBOUR TOWN VOTES'               | true  | false",
        "“                                  | true  | false",
      })
  void findsStrayMarks(String headline, boolean atStart, boolean atEnd) {
    assertEquals(atStart, HeadlineCleaner.strayAtStart(headline), "start");
    if (headline.length() >= 2) {
      assertEquals(atEnd, HeadlineCleaner.strayAtEnd(headline), "end");
    }
  }
}
