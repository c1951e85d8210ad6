package org.wirecopy.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.wirecopy.Article;
import org.wirecopy.Diagnostic;
import org.wirecopy.Embargo;
import org.wirecopy.Page;
import org.wirecopy.Paragraph;
import org.wirecopy.ParseResult;
import org.wirecopy.RawLine;

/**
 * Writes a story as an IPTC ninjs (News in JSON) object, version 2.1 or 3.1, on one line. The
 * output is valid against IPTC's official schema of that version.
 *
 * <p>The mapping, in short (the project's {@code docs/export.md} has every field): {@code uri} is a
 * stable identifier built from source, slug and timestamp; {@code versioncreated} and {@code
 * firstcreated} are the timestamp with the offset of the copy's clock; {@code embargoed} ({@code
 * embargoedUntil} in 3.x) is the resolved embargo; {@code headlines} holds the cleaned headline,
 * {@code slugline} the slug as written, {@code by} the byline as written; {@code bodies} holds the
 * paragraphs twice, as plain text and as HTML {@code <p>} elements with the page breaks; {@code
 * ednote} holds the notes. The schemas allow no properties of their own, so diagnostics and
 * unrecognised header lines go into {@code descriptions}, with the roles {@code
 * wirecopy-diagnostic} and {@code wirecopy-unrecognised}.
 *
 * <p>JSON can hold any string, so this writer never changes text and never fails.
 */
public final class NinjsWriter {

  /** The {@code role} of a description that holds one of the parser's diagnostics. */
  public static final String DIAGNOSTIC_ROLE = "wirecopy-diagnostic";

  /** The {@code role} of a description that holds an unrecognised header line. */
  public static final String UNRECOGNISED_ROLE = "wirecopy-unrecognised";

  private NinjsWriter() {}

  /**
   * The ninjs object for a story and its diagnostics, on one line, without a line end.
   *
   * @param result the story and the diagnostics to carry along
   * @param version the ninjs version to write
   * @return the JSON text
   */
  public static String toJson(ParseResult result, NinjsVersion version) {
    return json(result, version).toString();
  }

  /**
   * The ninjs object for an article alone (no diagnostics), on one line, without a line end.
   *
   * @param article the story
   * @param version the ninjs version to write
   * @return the JSON text
   */
  public static String toJson(Article article, NinjsVersion version) {
    return toJson(new ParseResult(article, List.of()), version);
  }

  /**
   * Appends the ninjs object for a story and its diagnostics, on one line, without a line end.
   *
   * @param result the story and the diagnostics to carry along
   * @param version the ninjs version to write
   * @param out where to write
   */
  public static void write(ParseResult result, NinjsVersion version, StringBuilder out) {
    out.append(toJson(result, version));
  }

  /**
   * Writes the ninjs object for a story and its diagnostics as UTF-8, on one line, without a line
   * end: the bytes of {@link #toJson(ParseResult, NinjsVersion)}, made without an intermediate
   * {@code String} and passed to {@code out} in one {@code write}; give it a buffered stream.
   *
   * @param result the story and the diagnostics to carry along
   * @param version the ninjs version to write
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(ParseResult result, NinjsVersion version, OutputStream out)
      throws IOException {
    json(result, version).writeTo(out);
  }

  private static JsonText json(ParseResult result, NinjsVersion version) {
    Article a = result.article();
    NinjsVersion v = version;
    // The paragraphs go out twice, as plain text and as HTML.
    JsonText json = new JsonText(2 * JsonArticleWriter.expectedBytes(a));
    json.raw("{").key("uri").string(StoryUri.of(a));
    json.raw(",").key("type").string("text");
    json.raw(",").key("version").string(a.slug().flatMap(s -> s.version()).orElse("1"));
    a.timestamp().ifPresent(t -> {
      String when = DateTimes.rfc3339(DateTimes.withOffset(t.local(), t.instant()));
      json.raw(",").key(v.versionCreated).string(when);
      json.raw(",").key(v.firstCreated).string(when);
    });
    Optional<Embargo> embargo = a.embargo();
    embargo.ifPresent(e -> {
      if (e.instant().isPresent()) {
        String until = DateTimes.rfc3339(
            DateTimes.withOffset(e.local().orElse(utcLocal(e)), e.instant().get()));
        json.raw(",").key(v.embargoed).string(until);
      } else {
        // An embargo the parser could not resolve must not read as "publish now".
        json.raw(",").key(v.pubStatus).string("withheld");
      }
    });
    if (a.end().map(RawLine::raw).filter(e -> e.equalsIgnoreCase("more")).isPresent()) {
      json.raw(",").key(v.representationType).string("partial");
    }
    json.raw(",").key("language").string("en-GB");
    a.headline().ifPresent(h ->
        json.raw(",").key("headlines").raw("[{").key("role").string("main")
            .raw(",").key("value").string(h.text()).raw("}]"));
    a.slug().ifPresent(s -> json.raw(",").key("slugline").string(s.raw()));
    a.byline().ifPresent(b -> json.raw(",").key("by").string(b.raw()));
    if (!a.paragraphs().isEmpty()) {
      bodies(a, v, json);
    }
    edNote(a).ifPresent(note -> json.raw(",").key(v.edNote).string(note));
    descriptions(result, v, json);
    json.raw("}");
    return json;
  }

  private static java.time.LocalDateTime utcLocal(Embargo e) {
    return java.time.LocalDateTime.ofInstant(e.instant().orElseThrow(), java.time.ZoneOffset.UTC);
  }

  private static void bodies(Article a, NinjsVersion v, JsonText json) {
    StringBuilder text = new StringBuilder();
    for (Paragraph p : a.paragraphs()) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(p.text());
    }
    String plain = text.toString();
    int chars = TextCounts.characters(plain);
    int words = TextCounts.words(plain);
    json.raw(",").key("bodies").raw("[");
    body(json, v, "text/plain", chars, words, plain);
    json.raw(",");
    body(json, v, "text/html", chars, words, html(a));
    json.raw("]");
  }

  private static void body(
      JsonText json, NinjsVersion v, String type, int chars, int words, String value) {
    json.raw("{").key("role").string("main");
    json.raw(",").key(v.contentType).string(type);
    json.raw(",").key(v.charCount).number(chars);
    json.raw(",").key(v.wordCount).number(words);
    json.raw(",").key("value").string(value).raw("}");
  }

  /** One {@code <p>} per paragraph, each page marker as {@code <hr class="page-break">}. */
  static String html(Article a) {
    List<List<Page>> breaks = PageBreaks.of(a);
    StringBuilder out = new StringBuilder();
    List<Paragraph> paragraphs = a.paragraphs();
    for (int p = 0; p <= paragraphs.size(); p++) {
      for (Page page : breaks.get(p)) {
        out.append("<hr class=\"page-break\" data-page=\"").append(page.number()).append("\">");
      }
      if (p < paragraphs.size()) {
        HtmlText.escape(paragraphs.get(p).text(), out.append("<p>")).append("</p>");
      }
    }
    return out.toString();
  }

  /** The notes, one paragraph each; first the embargo line if it could not be resolved. */
  private static Optional<String> edNote(Article a) {
    StringBuilder note = new StringBuilder();
    a.embargo().filter(e -> e.instant().isEmpty()).ifPresent(e -> note.append(e.raw()));
    for (Paragraph p : a.notes()) {
      if (note.length() > 0) {
        note.append("\n\n");
      }
      note.append(p.text());
    }
    return note.length() == 0 ? Optional.empty() : Optional.of(note.toString());
  }

  private static void descriptions(ParseResult result, NinjsVersion v, JsonText json) {
    List<RawLine> unrecognised = result.article().unrecognised();
    List<Diagnostic> diagnostics = result.diagnostics();
    if (unrecognised.isEmpty() && diagnostics.isEmpty()) {
      return;
    }
    json.raw(",").key("descriptions").raw("[");
    boolean first = true;
    for (RawLine line : unrecognised) {
      first = description(json, v, first, UNRECOGNISED_ROLE, line.raw());
    }
    for (Diagnostic d : diagnostics) {
      first = description(json, v, first, DIAGNOSTIC_ROLE, d.toString());
    }
    json.raw("]");
  }

  private static boolean description(
      JsonText json, NinjsVersion v, boolean first, String role, String value) {
    json.raw(first ? "{" : ",{").key("role").string(role);
    json.raw(",").key(v.contentType).string("text/plain");
    json.raw(",").key("value").string(value).raw("}");
    return false;
  }
}
