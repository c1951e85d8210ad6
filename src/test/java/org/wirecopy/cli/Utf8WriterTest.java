package org.wirecopy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class Utf8WriterTest {

  /** The bytes the JDK's own writer produces, the behaviour the command line had before. */
  private static byte[] jdk(List<String> writes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      for (String s : writes) {
        w.write(s);
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] ours(List<String> writes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new Utf8Writer(bytes)) {
      for (String s : writes) {
        w.write(s);
      }
    }
    return bytes.toByteArray();
  }

  @Property(tries = 1000)
  void writesTheSameBytesAsTheJdkEncoder(@ForAll("writes") List<String> writes) throws IOException {
    assertArrayEquals(jdk(writes), ours(writes));
  }

  @Example
  void fillsAndFlushesItsBufferManyTimesOver() throws IOException {
    // 70,000 four-byte characters cross the 64 KiB buffer's end at every possible offset.
    String big = "a“😀é".repeat(70_000);
    assertArrayEquals(jdk(List.of(big, big)), ours(List.of(big, big)));
  }

  @Example
  void neverCutsASurrogatePairBetweenTwoSlices() throws IOException {
    // Pairs at every offset around the 8,192-character slices a String is copied in.
    for (int shift = 0; shift < 3; shift++) {
      String text = "a".repeat(shift) + "😀".repeat(20_000);
      assertArrayEquals(jdk(List.of(text)), ours(List.of(text)), "shift " + shift);
    }
  }

  @Example
  void writesALoneSurrogateAsAQuestionMarkLikeTheJdk() throws IOException {
    List<String> writes = List.of("x\uD800y\uDC00z\uDBFF");
    assertArrayEquals(jdk(writes), ours(writes));
    assertArrayEquals("x?y?z?".getBytes(StandardCharsets.US_ASCII), ours(writes));
  }

  @Provide
  Arbitrary<List<String>> writes() {
    Arbitrary<Character> awkward = Arbitraries.of('a', '\n', '\u007f', '\u0080', '\u07ff', '\u0800',
        '“', '\uffff', '\uD83D', '\uDE00', '\uDBFF', '\uDFFF', '\uD800', '\uDC00');
    Arbitrary<String> strings = Arbitraries.frequencyOf(
            Tuple.of(3, awkward), Tuple.of(1, Arbitraries.chars()))
        .list().ofMaxSize(30)
        .map(chars -> {
          StringBuilder b = new StringBuilder();
          chars.forEach(b::append);
          return b.toString();
        })
        // Pairs are written whole by the command line: a write never ends in a high surrogate
        // that the next write's low surrogate would complete.
        .filter(s -> s.isEmpty() || !Character.isHighSurrogate(s.charAt(s.length() - 1)));
    return strings.list().ofMaxSize(5);
  }
}
