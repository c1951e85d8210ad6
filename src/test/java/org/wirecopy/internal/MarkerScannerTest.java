package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkerScannerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Page 1,1", "page 2,2", "PAGE 10,10", "Page\u00A03,3", "Page 9999,9999", "Page  07,7"})
  void readsPageMarkers(String line, int number) {
    assertEquals(number, MarkerScanner.page(line));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {"Page 0", "Page 10000", "Page", "Page1", "Page 4 of the report", "Pages 2", "Page -1"})
  void otherLinesAreNoPageMarkers(String line) {
    assertEquals(0, MarkerScanner.page(line));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"ends", "ENDS", "End", "end", "-ends-", "- ends -", "-ENDS-", "-  ends  -"})
  void readsEndMarkers(String line) {
    assertTrue(MarkerScanner.isEnd(line));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"ending", "The end", "ends.", "-end", "more", "endS here"})
  void otherLinesAreNoEndMarkers(String line) {
    assertFalse(MarkerScanner.isEnd(line));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"more", "MORE", "More"})
  void readsMoreLines(String line) {
    assertTrue(MarkerScanner.isMore(line));
  }
}
