package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.Diagnostic;
import org.wirecopy.DiagnosticCode;

/**
 * A {@link Line} is equal to another when the reader saw the same: the readers' tests compare
 * lines from two readers, so every field a reader sets must count, and the shape set later must
 * not.
 */
class LineTest {

  private static final Diagnostic CUT =
      Diagnostic.of(DiagnosticCode.LINE_TOO_LONG, "cut", 1, 5);

  private static Line line() {
    return new Line(1, 2, "text", Line.Kind.TEXT, false, List.of(), true);
  }

  @Test
  void everyFieldTheReaderSetCounts() {
    Line line = line();
    assertEquals(line, line());
    assertEquals(line.hashCode(), line().hashCode());
    List<Line> others = List.of(
        new Line(9, 2, "text", Line.Kind.TEXT, false, List.of(), true),
        new Line(1, 9, "text", Line.Kind.TEXT, false, List.of(), true),
        new Line(1, 2, "other", Line.Kind.TEXT, false, List.of(), true),
        new Line(1, 2, "text", Line.Kind.CONTINUATION, false, List.of(), true),
        new Line(1, 2, "text", Line.Kind.TEXT, true, List.of(), true),
        new Line(1, 2, "text", Line.Kind.TEXT, false, List.of(CUT), true),
        new Line(1, 2, "text", Line.Kind.TEXT, false, List.of(), false));
    for (Line other : others) {
      assertNotEquals(line, other, other.toString());
    }
    assertNotEquals(line, "text");
  }

  @Test
  void theShapeDoesNotCountButShowsInTheStringForm() {
    Line classified = line().classifyAs(Shape.SLUG, "text", 2, null);
    assertEquals(line(), classified);
    assertEquals(line().hashCode(), classified.hashCode());
    assertTrue(classified.toString().contains("shape=SLUG"), classified.toString());
    assertFalse(line().toString().contains("shape"), line().toString());
    assertTrue(line().toString().contains("text=text"), line().toString());
  }

  @Test
  void theEventsAreCopied() {
    List<Diagnostic> events = new java.util.ArrayList<>(List.of(CUT));
    Line line = new Line(1, 1, "x", Line.Kind.TEXT, false, events, false);
    events.clear();
    assertEquals(List.of(CUT), line.events());
  }
}
