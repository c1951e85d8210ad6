package org.wirecopy.write;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.wirecopy.Article;
import org.wirecopy.Diagnostic;
import org.wirecopy.Embargo;
import org.wirecopy.Page;
import org.wirecopy.Paragraph;
import org.wirecopy.ParseResult;
import org.wirecopy.SourceSpan;

/**
 * Writes a story as an NITF 3.6 (News Industry Text Format) XML document, with the JDK's own
 * streaming XML writer.
 *
 * <p>The mapping, in short (the project's {@code docs/export.md} has every field): {@code
 * head/title} and {@code body.head/hedline/hl1} hold the cleaned headline; {@code docdata} holds
 * {@code doc-id} (the same identifier as ninjs's {@code uri}), {@code date.issue} (the timestamp,
 * {@code YYYYMMDDTHHMMSS±HHMM}), {@code date.release} and {@code management-status="embargoed"} for
 * a resolved embargo, {@code du-key} (the slug as written) and {@code key-list} (its keywords);
 * {@code body.head} holds {@code byline} and {@code distributor} (the source); {@code body.content}
 * holds one {@code p} per paragraph and an {@code <hr class="page-break" id="page-N"/>} where each
 * page begins. Notes, unrecognised header lines and diagnostics are {@code ed-msg} elements
 * (editorial messages, never published) with the {@code msg-type} {@code wirecopy-note}, {@code
 * wirecopy-unrecognised} and {@code wirecopy-diagnostic}.
 *
 * <p>The document is well-formed for any article: the writer escapes markup characters and
 * replaces characters that XML 1.0 does not allow by U+FFFD, reporting each element where it did so
 * as a {@link WriteWarning} in the result. It never throws, and may be used from any number of
 * threads at once.
 */
public final class NitfWriter {

  /** The {@code version} attribute of the root element. */
  public static final String NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN";

  private final XMLStreamWriter xml;
  private final List<WriteWarning> warnings = new ArrayList<>();
  private int depth;

  private NitfWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /**
   * The NITF document for a story and its diagnostics.
   *
   * @param result the story and the diagnostics to carry along
   * @return the document, ending with a line feed, and what had to be replaced
   */
  public static WriteResult toNitf(ParseResult result) {
    StringWriter out = new StringWriter(4096);
    try {
      // A factory per document: the JDK's factory keeps its last writer in a field, so a shared
      // one is not safe to use from several threads. It is a plain constructor call, no lookup.
      XMLStreamWriter stream = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      NitfWriter writer = new NitfWriter(stream);
      writer.document(result);
      stream.close();
      out.write('\n');
      return new WriteResult(out.toString(), writer.warnings);
    } catch (XMLStreamException e) {
      // A StringWriter does not fail and every name here is a constant.
      throw new IllegalStateException("cannot write NITF", e);
    }
  }

  /**
   * The NITF document for an article alone (no diagnostics).
   *
   * @param article the story
   * @return the document, ending with a line feed, and what had to be replaced
   */
  public static WriteResult toNitf(Article article) {
    return toNitf(new ParseResult(article, List.of()));
  }

  private void document(ParseResult result) throws XMLStreamException {
    Article a = result.article();
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("nitf");
    xml.writeAttribute("version", NITF_VERSION);
    depth = 1;
    open("head");
    if (a.headline().isPresent()) {
      leaf("title", text(a.headline().get().text(), "headline", a.headline().get().span()));
    }
    docdata(result);
    close();
    open("body");
    bodyHead(a);
    bodyContent(a);
    close();
    depth = 0;
    newline();
    xml.writeEndElement();
    xml.writeEndDocument();
  }

  private void docdata(ParseResult result) throws XMLStreamException {
    Article a = result.article();
    open("docdata");
    a.embargo().ifPresent(e -> attribute("management-status",
        e.instant().isPresent() ? "embargoed" : "withheld"));
    empty("doc-id");
    if (a.source().isPresent()) {
      attribute("regsrc", text(a.source().get().name(), "source", a.source().get().span()));
    }
    attribute("id-string", StoryUri.of(a));
    if (a.timestamp().isPresent()) {
      var t = a.timestamp().get();
      empty("date.issue");
      attribute("norm", DateTimes.nitf(DateTimes.withOffset(t.local(), t.instant())));
    }
    if (a.embargo().isPresent()) {
      Embargo e = a.embargo().get();
      if (e.instant().isPresent()) {
        empty("date.release");
        attribute("norm", DateTimes.nitf(DateTimes.withOffset(
            e.local().orElse(java.time.LocalDateTime.ofInstant(e.instant().get(),
                java.time.ZoneOffset.UTC)),
            e.instant().get())));
      } else {
        edMsg("wirecopy-embargo", text(e.raw(), "embargo", e.span()));
      }
    }
    for (int i = 0; i < a.notes().size(); i++) {
      Paragraph note = a.notes().get(i);
      edMsg("wirecopy-note", text(note.text(), "notes[" + i + "]", note.span()));
    }
    for (int i = 0; i < a.unrecognised().size(); i++) {
      var line = a.unrecognised().get(i);
      edMsg("wirecopy-unrecognised", text(line.raw(), "unrecognised[" + i + "]", line.span()));
    }
    for (int i = 0; i < result.diagnostics().size(); i++) {
      Diagnostic d = result.diagnostics().get(i);
      edMsg("wirecopy-diagnostic",
          text(d.toString(), "diagnostics[" + i + "]", SourceSpan.ofLine(d.line())));
    }
    if (a.slug().isPresent()) {
      var slug = a.slug().get();
      empty("du-key");
      attribute("key", text(slug.raw(), "slug", slug.span()));
      open("key-list");
      for (int i = 0; i < slug.keywords().size(); i++) {
        empty("keyword");
        attribute("key", text(slug.keywords().get(i), "slug.keywords[" + i + "]", slug.span()));
      }
      close();
    }
    close();
  }

  private void bodyHead(Article a) throws XMLStreamException {
    open("body.head");
    if (a.headline().isPresent()) {
      open("hedline");
      leaf("hl1", text(a.headline().get().text(), "headline", a.headline().get().span()));
      close();
    }
    if (a.byline().isPresent()) {
      leaf("byline", text(a.byline().get().raw(), "byline", a.byline().get().span()));
    }
    if (a.source().isPresent()) {
      leaf("distributor", text(a.source().get().name(), "source", a.source().get().span()));
    }
    close();
  }

  private void bodyContent(Article a) throws XMLStreamException {
    open("body.content");
    List<List<Page>> breaks = PageBreaks.of(a);
    Map<Integer, Integer> seen = new HashMap<>();
    List<Paragraph> paragraphs = a.paragraphs();
    for (int p = 0; p <= paragraphs.size(); p++) {
      for (Page page : breaks.get(p)) {
        int times = seen.merge(page.number(), 1, Integer::sum);
        empty("hr");
        attribute("class", "page-break");
        // Ids must be unique; a page number the copy repeats gets a suffix.
        attribute("id", "page-" + page.number() + (times > 1 ? "-" + times : ""));
      }
      if (p < paragraphs.size()) {
        Paragraph paragraph = paragraphs.get(p);
        leaf("p", text(paragraph.text(), "paragraphs[" + p + "]", paragraph.span()));
      }
    }
    close();
  }

  private void edMsg(String type, String info) {
    try {
      empty("ed-msg");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    attribute("msg-type", type);
    attribute("info", info);
  }

  /** Text that XML 1.0 can hold, with a warning for this element if it had to be changed. */
  private String text(String value, String element, SourceSpan span) {
    return XmlChars.clean(value, element, span, warnings);
  }

  // Layout: element-only content is indented by two spaces per level, so that the document
  // reads well; text content is never touched.

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Starts a child of the innermost open element, on a line of its own; attributes may follow. */
  private void open(String name) throws XMLStreamException {
    newline();
    xml.writeStartElement(name);
    depth++;
  }

  private void close() throws XMLStreamException {
    depth--;
    newline();
    xml.writeEndElement();
  }

  private void empty(String name) throws XMLStreamException {
    newline();
    xml.writeEmptyElement(name);
  }

  private void leaf(String name, String content) throws XMLStreamException {
    newline();
    xml.writeStartElement(name);
    xml.writeCharacters(content);
    xml.writeEndElement();
  }

  private void attribute(String name, String value) {
    try {
      xml.writeAttribute(name, value);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
