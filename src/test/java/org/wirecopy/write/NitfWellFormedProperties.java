package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.wirecopy.Article;
import org.wirecopy.ParseResult;

/**
 * The NITF output of any article is well-formed XML that a hardened JDK parser reads back to the
 * article's text: unchanged, except that characters XML 1.0 does not allow read as U+FFFD (with a
 * warning naming the element) and line ends and attribute white space read as XML normalises them.
 */
class NitfWellFormedProperties {

  @Property(tries = 500)
  void readsBackAsWritten(@ForAll("results") ParseResult result) throws Exception {
    Article a = result.article();
    WriteResult written = NitfWriter.toNitf(result);
    Document doc = SafeXml.parse(written.text());
    assertEquals("nitf", doc.getDocumentElement().getTagName());

    List<String> paragraphs =
        SafeXml.elements(doc, "p").stream().map(Element::getTextContent).toList();
    assertEquals(a.paragraphs().stream().map(p -> asText(p.text())).toList(), paragraphs);
    assertEquals(a.pages().size(), SafeXml.elements(doc, "hr").size());
    a.headline().ifPresent(h -> {
      assertEquals(asText(h.text()), SafeXml.only(doc, "hl1").getTextContent());
      assertEquals(asText(h.text()), SafeXml.only(doc, "title").getTextContent());
    });
    a.byline().ifPresent(b ->
        assertEquals(asText(b.raw()), SafeXml.only(doc, "byline").getTextContent()));
    a.slug().ifPresent(s -> {
      assertEquals(asAttribute(s.raw()), SafeXml.only(doc, "du-key").getAttribute("key"));
      assertEquals(s.keywords().stream().map(NitfWellFormedProperties::asAttribute).toList(),
          SafeXml.elements(doc, "keyword").stream().map(k -> k.getAttribute("key")).toList());
    });
    List<String> notes = SafeXml.elements(doc, "ed-msg").stream()
        .filter(m -> m.getAttribute("msg-type").equals("wirecopy-note"))
        .map(m -> m.getAttribute("info")).toList();
    assertEquals(a.notes().stream().map(n -> asAttribute(n.text())).toList(), notes);

    Set<String> warned = written.warnings().stream()
        .map(WriteWarning::element).filter(e -> e.startsWith("paragraphs["))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> needed = new TreeSet<>();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      if (!a.paragraphs().get(i).text().equals(allowedOnly(a.paragraphs().get(i).text()))) {
        needed.add("paragraphs[" + i + "]");
      }
    }
    assertEquals(needed, warned);
  }

  @Provide
  Arbitrary<ParseResult> results() {
    return GeneratedArticles.results();
  }

  /** XML 1.0's Char production, by code point (a lone surrogate is a code point of its own). */
  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static String allowedOnly(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
    return out.toString();
  }

  /** What an XML parser reports for text content: line ends normalised to LF (XML 1.0 §2.11). */
  private static String asText(String s) {
    return allowedOnly(s).replace("\r\n", "\n").replace('\r', '\n');
  }

  /** What an XML parser reports for an attribute: white space characters as spaces (§3.3.3). */
  private static String asAttribute(String s) {
    return asText(s).replace('\n', ' ').replace('\t', ' ');
  }
}
