package org.wirecopy.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.Article;
import org.wirecopy.WireFormatException;
import org.wirecopy.WireParser;

class WireTextWriterTest {

  private static final WireParser PARSER = WireParser.builder().build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\n\n“HARBOUR VOTES\n\nPA\n\nTRANSPORT Ferry\n\n02-Dec-2019 16:04:11\n\n"
            + "By Alex Example, Press Association\n\nEmbargoed to 0001 Tuesday December 3\n\n"
            + "Page 1\n\nOne.\n\nTwo.\n",
        "TWO LINE\nHEADLINE\n10-May-2019 10:57:56\nPOLICE Abuse\npa media\nOdd line\nPage 1\n"
            + "One\nwrapped.\nMORE\nPage 2\nTwo.\nmore\nPage 3\nThree.\n- ends -\nNote one.\n\nNote two.\n",
        "H\nPA\nStray header line\nPOLICE Abuse\n10-May-2019 10:57:56\nText.\nmore\n",
        "Just text\n",
        "H\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\n\nOne.\n\nMORE\n\nPage 2\n\nTwo.\nmore\nPage 3\n",
        "H\nPA\nPOLICE Abuse\n10-May-2019 10:57:56\nMORE\nPage 2\n\nTwo.\n",
        "",
      })
  void parsingTheWrittenTextGivesAnEqualArticle(String input) throws WireFormatException {
    Article article = PARSER.parse(input).article();
    String written = WireTextWriter.toWireText(article);
    assertEquals(article, PARSER.parse(written).article(), written);
    assertEquals(written, WireTextWriter.toWireText(PARSER.parse(written).article()));
  }

  @org.junit.jupiter.api.Test
  void writesCanonicalOrder() throws WireFormatException {
    Article a = PARSER.parse(
        "H\n10-May-2019 10:57:56\nBy Jo Bloggs\nPOLICE Abuse\nPA\n\nText.\nends\n").article();
    assertEquals(
        List.of("H", "", "PA", "", "POLICE Abuse", "", "10-May-2019 10:57:56", "", "By Jo Bloggs",
            "", "Text.", "", "ends"),
        WireTextWriter.toWireText(a).lines().toList());
  }
}
