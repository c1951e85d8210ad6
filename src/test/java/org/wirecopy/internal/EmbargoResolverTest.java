package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class EmbargoResolverTest {

  @Test
  void theDateIsTheFirstOnOrAfterTheStartingDateWithinTheHorizon() {
    LocalDate from = LocalDate.of(2019, 5, 10);
    assertEquals(from, EmbargoResolver.firstOnOrAfter(from, 5, 10));
    assertEquals(LocalDate.of(2020, 5, 9), EmbargoResolver.firstOnOrAfter(from, 5, 9));
    assertEquals(LocalDate.of(2020, 2, 29), EmbargoResolver.firstOnOrAfter(from, 2, 29));
    // 29 February a year and a bit ahead is beyond the horizon; 2021 has none.
    assertNull(EmbargoResolver.firstOnOrAfter(LocalDate.of(2020, 3, 1), 2, 29));
  }

  @Test
  void theHorizonIsInclusive() {
    // 29 February 2019 does not exist; 29 February 2020 is 366 days after 28 February 2019.
    LocalDate from = LocalDate.of(2019, 2, 28);
    assertEquals(EmbargoResolver.HORIZON_DAYS, ChronoUnit.DAYS.between(from, LocalDate.of(2020, 2, 29)));
    assertEquals(LocalDate.of(2020, 2, 29), EmbargoResolver.firstOnOrAfter(from, 2, 29));
    assertNull(EmbargoResolver.firstOnOrAfter(from.minusDays(1), 2, 29));
  }

  @Test
  void datesAtTheEdgesOfTheCalendarAreFound() {
    assertEquals(LocalDate.of(0, 1, 1), EmbargoResolver.firstOnOrAfter(LocalDate.of(0, 1, 1), 1, 1));
    assertEquals(LocalDate.of(9999, 12, 31),
        EmbargoResolver.firstOnOrAfter(LocalDate.of(9999, 12, 1), 12, 31));
    assertEquals(LocalDate.of(2019, 12, 1),
        EmbargoResolver.firstOnOrAfter(LocalDate.of(2019, 12, 1), 12, 1));
    assertNull(EmbargoResolver.firstOnOrAfter(LocalDate.of(9999, 12, 2), 12, 1), "no year 10000");
    assertNull(EmbargoResolver.firstOnOrAfter(LocalDate.of(2019, 1, 1), 13, 1));
    assertNull(EmbargoResolver.firstOnOrAfter(LocalDate.of(2019, 1, 1), 0, 1));
    assertNull(EmbargoResolver.firstOnOrAfter(LocalDate.of(2019, 1, 1), 1, 0));
    assertNull(EmbargoResolver.firstOnOrAfter(LocalDate.of(2019, 1, 1), 4, 31));
  }
}
