package org.wirecopy.testkit;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.wirecopy.Paragraph;

/**
 * Arbitraries for body text: paragraphs with curly and straight quotes, accents, {@code £},
 * characters outside the Basic Multilingual Plane, tabs, and now and then a very long paragraph;
 * notes; end markers.
 *
 * <p>No paragraph looks like a header element, a page marker, an end marker or a {@code more}
 * line, and no paragraph opens with a word in capitals: the writer could not express a first
 * paragraph that reads as a header line (the Javadoc of {@code WireTextWriter} says so), and the
 * hard-wrapping perturbation relies on every line break it adds falling before a lower-case word.
 */
public final class BodyArbitraries {

  private BodyArbitraries() {}

  /**
   * One sentence: a capitalised or quoted first word, then ordinary words separated by a space
   * or, now and then, a tab.
   *
   * @return sentences
   */
  public static Arbitrary<String> sentences() {
    return sentences(Arbitraries.of(Vocabulary.PARAGRAPH_FIRST), 0, 20);
  }

  private static Arbitrary<String> sentences(Arbitrary<String> first, int min, int max) {
    Arbitrary<String> separator = Arbitraries.frequency(Tuple.of(12, " "), Tuple.of(1, "\t"));
    Arbitrary<String> word =
        Combinators.combine(separator, Arbitraries.of(Vocabulary.PARAGRAPH_WORDS))
            .as((s, w) -> s + w);
    return Combinators.combine(
            first, word.list().ofMinSize(min).ofMaxSize(max),
            Arbitraries.of(Vocabulary.SENTENCE_ENDS))
        .as((f, rest, end) -> f + String.join("", rest) + end);
  }

  /**
   * Paragraphs of one to three sentences, and now and then one of several thousand characters.
   *
   * @return paragraphs
   */
  public static Arbitrary<Paragraph> paragraphs() {
    Arbitrary<String> ordinary =
        sentences().list().ofMinSize(1).ofMaxSize(3).map(s -> String.join(" ", s));
    Arbitrary<String> longOne =
        sentences(Arbitraries.of(Vocabulary.PARAGRAPH_FIRST), 100, 400);
    return Arbitraries.frequencyOf(Tuple.of(30, ordinary), Tuple.of(1, longOne))
        .map(text -> new Paragraph(text, HeaderArbitraries.SPAN));
  }

  /**
   * Notes: a paragraph after the end marker ({@code Note to editors: ...}).
   *
   * @return notes
   */
  public static Arbitrary<Paragraph> notes() {
    return sentences(Arbitraries.of(Vocabulary.NOTE_FIRST), 1, 12)
        .map(text -> new Paragraph(text, HeaderArbitraries.SPAN));
  }

  /**
   * End markers that may have notes after them: {@code ends}, {@code -ends-}, {@code End} and
   * the like.
   *
   * @return end marker lines
   */
  public static Arbitrary<String> endMarkers() {
    return Arbitraries.of(Vocabulary.ENDS);
  }

  /**
   * {@code more} lines, which end a story when they are its last line.
   *
   * @return {@code more} lines
   */
  public static Arbitrary<String> moreLines() {
    return Arbitraries.of(Vocabulary.MORES);
  }

  static Arbitrary<List<Paragraph>> paragraphLists(int max) {
    return paragraphs().list().ofMaxSize(max);
  }
}
