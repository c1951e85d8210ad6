package org.wirecopy.write;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.wirecopy.Article;
import org.wirecopy.Byline;
import org.wirecopy.Diagnostic;
import org.wirecopy.Embargo;
import org.wirecopy.Page;
import org.wirecopy.Paragraph;
import org.wirecopy.ParseResult;
import org.wirecopy.RawLine;
import org.wirecopy.Slug;
import org.wirecopy.Timestamp;

/**
 * Writes a parsed story as one line of JSON, in the documented form: every key always present, an
 * absent element {@code null} or {@code []}, local date-times with seconds and no offset, instants
 * in UTC with {@code Z}.
 */
public final class JsonArticleWriter {

  /** Local date-times always carry seconds, even when they are zero. */
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private JsonArticleWriter() {}

  /**
   * The JSON object for one story, on one line, without a line end.
   *
   * @param result the story and its diagnostics
   * @return the JSON text
   */
  public static String toJson(ParseResult result) {
    return json(result).toString();
  }

  /**
   * Appends the JSON object for one story, on one line, without a line end. The text is made as
   * UTF-8 and decoded to be appended; {@link #write(ParseResult, OutputStream)} skips that step.
   *
   * @param result the story and its diagnostics
   * @param out where to write
   */
  public static void write(ParseResult result, StringBuilder out) {
    out.append(toJson(result));
  }

  /**
   * Writes the JSON object for one story as UTF-8, on one line, without a line end (JSON Lines
   * wants a {@code '\n'} after each): the bytes of {@link #toJson}, made without an intermediate
   * {@code String} and passed to {@code out} in one {@code write}. The fastest way to write JSON
   * Lines; give it a buffered stream, or each story is a write of its own to the file or socket.
   *
   * @param result the story and its diagnostics
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(ParseResult result, OutputStream out) throws IOException {
    json(result).writeTo(out);
  }

  private static JsonText json(ParseResult result) {
    Article a = result.article();
    JsonText json = new JsonText(expectedBytes(a));
    json.raw("{").key("headline").stringOrNull(a.headline().map(h -> h.text()));
    json.raw(",").key("headlineRaw").stringOrNull(a.headline().map(h -> h.raw()));
    json.raw(",").key("source").stringOrNull(a.source().map(s -> s.name()));
    json.raw(",").key("slug");
    optional(json, a.slug(), JsonArticleWriter::slug);
    json.raw(",").key("timestamp");
    optional(json, a.timestamp(), JsonArticleWriter::timestamp);
    json.raw(",").key("byline");
    optional(json, a.byline(), JsonArticleWriter::byline);
    json.raw(",").key("embargo");
    optional(json, a.embargo(), JsonArticleWriter::embargo);
    json.raw(",").key("pages").raw("[");
    List<Page> pages = a.pages();
    for (int i = 0; i < pages.size(); i++) {
      json.raw(i == 0 ? "{" : ",{").key("number").number(pages.get(i).number());
      json.raw(",").key("firstParagraph").number(pages.get(i).firstParagraph()).raw("}");
    }
    json.raw("]");
    json.raw(",").key("paragraphs").strings(a.paragraphs().stream().map(Paragraph::text).toList());
    json.raw(",").key("end").stringOrNull(a.end().map(RawLine::raw));
    json.raw(",").key("notes").strings(a.notes().stream().map(Paragraph::text).toList());
    json.raw(",").key("unrecognised").strings(a.unrecognised().stream().map(RawLine::raw).toList());
    json.raw(",").key("diagnostics").raw("[");
    List<Diagnostic> diagnostics = result.diagnostics();
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      json.raw(i == 0 ? "{" : ",{").key("severity").string(d.severity().name());
      json.raw(",").key("code").string(d.code().name());
      json.raw(",").key("message").string(d.message());
      json.raw(",").key("line").number(d.line());
      json.raw(",").key("column").number(d.column()).raw("}");
    }
    json.raw("]}");
    return json;
  }

  /**
   * About how long a story's JSON is: its paragraphs, which are most of it, with a little room
   * for curly quotes and escapes, and the rest of the document, which is about a kilobyte.
   */
  static int expectedBytes(Article a) {
    long chars = 0;
    for (Paragraph p : a.paragraphs()) {
      chars += p.text().length();
    }
    return (int) Math.min(1 << 20, 1024 + chars + chars / 8);
  }

  private interface Part<T> {
    void write(JsonText json, T value);
  }

  private static <T> void optional(JsonText json, Optional<T> value, Part<T> part) {
    if (value.isPresent()) {
      part.write(json, value.get());
    } else {
      json.raw("null");
    }
  }

  private static void slug(JsonText json, Slug s) {
    json.raw("{").key("raw").string(s.raw());
    json.raw(",").key("category").string(s.category());
    json.raw(",").key("keywords").strings(s.keywords());
    json.raw(",").key("version").stringOrNull(s.version()).raw("}");
  }

  private static void timestamp(JsonText json, Timestamp t) {
    json.raw("{").key("raw").string(t.raw());
    json.raw(",").key("local").string(local(t.local()));
    json.raw(",").key("instant").string(t.instant().toString()).raw("}");
  }

  private static void byline(JsonText json, Byline b) {
    json.raw("{").key("raw").string(b.raw());
    json.raw(",").key("authors").strings(b.authors());
    json.raw(",").key("affiliation").stringOrNull(b.affiliation()).raw("}");
  }

  private static void embargo(JsonText json, Embargo e) {
    json.raw("{").key("raw").string(e.raw());
    json.raw(",").key("local").stringOrNull(e.local().map(JsonArticleWriter::local));
    json.raw(",").key("instant").stringOrNull(e.instant().map(Object::toString));
    json.raw(",").key("weekday").stringOrNull(e.weekday().map(Enum::name)).raw("}");
  }

  private static String local(LocalDateTime t) {
    return LOCAL.format(t);
  }
}
