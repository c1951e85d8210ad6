package org.wirecopy.testkit;

import java.time.ZonedDateTime;
import net.jqwik.api.statistics.Statistics;
import org.wirecopy.Article;
import org.wirecopy.Embargo;
import org.wirecopy.Page;
import org.wirecopy.Timestamp;

/**
 * Reports which variants a property saw, as jqwik statistics: one table per element, printed
 * after the property has run, so that a reader can see that every variant was exercised.
 */
public final class ArticleCoverage {

  private ArticleCoverage() {}

  /**
   * Collects the variants of one article. Call it once per try.
   *
   * @param a the article the try used
   */
  public static void collect(Article a) {
    Statistics.label("headline").collect(a.headline()
        .map(h -> h.raw().contains("\n") ? "two lines"
            : h.raw().equals(h.text()) ? "as written" : "stray quote dropped")
        .orElse("absent"));
    Statistics.label("source").collect(a.source()
        .map(s -> s.raw().equals(s.name()) ? s.name() : "other spelling").orElse("absent"));
    Statistics.label("slug").collect(a.slug()
        .map(s -> s.version().isPresent() ? "with version" : s.keywords().size() + " keywords")
        .orElse("absent"));
    Statistics.label("timestamp").collect(a.timestamp().map(ArticleCoverage::timestamp)
        .orElse("absent"));
    Statistics.label("byline").collect(a.byline()
        .map(b -> b.authors().size() + " authors"
            + (b.affiliation().isPresent() ? ", affiliation" : ""))
        .orElse("absent"));
    Statistics.label("embargo").collect(a.embargo().map(ArticleCoverage::embargo)
        .orElse("absent"));
    Statistics.label("pages").collect(pages(a));
    Statistics.label("end").collect(a.end()
        .map(e -> e.raw().equalsIgnoreCase("more") ? "more" : "ends")
        .orElse("absent") + (a.notes().isEmpty() ? "" : ", notes"));
    Statistics.label("unrecognised").collect(a.unrecognised().size());
  }

  private static String timestamp(Timestamp t) {
    ZonedDateTime z = ZonedDateTime.of(t.local(), HeaderArbitraries.LONDON);
    var rules = HeaderArbitraries.LONDON.getRules();
    if (rules.getValidOffsets(t.local()).isEmpty()) {
      return "in the spring-forward gap";
    }
    if (rules.getValidOffsets(t.local()).size() > 1) {
      return "in the autumn overlap";
    }
    if (!t.raw().matches(".*\\d:\\d\\d:\\d\\d$")) {
      return "no seconds";
    }
    if (!Character.isDigit(t.raw().charAt(1))) {
      return "one-digit day";
    }
    return z.getMonthValue() == 12 && z.getDayOfMonth() >= 24 ? "end of year" : "ordinary";
  }

  private static String embargo(Embargo e) {
    if (e.local().isEmpty()) {
      return "unresolved";
    }
    var rules = HeaderArbitraries.LONDON.getRules();
    if (rules.getValidOffsets(e.local().get()).size() != 1) {
      return "at a clock change";
    }
    if (e.weekday().isPresent() && e.weekday().get() != e.local().get().getDayOfWeek()) {
      return "wrong weekday";
    }
    return "resolved";
  }

  private static String pages(Article a) {
    if (a.pages().isEmpty()) {
      return "none";
    }
    boolean more = a.pages().stream().anyMatch(Page::closedByMore);
    boolean before = a.pages().get(0).moreBefore().isPresent();
    return (a.pages().size() == 1 ? "one" : "several")
        + (more ? ", closed by more" : "") + (before ? ", more before the first" : "");
  }
}
