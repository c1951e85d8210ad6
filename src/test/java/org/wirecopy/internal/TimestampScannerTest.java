package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampScannerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10-May-2019 10:57:56 | 2019-05-10T10:57:56",
        "9-May-2019 10:57:56  | 2019-05-09T10:57:56",
        "10-May-2019 9:05:00  | 2019-05-10T09:05:00",
        "10-May-2019 10:57    | 2019-05-10T10:57:00",
        "10-SEPTEMBER-2019 10:57:56 | 2019-09-10T10:57:56",
        "10-Sept-2019 10:57:56 | 2019-09-10T10:57:56",
        "10-sep-2019 10:57:56 | 2019-09-10T10:57:56",
        "10 May 2019 10:57    | 2019-05-10T10:57:00",
        "10-May 2019 10:57    | 2019-05-10T10:57:00",
        "29-Feb-2020 23:59:59 | 2020-02-29T23:59:59",
        "01-Jan-2020 00:00:00 | 2020-01-01T00:00",
      })
  void readsAcceptedForms(String line, String expected) {
    assertEquals(LocalDateTime.parse(expected), TimestampScanner.scan(line));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "31-Apr-2019 10:00:00", // no such day
        "29-Feb-2019 10:00:00", // not a leap year
        "10-May-2019 24:00:00",
        "10-May-2019 10:60",
        "10-May-2019 10:59:60",
        "10-May-19 10:57:56", // two-digit year
        "10-Mai-2019 10:57:56",
        "10-May-2019",
        "10-May-2019 10:57:56 BST",
        "110-May-2019 10:57:56",
        "10-May-2019 10:5",
        "0-May-2019 10:57",
        "10--May-2019 10:57",
        "More than 10 May 2019 10:57",
      })
  void rejectsOtherLines(String line) {
    assertNull(TimestampScanner.scan(line));
  }
}
