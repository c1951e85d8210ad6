package org.wirecopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The classifier's shortcuts around {@code String.toLowerCase} (source names matched without
 * building a key, slug version words compared without lowering) decide exactly as the plain rule:
 * checked against that rule, written out here, with the characters that lower oddly (the Kelvin
 * sign, a dotted capital I, a long s) mixed into the words.
 */
class ClassifierShortcutProperties {

  private static final List<String> SOURCES = List.of("PA", "Press  Association", "Sky News");

  private final LineClassifier classifier = new LineClassifier(SOURCES, List.of("Reporter"));

  @Provide
  Arbitrary<String> nearSourceNames() {
    Arbitrary<String> piece = Arbitraries.of("p", "P", "a", "A", "pa", "PA", "press", "PRESS",
        "association", "Association", "sky", "SKY", "news", "NEWS", " ", "  ", "\t", "\u00A0",
        "\u212A", "\u0130", "\u017F", "x", "é");
    return piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l))
        .map(Chars::trim).filter(s -> !s.isEmpty());
  }

  @Property(tries = 3000)
  void aLineIsASourceExactlyWhenItsKeyIsASourceKey(@ForAll("nearSourceNames") String line) {
    String expected = null;
    for (String name : SOURCES) {
      if (key(name).equals(key(line))) {
        expected = Chars.normaliseSpaces(name);
        break;
      }
    }
    Line c = classifier.classify(Line.of(1, line));
    assertEquals(expected, c.shape() == Shape.SOURCE ? c.value() : null, line);
  }

  @Provide
  Arbitrary<String> versionish() {
    Arbitrary<String> word = Arbitraries.of("update", "UPDATE", "Update", "writethru", "WRITETHRU",
        "corrected", "correction", "latest", "LATEST", "lead", "1stLEAD", "2nd", "3RD", "4th",
        "21st", "1234th", "12", "1", "upd\u0430te", "\u0130", "\u212Aey", "late\u017Ft", "2ndlead",
        "k", "Council", "x");
    return word.list().ofMinSize(1).ofMaxSize(4).map(l -> "NEWS Council " + String.join(" ", l));
  }

  @Property(tries = 3000)
  void aSlugsVersionIsWhatLowerCaseWordsSay(@ForAll("versionish") String line) {
    ScannedSlug slug = SlugScanner.scan(line);
    Optional<String> version = slug == null ? Optional.empty() : slug.version();
    assertEquals(expectedVersion(line), version, line);
  }

  /** The version tag by the plain rule: every word lowered with String.toLowerCase. */
  private static Optional<String> expectedVersion(String line) {
    String[] w = line.split(" ");
    int n = w.length;
    int words = 0;
    String last = w[n - 1].toLowerCase(Locale.ROOT);
    String before = w[n - 2].toLowerCase(Locale.ROOT);
    if (last.matches("[0-9]{1,3}") && before.equals("update")) {
      words = n >= 4 ? 2 : 0;
    } else if (last.equals("writethru")) {
      words = SlugScanner.isOrdinal(before) && n >= 4 ? 2 : 1;
    } else if (List.of("update", "corrected", "correction", "latest").contains(last)
        || (last.endsWith("lead") && SlugScanner.isOrdinal(last.substring(0, last.length() - 4)))) {
      words = 1;
    }
    if (n - words - 1 < 1 || SlugScanner.scan(line) == null) {
      return Optional.empty();
    }
    return words == 0 ? Optional.empty()
        : Optional.of(String.join(" ", List.of(w).subList(n - words, n)));
  }

  private static String key(String s) {
    return Chars.normaliseSpaces(s).toLowerCase(Locale.ROOT);
  }
}
