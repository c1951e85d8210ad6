package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wirecopy.internal.LineAccounting;
import org.wirecopy.testkit.Perturbations;
import org.wirecopy.testkit.WireInput;

/**
 * Every way of handing the parser an input gives the same stories: bytes, a stream that delivers
 * them a few at a time (so that a CRLF, a UTF-8 sequence or a byte-order mark straddles two
 * reads), a string, a reader that trickles, and the UTF-8 bytes of that string.
 */
class EntryPointProperties {

  private static final WireParser PARSER = WireParser.builder().build();

  @Provide
  Arbitrary<WireInput> inputs() {
    return Perturbations.perturbedOrDamaged();
  }

  @Provide
  Arbitrary<List<Integer>> chunks() {
    return Arbitraries.integers().between(1, 7).list().ofMinSize(1).ofMaxSize(5);
  }

  /** What a parse gives, spans included. */
  private record Outcome(List<ParseResult> stories, List<List<SourceSpan>> spans) {
    static Outcome of(List<ParseResult> stories) {
      List<List<SourceSpan>> spans = new ArrayList<>();
      stories.forEach(s -> spans.add(LineAccounting.spans(s.article())));
      return new Outcome(stories, spans);
    }
  }

  @Property
  void bytesGiveTheSameStoriesHoweverTheyArrive(
      @ForAll("inputs") WireInput input, @ForAll("chunks") List<Integer> chunks)
      throws WireFormatException, IOException {
    byte[] bytes = input.bytes();
    Outcome expected = Outcome.of(PARSER.parseAll(bytes));
    assertEquals(expected, Outcome.of(PARSER.parseAll(new Trickle(bytes, chunks))),
        () -> "parseAll(InputStream) " + chunks + "\n" + input);
    List<ParseResult> streamed = new ArrayList<>();
    try (StoryStream stories = PARSER.stories(new Trickle(bytes, chunks))) {
      stories.forEach(streamed::add);
    }
    assertEquals(expected, Outcome.of(streamed), () -> "stories(InputStream) " + chunks + "\n"
        + input);
    assertEquals(PARSER.parse(bytes), PARSER.parse(new Trickle(bytes, chunks)),
        () -> "parse(InputStream) " + chunks + "\n" + input);
  }

  @Property
  void textGivesTheSameStoriesHoweverItArrives(
      @ForAll("inputs") WireInput input, @ForAll("chunks") List<Integer> chunks)
      throws WireFormatException, IOException {
    // The text is what the bytes say as UTF-8; its UTF-8 bytes are valid, so decoding agrees.
    String text = input.text();
    Outcome expected = Outcome.of(PARSER.parseAll(text));
    assertEquals(expected, Outcome.of(PARSER.parseAll(new TrickleReader(text, chunks))),
        () -> "parseAll(Reader) " + chunks + "\n" + input);
    List<ParseResult> streamed = new ArrayList<>();
    try (StoryStream stories = PARSER.stories(new TrickleReader(text, chunks))) {
      stories.forEach(streamed::add);
    }
    assertEquals(expected, Outcome.of(streamed), () -> "stories(Reader) " + chunks + "\n" + input);
    assertEquals(expected, Outcome.of(PARSER.parseAll(text.getBytes(StandardCharsets.UTF_8))),
        () -> "parseAll(UTF-8 bytes of the text)\n" + input);
    assertEquals(PARSER.parse(text), PARSER.parse(new TrickleReader(text, chunks)),
        () -> "parse(Reader) " + chunks + "\n" + input);
  }

  /** A stream that hands out its bytes a few at a time, the counts taken in turn from a list. */
  private static final class Trickle extends InputStream {
    private final ByteArrayInputStream in;
    private final List<Integer> chunks;
    private int call;

    Trickle(byte[] bytes, List<Integer> chunks) {
      this.in = new ByteArrayInputStream(bytes);
      this.chunks = chunks;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = Math.min(len, chunks.get(call++ % chunks.size()));
      return in.read(b, off, n);
    }
  }

  /** A reader that hands out its characters a few at a time. */
  private static final class TrickleReader extends Reader {
    private final StringReader in;
    private final List<Integer> chunks;
    private int call;

    TrickleReader(String text, List<Integer> chunks) {
      this.in = new StringReader(text);
      this.chunks = chunks;
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      int n = Math.min(len, chunks.get(call++ % chunks.size()));
      return in.read(b, off, n);
    }

    @Override
    public void close() {
      in.close();
    }
  }
}
