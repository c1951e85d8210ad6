package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The edges of FORMAT.md 2.5 (timestamps), 2.8 (page markers) and 2.10 (end markers). */
class TimestampAndMarkerEdgeTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "10-May-20190 10:57", // a five-digit year
        "10-May", // the line ends inside the date
        "10May-2019 10:57", // no separator after the day
        "10-May2019 10:57", // no separator after the month
        "10-May-2019T10:57",
      })
  void notTimestamps(String line) {
    assertNull(TimestampScanner.scan(line), line);
  }

  @Test
  void spacesMaySeparateTheDateParts() {
    assertEquals(LocalDateTime.of(2019, 5, 10, 10, 57),
        TimestampScanner.scan("10 May 2019 10:57"));
  }

  @Test
  void endMarkersFromTheShortest() {
    assertTrue(MarkerScanner.isEnd("end"));
    assertTrue(MarkerScanner.isEnd("END"));
    assertTrue(MarkerScanner.isEnd("- ends -"));
    assertFalse(MarkerScanner.isEnd("en"));
    assertFalse(MarkerScanner.isEnd("the end of it"));
  }

  @Test
  void endMarkersToTheLongest() {
    // Twelve characters, spaces and all, is the longest an end marker may be written.
    assertTrue(MarkerScanner.isEnd("-   ends   -"));
    assertFalse(MarkerScanner.isEnd("-    ends   -"));
  }

  @Test
  void pageMarkersFromTheShortestToTheLongest() {
    assertEquals(1, MarkerScanner.page("Page 1"));
    assertEquals(9999, MarkerScanner.page("page 9999"));
    assertEquals(1234, MarkerScanner.page("Page        1234"));
    assertEquals(0, MarkerScanner.page("Page         1234"));
    assertEquals(0, MarkerScanner.page("Page 12345"));
    assertEquals(0, MarkerScanner.page("Page1"));
  }
}
