package org.wirecopy.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a line into words at white space, remembering where each word starts. */
final class Tokens {

  private final List<String> words;
  private final int[] starts;

  private Tokens(List<String> words, int[] starts) {
    this.words = words;
    this.starts = starts;
  }

  /**
   * Splits {@code s} at white space, giving up once there are more than {@code max} words, so that
   * a long paragraph costs no more than a short line.
   *
   * @param s the text
   * @param max the most words wanted
   * @return the words, or {@code null} when there are more than {@code max}
   */
  static Tokens split(String s, int max) {
    List<String> words = new ArrayList<>(Math.min(max, 8));
    int[] starts = new int[max];
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && Chars.isSpace(s.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      if (words.size() == max) {
        return null;
      }
      int start = i;
      while (i < n && !Chars.isSpace(s.charAt(i))) {
        i++;
      }
      starts[words.size()] = start;
      words.add(s.substring(start, i));
    }
    return new Tokens(words, starts);
  }

  int size() {
    return words.size();
  }

  String get(int i) {
    return words.get(i);
  }

  int start(int i) {
    return starts[i];
  }

  /** The words from {@code from} (inclusive) to {@code to} (exclusive), as written in {@code s}. */
  String span(String s, int from, int to) {
    int end = starts[to - 1] + words.get(to - 1).length();
    return s.substring(starts[from], end);
  }
}
