package org.wirecopy.testkit;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for the perturbations and damage that wire text suffers on its way.
 *
 * <p>{@link #neutral()} changes nothing the article holds, so a property may demand an equal
 * article; {@link #damage()} may change anything, so a property may only demand what holds for
 * every input (no exception, nothing lost).
 */
public final class Perturbations {

  private Perturbations() {}

  /**
   * Neutral perturbations, each combining several changes: line ends (LF, CRLF, CR, mixed, with
   * or without a final one), a byte-order mark, UTF-16, Windows-1252 or mojibake for the same
   * text, white space around lines, extra blank lines, no blank lines inside the header,
   * hard-wrapped paragraphs, header lines in another order.
   *
   * @return perturbations; {@code toString} says which changes each one makes
   */
  public static Arbitrary<Perturbation> neutral() {
    Arbitrary<String> space = Arbitraries.of("", "", "", " ", "\t", "  \t", "\u00A0");
    var layout =
        Combinators.combine(
                Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(0)),
                    Tuple.of(1, Arbitraries.integers().between(1, 1_000_000))),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3),
                Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.just(0)),
                        Tuple.of(1, Arbitraries.integers().between(1, 3)))
                    .list().ofMinSize(1).ofMaxSize(5),
                Arbitraries.of("", "", " ", "\t").list().ofMinSize(1).ofMaxSize(3),
                space.list().ofMinSize(1).ofMaxSize(4),
                space.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(0)),
                    Tuple.of(1, Arbitraries.integers().between(10, 80))))
            .as(Tuple::of);
    var bytes =
        Combinators.combine(
                Arbitraries.frequencyOf(
                    Tuple.of(2, Arbitraries.of("\n", "\r\n", "\r").map(List::of)),
                    Tuple.of(1, Arbitraries.of("\n", "\r\n", "\r").list().ofMinSize(2).ofMaxSize(5))),
                Arbitraries.of(true, false),
                Arbitraries.of(Perturbation.Encoding.class))
            .as(Tuple::of);
    return Combinators.combine(layout, bytes)
        .as((l, b) -> new Perturbation(l.get1(), l.get2(), l.get3(), l.get4(), l.get5(), l.get6(),
            l.get7(), l.get8(), b.get1(), b.get2(), b.get3()));
  }

  /**
   * Wire inputs for properties that must hold for any input: generated articles under neutral
   * perturbations, half of them damaged as well.
   *
   * @return perturbed, and perturbed then damaged, wire inputs
   */
  public static Arbitrary<WireInput> perturbedOrDamaged() {
    Arbitrary<WireInput> perturbed =
        Combinators.combine(WireArbitraries.articles(), neutral()).as((a, p) -> p.apply(a));
    return Arbitraries.oneOf(
        perturbed, Combinators.combine(perturbed, damage()).as(Damage::applyAll));
  }

  /**
   * Damage: one to three of deleting, duplicating or swapping lines, cutting the input at any
   * offset, inserting control characters, random Unicode text or random bytes, or appending the
   * wire text of another story.
   *
   * @return lists of damage to apply in order
   */
  public static Arbitrary<List<Damage>> damage() {
    Arbitrary<Integer> where = Arbitraries.integers().between(0, Damage.SCALE);
    Arbitrary<Damage> one =
        Arbitraries.oneOf(
            where.map(Damage.DeleteLine::new),
            where.map(Damage.DuplicateLine::new),
            Combinators.combine(where, where).as(Damage.SwapLines::new),
            where.map(Damage.Truncate::new),
            Combinators.combine(where,
                    Arbitraries.chars().range('\u0000', '\u001F')
                        .map(String::valueOf)
                        .edgeCases(c -> c.add("\f"))
                        .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l)))
                .as(Damage.InsertText::new),
            Combinators.combine(where, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12))
                .as(Damage.InsertText::new),
            Combinators.combine(where, Arbitraries.bytes().array(byte[].class)
                    .ofMinSize(1).ofMaxSize(12))
                .as(Damage.InsertBytes::new),
            Combinators.combine(WireArbitraries.articles(), Arbitraries.of("", "\n", "\f", "\n\f"))
                .as((a, glue) -> new Damage.Concatenate(WireArbitraries.wireText(a), glue)));
    return one.list().ofMinSize(1).ofMaxSize(3);
  }
}
