package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wirecopy.Article;
import org.wirecopy.Paragraph;
import org.wirecopy.ParseResult;
import org.wirecopy.SourceSpan;

/**
 * The JSON writers' UTF-8 output: the bytes written to a stream are exactly the String form,
 * encoded, they are always valid UTF-8, and reading them back gives the article's text, for any
 * text the model can hold (lone surrogates and controls included).
 */
class JsonBytesProperties {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Property(tries = 500)
  void theStreamGetsTheStringFormAsUtf8(@ForAll("results") ParseResult result) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonArticleWriter.write(result, out);
    byte[] written = out.toByteArray();
    String decoded = strictUtf8(written);
    assertEquals(JsonArticleWriter.toJson(result), decoded);
    // A lone surrogate is written as an escape, so a JSON reader gets every character back.
    JsonNode read = JSON.readTree(written);
    List<String> paragraphs = result.article().paragraphs().stream().map(Paragraph::text).toList();
    for (int i = 0; i < paragraphs.size(); i++) {
      assertEquals(paragraphs.get(i), read.get("paragraphs").get(i).asText());
    }
    assertEquals(
        result.article().headline().map(h -> h.text()).orElse(null),
        read.get("headline").isNull() ? null : read.get("headline").asText());
  }

  @Property(tries = 300)
  void ninjsGetsTheStringFormAsUtf8(@ForAll("results") ParseResult result) throws Exception {
    for (NinjsVersion version : NinjsVersion.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      NinjsWriter.write(result, version, out);
      assertEquals(NinjsWriter.toJson(result, version), strictUtf8(out.toByteArray()));
    }
  }

  @Property(tries = 200)
  void aStringBuilderGetsTheTextAppended(@ForAll("results") ParseResult result) {
    StringBuilder out = new StringBuilder("before|");
    JsonArticleWriter.write(result, out);
    assertEquals("before|" + JsonArticleWriter.toJson(result), out.toString());
    StringBuilder ninjs = new StringBuilder("before|");
    NinjsWriter.write(result, NinjsVersion.V3_1, ninjs);
    assertEquals("before|" + NinjsWriter.toJson(result, NinjsVersion.V3_1), ninjs.toString());
  }

  /** Paragraphs far longer than the slice the writer encodes at a time come out whole. */
  @Example
  void aLongParagraphIsWrittenWhole() throws Exception {
    String paragraph = "“Quote” £5 \uD83D\uDE00 \"q\" \\ \u2028 ".repeat(2000);
    Article article = new Article(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        List.of(new Paragraph(paragraph, SourceSpan.ofLine(1))), Optional.empty(), List.of(),
        List.of());
    ParseResult result = new ParseResult(article, List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonArticleWriter.write(result, out);
    assertEquals(paragraph, JSON.readTree(out.toByteArray()).get("paragraphs").get(0).asText());
    assertArrayEquals(
        JsonArticleWriter.toJson(result).getBytes(StandardCharsets.UTF_8), out.toByteArray());
  }

  @Provide
  Arbitrary<ParseResult> results() {
    return GeneratedArticles.results();
  }

  /** Decodes UTF-8, failing on any malformed byte rather than replacing it. */
  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
