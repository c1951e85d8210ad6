package org.wirecopy.internal;

/**
 * The splitter's look-ahead: a queue of lines that can also be read at any index in constant time.
 * An {@code ArrayDeque} can only be walked from its head to reach an index, and the splitter asks
 * for indexes on every line.
 */
final class LineWindow {

  private Line[] ring = new Line[32];
  private int head;
  private int size;

  int size() {
    return size;
  }

  /** The line at an index from the head; the index must be less than {@link #size()}. */
  Line get(int index) {
    return ring[(head + index) & (ring.length - 1)];
  }

  void addLast(Line line) {
    if (size == ring.length) {
      grow();
    }
    ring[(head + size) & (ring.length - 1)] = line;
    size++;
  }

  /** Puts a line back in front of the head, as the line read before it. */
  void addFirst(Line line) {
    if (size == ring.length) {
      grow();
    }
    head = (head - 1) & (ring.length - 1);
    ring[head] = line;
    size++;
  }

  /** Removes the head line; the window must not be empty. */
  void pollFirst() {
    ring[head] = null;
    head = (head + 1) & (ring.length - 1);
    size--;
  }

  /** Doubles the ring, putting the lines in order from index 0; the length stays a power of two. */
  private void grow() {
    Line[] ordered = new Line[ring.length * 2];
    for (int i = 0; i < size; i++) {
      ordered[i] = get(i);
    }
    ring = ordered;
    head = 0;
  }
}
