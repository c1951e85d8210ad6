package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.wirecopy.Article;
import org.wirecopy.ParseResult;
import org.wirecopy.WireParser;

class NinjsWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WireParser PARSER = WireParser.builder().build();
  private static final String SEED =
      "\n\n“HARBOUR TOWN VOTES\n\nPA\n\nTRANSPORT Ferry\n\n02-Dec-2019 16:04:11\n\n"
          + "By Alex Example, Press Association\n\nEmbargoed to 0001 Tuesday December 3\n\n"
          + "Page 1\n\nCouncillors voted to keep the ferry.\n\nThe service <costs> £2 & more.\n\n"
          + "Page 2\n\n\"We listened,\" the leader said.\n\nends\n\nNote to editors: one.\n\n"
          + "Note two.\n";

  private static JsonNode ninjs(ParseResult result, NinjsVersion version) throws Exception {
    return JSON.readTree(NinjsWriter.toJson(result, version));
  }

  private static ParseResult parse(String text) throws Exception {
    return PARSER.parse(text);
  }

  @Test
  void mapsEveryElementInVersion21() throws Exception {
    ParseResult seed = parse(SEED);
    JsonNode n = ninjs(seed, NinjsVersion.V2_1);
    assertEquals("urn:wirecopy:pa:transport-ferry:20191202T160411Z", n.get("uri").asText());
    assertEquals("text", n.get("type").asText());
    assertEquals("1", n.get("version").asText());
    // December: GMT, so the offset is +00:00; the instant is the model's.
    assertEquals("2019-12-02T16:04:11+00:00", n.get("versioncreated").asText());
    assertEquals("2019-12-02T16:04:11+00:00", n.get("firstcreated").asText());
    assertEquals("2019-12-03T00:01:00+00:00", n.get("embargoed").asText());
    assertEquals("en-GB", n.get("language").asText());
    assertEquals("main", n.get("headlines").get(0).get("role").asText());
    assertEquals("HARBOUR TOWN VOTES", n.get("headlines").get(0).get("value").asText());
    assertEquals("TRANSPORT Ferry", n.get("slugline").asText());
    assertEquals("By Alex Example, Press Association", n.get("by").asText());
    assertEquals("Note to editors: one.\n\nNote two.", n.get("ednote").asText());
    JsonNode plain = n.get("bodies").get(0);
    assertEquals("text/plain", plain.get("contenttype").asText());
    assertEquals(
        "Councillors voted to keep the ferry.\n\nThe service <costs> £2 & more.\n\n"
            + "\"We listened,\" the leader said.",
        plain.get("value").asText());
    JsonNode html = n.get("bodies").get(1);
    assertEquals("text/html", html.get("contenttype").asText());
    assertEquals(
        "<hr class=\"page-break\" data-page=\"1\"><p>Councillors voted to keep the ferry.</p>"
            + "<p>The service &lt;costs&gt; £2 &amp; more.</p>"
            + "<hr class=\"page-break\" data-page=\"2\"><p>&quot;We listened,&quot; the leader said.</p>",
        html.get("value").asText());
    assertFalse(n.has("pubstatus"));
    assertFalse(n.has("representationtype"));
    JsonNode description = n.get("descriptions").get(0);
    assertEquals(NinjsWriter.DIAGNOSTIC_ROLE, description.get("role").asText());
    assertEquals(seed.diagnostics().get(0).toString(), description.get("value").asText());
    assertEquals(seed.diagnostics().size(), n.get("descriptions").size());
  }

  @Test
  void version31UsesCamelCaseNames() throws Exception {
    JsonNode n = ninjs(parse(SEED), NinjsVersion.V3_1);
    assertEquals("2019-12-03T00:01:00+00:00", n.get("embargoedUntil").asText());
    assertEquals("2019-12-02T16:04:11+00:00", n.get("versionCreated").asText());
    assertEquals("2019-12-02T16:04:11+00:00", n.get("firstCreated").asText());
    assertEquals("Note to editors: one.\n\nNote two.", n.get("edNote").asText());
    assertEquals("text/plain", n.get("bodies").get(0).get("contentType").asText());
    assertTrue(n.get("bodies").get(0).has("wordCount"));
    assertTrue(n.get("bodies").get(0).has("charCount"));
    for (String lower : List.of("embargoed", "versioncreated", "ednote")) {
      assertFalse(n.has(lower), lower);
    }
  }

  @Test
  void summerTimeCarriesItsOffset() throws Exception {
    JsonNode n = ninjs(parse("H\n\nPA\n\nPOLICE Abuse\n\n10-May-2019 10:57:56\n\n"
        + "Embargoed to 0001 Saturday May 11\n\nText.\n"), NinjsVersion.V2_1);
    assertEquals("2019-05-10T10:57:56+01:00", n.get("versioncreated").asText());
    assertEquals("2019-05-11T00:01:00+01:00", n.get("embargoed").asText());
  }

  @Test
  void countsWordsAndCharactersOfThePlainText() throws Exception {
    JsonNode body = ninjs(parse("H\n\nPA\n\nPOLICE Abuse\n\n10-May-2019 10:57:56\n\n"
        + "One two  three.\n\nFour 😀.\n"), NinjsVersion.V2_1).get("bodies").get(0);
    assertEquals("One two  three.\n\nFour 😀.", body.get("value").asText());
    assertEquals(5, body.get("wordcount").asInt());
    // 15 + 2 line feeds + 7 code points ("Four ", the emoji as one, ".").
    assertEquals(15 + 2 + 7, body.get("charcount").asInt());
  }

  @Test
  void anUnresolvedEmbargoWithholdsTheStoryAndSaysWhy() throws Exception {
    JsonNode n = ninjs(parse("H\n\nPA\n\nPOLICE Abuse\n\nEmbargoed to 0001 Monday February 30\n\n"
        + "Text.\n"), NinjsVersion.V2_1);
    assertFalse(n.has("embargoed"));
    assertEquals("withheld", n.get("pubstatus").asText());
    assertEquals("Embargoed to 0001 Monday February 30", n.get("ednote").asText());
  }

  @Test
  void copySentInPartsIsPartial() throws Exception {
    JsonNode n = ninjs(parse("H\n\nPA\n\nPOLICE Abuse\n\n10-May-2019 10:57:56\n\nText.\n\nmore\n"),
        NinjsVersion.V3_1);
    assertEquals("partial", n.get("representationType").asText());
  }

  @Test
  void absentElementsAreLeftOut() throws Exception {
    JsonNode n = ninjs(parse("Just one line\n"), NinjsVersion.V2_1);
    for (String key : List.of("versioncreated", "embargoed", "slugline", "by", "bodies", "ednote")) {
      assertFalse(n.has(key), key);
    }
    assertTrue(n.get("uri").asText().startsWith("urn:wirecopy:unknown-source:no-slug:h-"));
  }

  @Test
  void unrecognisedHeaderLinesAreDescriptions() throws Exception {
    JsonNode n = ninjs(parse("H\nPA\nStray header line\nPOLICE Abuse\n10-May-2019 10:57:56\n\nText.\n"),
        NinjsVersion.V2_1);
    List<String> unrecognised = new ArrayList<>();
    n.get("descriptions").forEach(d -> {
      if (d.get("role").asText().equals(NinjsWriter.UNRECOGNISED_ROLE)) {
        unrecognised.add(d.get("value").asText());
      }
    });
    assertEquals(List.of("Stray header line"), unrecognised);
  }

  @Test
  void theUriIsStableAndPercentEncoded() throws Exception {
    String story = "H\n\nPress Association\n\nA&E Waiting Café UPDATE 2\n\n10-May-2019 10:57:56\n\nText.\n";
    JsonNode n = ninjs(parse(story), NinjsVersion.V2_1);
    assertEquals("urn:wirecopy:press-association:a%26e-waiting-caf%C3%A9:20190510T095756Z",
        n.get("uri").asText());
    assertEquals("UPDATE 2", n.get("version").asText());
    // The version tag is not part of the identity: an update has the same slug part.
    JsonNode first = ninjs(parse(story.replace(" UPDATE 2", "")), NinjsVersion.V2_1);
    assertEquals(n.get("uri"), first.get("uri"));
    assertEquals("1", first.get("version").asText());
  }

  @Test
  void storiesWithoutTimestampAreToldApartByContent() throws Exception {
    String a = ninjs(parse("H\n\nPA\n\nPOLICE Abuse\n\nText one.\n"), NinjsVersion.V2_1)
        .get("uri").asText();
    String again = ninjs(parse("H\n\nPA\n\nPOLICE Abuse\n\nText one.\n"), NinjsVersion.V2_1)
        .get("uri").asText();
    String b = ninjs(parse("H\n\nPA\n\nPOLICE Abuse\n\nText two.\n"), NinjsVersion.V2_1)
        .get("uri").asText();
    assertEquals(a, again);
    assertNotEquals(a, b);
    assertTrue(a.matches("urn:wirecopy:pa:police-abuse:h-[0-9a-f]{16}"), a);
  }

  @Property(tries = 300)
  void datesNameTheModelsInstantsAndTheUriIsAUri(@ForAll("articles") Article article)
      throws Exception {
    JsonNode n = JSON.readTree(NinjsWriter.toJson(article, NinjsVersion.V2_1));
    article.timestamp().ifPresent(t -> assertEquals(t.instant(),
        OffsetDateTime.parse(n.get("versioncreated").asText()).toInstant()));
    article.embargo().flatMap(e -> e.instant()).ifPresent(i -> assertEquals(i,
        OffsetDateTime.parse(n.get("embargoed").asText()).toInstant()));
    URI uri = new URI(n.get("uri").asText());
    assertEquals("urn", uri.getScheme());
    assertEquals(4, uri.getRawSchemeSpecificPart().split(":", -1).length, uri.toString());
  }

  @Provide
  net.jqwik.api.Arbitrary<Article> articles() {
    return GeneratedArticles.articles();
  }
}
