package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wirecopy.internal.Line.Kind;

/** How {@link Boundary} orders two splitters' places and tells whether they agree. */
class BoundaryTest {

  private static Boundary at(int line, int column, Kind kind) {
    return new Boundary(line, column, kind, null);
  }

  @Test
  void aLaterLineIsAfter() {
    assertTrue(at(5, 0, Kind.TEXT).isAfter(at(4, 9, Kind.FORM_FEED)));
    assertFalse(at(4, 9, Kind.FORM_FEED).isAfter(at(5, 0, Kind.TEXT)));
  }

  @Test
  void onOneLineALaterColumnIsAfter() {
    assertTrue(at(5, 3, Kind.TEXT).isAfter(at(5, 2, Kind.FORM_FEED)));
    assertFalse(at(5, 2, Kind.FORM_FEED).isAfter(at(5, 3, Kind.TEXT)));
  }

  @Test
  void atOneColumnTheKindDecides() {
    assertTrue(at(5, 3, Kind.CONTINUATION).isAfter(at(5, 3, Kind.TEXT)));
    assertFalse(at(5, 3, Kind.TEXT).isAfter(at(5, 3, Kind.CONTINUATION)));
    assertFalse(at(5, 3, Kind.TEXT).isAfter(at(5, 3, Kind.TEXT)), "a place is not after itself");
  }

  @Test
  void theSameStateNeedsTheSamePlaceAndNote() {
    Boundary b = new Boundary(7, 0, Kind.TEXT, "cut");
    assertTrue(b.sameState(new Boundary(7, 0, Kind.TEXT, "cut")));
    assertFalse(b.sameState(new Boundary(8, 0, Kind.TEXT, "cut")));
    assertFalse(b.sameState(new Boundary(7, 1, Kind.TEXT, "cut")));
    assertFalse(b.sameState(new Boundary(7, 0, Kind.FORM_FEED, "cut")));
    assertFalse(b.sameState(new Boundary(7, 0, Kind.TEXT, null)));
    assertFalse(new Boundary(7, 0, Kind.TEXT, null).sameState(b));
  }

  @Test
  void atTheEndOfTheInputTheNoteDoesNotMatter() {
    Boundary end = Boundary.END_OF_INPUT;
    assertTrue(end.isEndOfInput());
    assertFalse(at(Integer.MAX_VALUE - 1, 0, Kind.TEXT).isEndOfInput());
    assertTrue(end.sameState(new Boundary(Integer.MAX_VALUE, Integer.MAX_VALUE, Kind.TEXT, "cut")));
    assertTrue(end.isAfter(at(1_000_000, 0, Kind.TEXT)));
  }
}
