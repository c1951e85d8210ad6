package org.wirecopy.testkit;

import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirecopy.Article;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.Embargo;
import org.wirecopy.Headline;
import org.wirecopy.Page;

/**
 * The diagnostics the canonical wire text of a generated article must give, worked out from the
 * format's rules: a missing required element, a dropped stray quote mark, an unrecognised header
 * line, a clock time in a clock change, an embargo that cannot be resolved or names the wrong
 * weekday or zone, a page out of sequence. Nothing else: canonical text has no encoding problems,
 * no duplicates, no stray {@code more} lines.
 */
public final class ExpectedDiagnostics {

  private ExpectedDiagnostics() {}

  /**
   * The codes, sorted by name, that parsing the article's canonical text must report.
   *
   * @param a an article from {@link WireArbitraries} (Europe/London clock times)
   * @return the codes, once per diagnostic, sorted
   */
  public static List<DiagnosticCode> of(Article a) {
    List<DiagnosticCode> codes = new ArrayList<>();
    ZoneRules rules = HeaderArbitraries.LONDON.getRules();
    if (a.headline().isEmpty()) {
      codes.add(DiagnosticCode.MISSING_HEADLINE);
    }
    if (a.source().isEmpty()) {
      codes.add(DiagnosticCode.MISSING_SOURCE);
    }
    if (a.slug().isEmpty()) {
      codes.add(DiagnosticCode.MISSING_SLUG);
    }
    if (a.timestamp().isEmpty()) {
      codes.add(DiagnosticCode.MISSING_TIMESTAMP);
    }
    if (a.paragraphs().isEmpty()) {
      codes.add(DiagnosticCode.MISSING_BODY);
    }
    a.headline().ifPresent(h -> strayQuotes(h, codes));
    a.unrecognised().forEach(u -> codes.add(DiagnosticCode.UNRECOGNISED_HEADER_LINE));
    a.timestamp().ifPresent(t -> {
      int offsets = rules.getValidOffsets(t.local()).size();
      if (offsets == 0) {
        codes.add(DiagnosticCode.TIMESTAMP_DST_GAP);
      } else if (offsets > 1) {
        codes.add(DiagnosticCode.TIMESTAMP_DST_OVERLAP);
      }
    });
    a.embargo().ifPresent(e -> embargo(e, rules, codes));
    List<Page> pages = a.pages();
    for (int i = 1; i < pages.size(); i++) {
      if (pages.get(i).number() != pages.get(i - 1).number() + 1) {
        codes.add(DiagnosticCode.PAGE_OUT_OF_SEQUENCE);
      }
    }
    codes.sort(null);
    return codes;
  }

  private static void strayQuotes(Headline h, List<DiagnosticCode> codes) {
    String joined = h.raw().replace('\n', ' ');
    if (joined.equals(h.text())) {
      return;
    }
    if (!joined.startsWith(h.text())) {
      codes.add(DiagnosticCode.HEADLINE_STRAY_QUOTE);
    }
    if (!joined.endsWith(h.text())) {
      codes.add(DiagnosticCode.HEADLINE_STRAY_QUOTE);
    }
  }

  private static void embargo(Embargo e, ZoneRules rules, List<DiagnosticCode> codes) {
    if (e.local().isEmpty()) {
      codes.add(DiagnosticCode.EMBARGO_UNRESOLVED);
      return;
    }
    int offsets = rules.getValidOffsets(e.local().get()).size();
    if (offsets == 0) {
      codes.add(DiagnosticCode.EMBARGO_DST_GAP);
    } else if (offsets > 1) {
      codes.add(DiagnosticCode.EMBARGO_DST_OVERLAP);
    }
    if (e.weekday().isPresent() && e.weekday().get() != e.local().get().getDayOfWeek()) {
      codes.add(DiagnosticCode.EMBARGO_WEEKDAY_MISMATCH);
    }
    for (String word : e.raw().replace(',', ' ').split(" +")) {
      String upper = word.toUpperCase(Locale.ROOT);
      if (upper.equals("BST") || upper.equals("GMT")) {
        ZoneOffset named = upper.equals("BST") ? ZoneOffset.ofHours(1) : ZoneOffset.UTC;
        if (!named.equals(rules.getOffset(e.instant().orElseThrow()))) {
          codes.add(DiagnosticCode.EMBARGO_ZONE_MISMATCH);
        }
      }
    }
  }
}
