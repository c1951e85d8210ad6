package org.wirecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.wirecopy.testkit.Perturbation;
import org.wirecopy.testkit.Perturbations;
import org.wirecopy.testkit.WireArbitraries;
import org.wirecopy.testkit.WireInput;
import org.wirecopy.write.WireTextWriter;

/**
 * Property 7 of the robustness issue: N written articles joined into one archive, by their end
 * markers or by form feeds, parse back to the same N articles in order, through {@code parseAll}
 * and through the streaming {@code stories(...)} API alike.
 */
class ArchiveProperties {

  private static final WireParser PARSER = WireParser.builder().build();

  @Provide
  Arbitrary<Article> archiveArticles() {
    return WireArbitraries.archiveArticles();
  }

  @Provide
  Arbitrary<Article> articles() {
    return WireArbitraries.articles();
  }

  @Provide
  Arbitrary<String> formFeeds() {
    return Arbitraries.of("\f", "\f\n", "\n\f\n", "\f\n\n");
  }

  /** Stories that each close with an end marker ({@code ends} or {@code more}), one after another. */
  @Property
  void storiesJoinedByEndMarkersComeBackInOrder(
      @ForAll @Size(min = 1, max = 6) List<@From("archiveArticles") Article> articles,
      @ForAll("separators") String separator)
      throws WireFormatException, IOException {
    Statistics.label("stories").collect(articles.size());
    StringBuilder archive = new StringBuilder();
    for (Article a : articles) {
      archive.append(archive.length() == 0 ? "" : separator).append(WireTextWriter.toWireText(a));
    }
    assertReadBack(articles, archive.toString());
  }

  /**
   * What stands between two stories after the first one's final line end: at least one blank
   * line. Without one, a note of the first story and the next headline form one block, and the
   * format starts the next story at that block's first line (docs/format.md, "Several stories").
   */
  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("\n", "\n\n\n", "\r\n", " \n");
  }

  /** Any stories, separated by form feeds on their own line or glued to the next headline. */
  @Property
  void storiesJoinedByFormFeedsComeBackInOrder(
      @ForAll @Size(min = 1, max = 6) List<@From("articles") Article> articles,
      @ForAll("formFeeds") String formFeed)
      throws WireFormatException, IOException {
    Statistics.label("stories").collect(articles.size());
    List<String> texts = new ArrayList<>();
    articles.forEach(a -> texts.add(WireTextWriter.toWireText(a)));
    assertReadBack(articles, String.join(formFeed, texts));
  }

  /**
   * The stories of an end-marker archive as they might arrive from several sources: each one
   * perturbed on its own (line ends, Windows-1252 or mojibake lines, white space, blank lines,
   * wrapping), then the bytes concatenated.
   */
  @Property
  void perturbedStoriesJoinedByEndMarkersComeBackInOrder(
      @ForAll @Size(min = 1, max = 5) List<@From("archiveArticles") Article> articles,
      @ForAll @Size(min = 1, max = 5) List<@From("perturbations") Perturbation> perturbations)
      throws WireFormatException, IOException {
    java.io.ByteArrayOutputStream archive = new java.io.ByteArrayOutputStream();
    List<String> how = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Perturbation p = perturbations.get(i % perturbations.size()).forArchive();
      WireInput input = p.apply(articles.get(i));
      how.add(p.toString());
      if (i > 0) {
        // A blank line between stories, as above; two LFs, as the last story may end with a CR.
        archive.writeBytes(new byte[] {'\n', '\n'});
      }
      archive.writeBytes(input.bytes());
    }
    byte[] bytes = archive.toByteArray();
    WireInput shown = new WireInput(String.join("\n", how), bytes);
    assertEquals(articles, articles(PARSER.parseAll(bytes)), shown::toString);
    List<Article> streamed = new ArrayList<>();
    try (StoryStream stories = PARSER.stories(new ByteArrayInputStream(bytes))) {
      stories.forEach(r -> streamed.add(r.article()));
    }
    assertEquals(articles, streamed, shown::toString);
  }

  @Provide
  Arbitrary<Perturbation> perturbations() {
    return Perturbations.neutral();
  }

  private static void assertReadBack(List<Article> expected, String archive)
      throws WireFormatException, IOException {
    String shown = WireInput.visible(archive);
    assertEquals(expected, articles(PARSER.parseAll(archive)), () -> "parseAll of\n" + shown);
    byte[] bytes = archive.getBytes(StandardCharsets.UTF_8);
    assertEquals(expected, articles(PARSER.parseAll(bytes)), () -> "parseAll(bytes) of\n" + shown);
    List<Article> streamed = new ArrayList<>();
    try (StoryStream stories = PARSER.stories(new ByteArrayInputStream(bytes))) {
      stories.forEach(r -> streamed.add(r.article()));
    }
    assertEquals(expected, streamed, () -> "stories(InputStream) of\n" + shown);
    List<Article> fromReader = new ArrayList<>();
    try (StoryStream stories = PARSER.stories(new StringReader(archive))) {
      for (ParseResult r = stories.nextStory(); r != null; r = stories.nextStory()) {
        fromReader.add(r.article());
      }
    }
    assertEquals(expected, fromReader, () -> "stories(Reader) of\n" + shown);
  }

  private static List<Article> articles(List<ParseResult> results) {
    return results.stream().map(ParseResult::article).toList();
  }
}
