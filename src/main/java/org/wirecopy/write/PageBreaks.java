package org.wirecopy.write;

import java.util.ArrayList;
import java.util.List;
import org.wirecopy.Article;
import org.wirecopy.Page;

/**
 * Where the page markers of an article fall among its paragraphs, for the writers that mark page
 * breaks inside a body: entry {@code p} holds the pages that begin just before paragraph {@code p},
 * in order; the last entry (index = number of paragraphs) the pages that begin after the last one.
 */
final class PageBreaks {

  private PageBreaks() {}

  static List<List<Page>> of(Article a) {
    int n = a.paragraphs().size();
    List<List<Page>> before = new ArrayList<>(n + 1);
    for (int i = 0; i <= n; i++) {
      before.add(new ArrayList<>(0));
    }
    for (Page page : a.pages()) {
      before.get(Math.min(page.firstParagraph(), n)).add(page);
    }
    return before;
  }
}
