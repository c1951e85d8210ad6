package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of FORMAT.md 2.7: which lines open an embargo, the times of day it accepts at the ends
 * of their ranges, month names with a dot, and words it does not understand.
 */
class EmbargoScannerEdgeTest {

  private static ScannedEmbargo scan(String line) {
    int from = EmbargoScanner.recognise(line);
    assertTrue(from >= 0, line);
    return EmbargoScanner.scan(line, from);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Embargoed to 2359 Saturday May 11      | 23:59",
        "Embargoed to 2330 Saturday May 11      | 23:30",
        "Embargoed to 1.05am Saturday May 11    | 01:05",
        "Embargoed to 1am Saturday May 11       | 01:00",
        "Embargoed to 12pm Saturday May 11      | 12:00",
        "Embargoed to 12.59 pm Saturday May 11  | 12:59",
        "Embargoed until midday Saturday May 11 | 12:00",
        "Embargoed until noon Saturday May 11   | 12:00",
        "Embargoed: until 0001 Saturday May 11  | 00:01",
        "Embargoed to 0001 Saturday Jan. 11     | 00:01",
      })
  void timesAtTheEdgesOfTheirRanges(String line, String time) {
    ScannedEmbargo embargo = scan(line);
    assertEquals(Optional.empty(), embargo.problem(), line);
    assertEquals(Optional.of(LocalTime.parse(time)), embargo.time());
  }

  @Test
  void aMonthNameMayEndWithADot() {
    ScannedEmbargo embargo = scan("Embargoed to 0001 Saturday Jan. 11");
    assertEquals(1, embargo.month());
    assertEquals(11, embargo.day());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Embargoed to", // nothing after "to"
        "Embargoed tomorrow at noon", // "to" must be a word of its own
        "Embargoedto 0001 Saturday May 11", // white space after "Embargoed"
        "Embargo to 0001 Saturday May 11",
      })
  void notEmbargoLines(String line) {
    assertEquals(-1, EmbargoScanner.recognise(line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Embargoed to 0001 banana Saturday May 11",
        "Embargoed to :30 Saturday May 11",
        "Embargoed to x1:30 Saturday May 11",
        "Embargoed to 13pm Saturday May 11",
        "Embargoed to 0am Saturday May 11",
        "Embargoed to 2460 Saturday May 11",
        "Embargoed until",
        "Embargoed to 0001 on the day of the vote at the hall in the town of Kent on May 11 a b c",
      })
  void linesThatCannotBeReadAreKeptWithAProblem(String line) {
    assertTrue(scan(line).problem().isPresent(), line);
  }
}
