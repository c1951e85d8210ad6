package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;

/** The NITF document read back field by field with a hardened parser. */
class NitfWriterTest {

  private static final WireParser PARSER = WireParser.builder().build();
  private static final String STORY =
      "\n\n“HARBOUR TOWN VOTES\n\nPA\n\nTRANSPORT Ferry Harbour\n\n10-May-2019 10:57:56\n\n"
          + "By Alex Example & Jo Bloggs, PA\n\nEmbargoed to 0001 Saturday May 11\n\n"
          + "Page 1\n\nCouncillors voted <to> keep the ferry & more ]]> here.\n\n"
          + "Page 2\n\n\"We listened,\" the leader said.\n\nends\n\nNote to editors: one.\n";

  private static List<String> texts(Document doc, String name) {
    return SafeXml.elements(doc, name).stream().map(Element::getTextContent).toList();
  }

  @Test
  void mapsEveryElement() throws Exception {
    ParseResult story = PARSER.parse(STORY);
    WriteResult written = NitfWriter.toNitf(story);
    assertEquals(List.of(), written.warnings());
    Document doc = SafeXml.parse(written.text());
    Element root = doc.getDocumentElement();
    assertEquals("nitf", root.getTagName());
    assertEquals(NitfWriter.NITF_VERSION, root.getAttribute("version"));
    assertEquals("HARBOUR TOWN VOTES", SafeXml.only(doc, "title").getTextContent());
    Element docdata = SafeXml.only(doc, "docdata");
    assertEquals("embargoed", docdata.getAttribute("management-status"));
    Element docId = SafeXml.only(doc, "doc-id");
    assertEquals("PA", docId.getAttribute("regsrc"));
    assertEquals("urn:wirecopy:pa:transport-ferry-harbour:20190510T095756Z",
        docId.getAttribute("id-string"));
    assertEquals("20190510T105756+0100", SafeXml.only(doc, "date.issue").getAttribute("norm"));
    assertEquals("20190511T000100+0100", SafeXml.only(doc, "date.release").getAttribute("norm"));
    assertEquals("TRANSPORT Ferry Harbour", SafeXml.only(doc, "du-key").getAttribute("key"));
    assertEquals(List.of("Ferry", "Harbour"), SafeXml.elements(doc, "keyword").stream()
        .map(k -> k.getAttribute("key")).toList());
    assertEquals("HARBOUR TOWN VOTES", SafeXml.only(doc, "hl1").getTextContent());
    assertEquals("By Alex Example & Jo Bloggs, PA", SafeXml.only(doc, "byline").getTextContent());
    assertEquals("PA", SafeXml.only(doc, "distributor").getTextContent());
    assertEquals(List.of("Councillors voted <to> keep the ferry & more ]]> here.",
        "\"We listened,\" the leader said."), texts(doc, "p"));
    List<Element> breaks = SafeXml.elements(doc, "hr");
    assertEquals(List.of("page-1", "page-2"), breaks.stream().map(b -> b.getAttribute("id")).toList());
    assertEquals("page-break", breaks.get(0).getAttribute("class"));
    // Page 2 stands between the two paragraphs.
    assertEquals("p", ((Element) breaks.get(1).getPreviousSibling().getPreviousSibling()).getTagName());
    List<Element> messages = SafeXml.elements(doc, "ed-msg");
    assertEquals("wirecopy-note", messages.get(0).getAttribute("msg-type"));
    assertEquals("Note to editors: one.", messages.get(0).getAttribute("info"));
    assertEquals("wirecopy-diagnostic", messages.get(1).getAttribute("msg-type"));
    assertEquals(story.diagnostics().get(0).toString(), messages.get(1).getAttribute("info"));
    assertTrue(written.text().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf"));
  }

  @Test
  void aDisallowedCharacterIsReplacedAndReported() throws Exception {
    ParseResult story =
        PARSER.parse("H\n\nPA\n\nPOLICE Abuse\n\n10-May-2019 10:57:56\n\nOne.\n\nTw\uFFFEo\uFFFF.\n");
    WriteResult written = NitfWriter.toNitf(story);
    Document doc = SafeXml.parse(written.text());
    assertEquals(List.of("One.", "Tw\uFFFDo\uFFFD."), texts(doc, "p"));
    assertEquals(1, written.warnings().size());
    WriteWarning warning = written.warnings().get(0);
    assertEquals(WriteWarning.Code.XML_CHARACTER_REPLACED, warning.code());
    assertEquals("paragraphs[1]", warning.element());
    assertEquals(11, warning.span().firstLine());
    assertTrue(warning.message().startsWith("2 characters"), warning.message());
    assertTrue(warning.message().contains("U+FFFE at character 3"), warning.message());
  }

  @Test
  void anUnresolvedEmbargoIsWithheldWithTheLineAsAMessage() throws Exception {
    Document doc = SafeXml.parse(NitfWriter.toNitf(PARSER.parse(
        "H\n\nPA\n\nPOLICE Abuse\n\nEmbargoed to 0001 Monday February 30\n\nText.\n")).text());
    assertEquals("withheld", SafeXml.only(doc, "docdata").getAttribute("management-status"));
    assertTrue(SafeXml.elements(doc, "date.release").isEmpty());
    Element message = SafeXml.elements(doc, "ed-msg").get(0);
    assertEquals("wirecopy-embargo", message.getAttribute("msg-type"));
    assertEquals("Embargoed to 0001 Monday February 30", message.getAttribute("info"));
  }

  @Test
  void aBareStoryHasOnlyWhatItHas() throws Exception {
    WriteResult written = NitfWriter.toNitf(PARSER.parse("Just one line\n").article());
    Document doc = SafeXml.parse(written.text());
    assertEquals("", SafeXml.only(doc, "docdata").getAttribute("management-status"));
    for (String absent : List.of("date.issue", "date.release", "du-key", "byline", "p", "hr")) {
      assertTrue(SafeXml.elements(doc, absent).isEmpty(), absent);
    }
    assertEquals("Just one line", SafeXml.only(doc, "hl1").getTextContent());
    assertTrue(SafeXml.only(doc, "doc-id").getAttribute("id-string")
        .startsWith("urn:wirecopy:unknown-source:no-slug:h-"));
  }

  @Test
  void aRepeatedPageNumberKeepsIdsUnique() throws Exception {
    Document doc = SafeXml.parse(NitfWriter.toNitf(PARSER.parse(
        "H\n\nPA\n\nPOLICE Abuse\n\n10-May-2019 10:57:56\n\nPage 2\n\nOne.\n\nPage 2\n\nTwo.\n"))
        .text());
    assertEquals(List.of("page-2", "page-2-2"),
        SafeXml.elements(doc, "hr").stream().map(b -> b.getAttribute("id")).toList());
  }
}
