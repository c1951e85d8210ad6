package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineWindowTest {

  @Test
  void behavesLikeADequeReadAtAnyIndexThroughWrapsAndGrowth() {
    LineWindow window = new LineWindow();
    ArrayDeque<Line> expected = new ArrayDeque<>();
    Random random = new Random(5);
    for (int step = 0; step < 5_000; step++) {
      // Grow to a few hundred lines, shrink, and grow again, so the ring wraps and doubles.
      // A line is put back at the front now and then, as the splitter does after a failed read.
      boolean add = expected.isEmpty() || random.nextInt(100) < (step % 1000 < 500 ? 70 : 30);
      if (add && random.nextInt(4) == 0) {
        Line line = line(step);
        window.addFirst(line);
        expected.addFirst(line);
      } else if (add) {
        Line line = line(step);
        window.addLast(line);
        expected.addLast(line);
      } else {
        window.pollFirst();
        expected.pollFirst();
      }
      assertEquals(expected.size(), window.size());
      List<Line> all = new ArrayList<>(expected);
      for (int i = 0; i < all.size(); i += 1 + all.size() / 7) {
        assertSame(all.get(i), window.get(i));
      }
    }
  }

  private static Line line(int n) {
    return Line.of(n + 1, "line " + n).classifyAs(Shape.TEXT, "line " + n, 1, null);
  }
}
