package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbargoScannerTest {

  private static ScannedEmbargo scan(String line) {
    int from = EmbargoScanner.recognise(line);
    assertTrue(from >= 0, "not recognised: " + line);
    return EmbargoScanner.scan(line, from);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Embargoed to 0001 Saturday May 11             | 00:01 | -   | SATURDAY | 5  | 11 | 0",
        "Embargoed until 00:01 Tuesday December 3      | 00:01 | -   | TUESDAY  | 12 | 3  | 0",
        "EMBARGOED TO 12.01am SATURDAY 11 MAY          | 00:01 | -   | SATURDAY | 5  | 11 | 0",
        "Embargoed until 12.01 am on Sat 11th May      | 00:01 | -   | SATURDAY | 5  | 11 | 0",
        "Embargoed until 00.01 BST on Tuesday 3 December | 00:01 | BST | TUESDAY | 12 | 3 | 0",
        "Embargoed to 2230 GMT Friday, January 3, 2020 | 22:30 | GMT | FRIDAY   | 1  | 3  | 2020",
        "embargoed until 3pm Wed Sept 4                | 15:00 | -   | WEDNESDAY | 9 | 4  | 0",
        "Embargoed to 12pm Monday June 1               | 12:00 | -   | MONDAY   | 6  | 1  | 0",
        "Embargoed to midnight Monday June 1           | 00:00 | -   | MONDAY   | 6  | 1  | 0",
      })
  void readsEmbargoes(
      String line, String time, String zone, String weekday, int month, int day, int year) {
    ScannedEmbargo e = scan(line);
    assertEquals(Optional.empty(), e.problem());
    assertEquals(Optional.of(LocalTime.parse(time)), e.time());
    assertEquals(Optional.ofNullable(zone), e.zoneWord());
    assertEquals(Optional.of(DayOfWeek.valueOf(weekday)), e.weekday());
    assertEquals(month, e.month());
    assertEquals(day, e.day());
    assertEquals(year, e.year());
  }

  @Test
  void keepsWhatItReadWhenAWordIsNotUnderstood() {
    ScannedEmbargo e = scan("Embargoed until Tuesday after the vote");
    assertTrue(e.problem().isPresent());
    assertEquals(Optional.of(DayOfWeek.TUESDAY), e.weekday());
  }

  @Test
  void aLineWithoutTimeCannotBeResolved() {
    assertTrue(scan("Embargoed until Tuesday December 3").problem().isPresent());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "Embargoed", "Embargoed documents show", "Embargo to 0001 Tuesday December 3",
        "Embargoedto 0001", "The embargo ends at 0001"
      })
  void otherLinesAreNoEmbargo(String line) {
    assertEquals(-1, EmbargoScanner.recognise(line));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"13.00am,", "2400,", "25:00,", "12.60,", "0.1,", "123,"})
  void rejectsImpossibleTimes(String word, String next) {
    assertNull(EmbargoScanner.time(word, next == null ? "" : next));
  }

  @ParameterizedTest(name = "filed {0}, {1}/{2} resolves to {3}")
  @CsvSource({
    "2019-05-10, 5, 11, 2019-05-11",
    "2019-05-10, 5, 10, 2019-05-10",
    "2019-12-31, 1, 1, 2020-01-01",
    "2019-03-01, 2, 29, 2020-02-29",
  })
  void resolvesTheFirstDateOnOrAfterTheTimestamp(
      LocalDate filed, int month, int day, LocalDate expected) {
    assertEquals(expected, EmbargoResolver.firstOnOrAfter(filed, month, day));
  }

  @ParameterizedTest(name = "filed {0}, {1}/{2} does not resolve")
  @CsvSource({"2021-03-01, 2, 29", "2019-05-10, 2, 30", "2019-05-10, 4, 31"})
  void givesUpWithoutSearchingFurther(LocalDate filed, int month, int day) {
    assertNull(EmbargoResolver.firstOnOrAfter(filed, month, day));
  }
}
