package org.wirecopy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirecopy.DiagnosticCode;
import org.wirecopy.Page;
import org.wirecopy.Paragraph;
import org.wirecopy.RawLine;
import org.wirecopy.SourceSpan;

/**
 * Reads a story's body: paragraphs, page markers, {@code more} lines, the end marker and the notes
 * after it. Once the body has begun, header-shaped lines are ordinary text.
 */
final class BodyAssembler {

  private final StoryText story;
  private final DiagnosticCollector diagnostics;

  final List<Paragraph> paragraphs = new ArrayList<>();
  final List<Page> pages = new ArrayList<>();
  final List<Paragraph> notes = new ArrayList<>();
  Optional<RawLine> end = Optional.empty();

  private final List<Line> run = new ArrayList<>();
  /** A {@code more} line that closed the copy before the first page marker; the marker keeps it. */
  private RawLine moreBeforeFirstPage;

  BodyAssembler(StoryText story, DiagnosticCollector diagnostics) {
    this.story = story;
    this.diagnostics = diagnostics;
  }

  void assemble(int from) {
    for (int k = from; k < story.size(); k++) {
      Line line = story.get(k);
      if (!line.hasText()) {
        flush();
        continue;
      }
      if (end.isPresent()) {
        run.add(line);
        continue;
      }
      switch (line.shape()) {
        case PAGE -> {
          flush();
          page(line);
        }
        case END -> {
          flush();
          end = Optional.of(raw(line));
        }
        case MORE -> {
          flush();
          more(line, k);
        }
        default -> run.add(line);
      }
    }
    flush();
  }

  private void page(Line line) {
    int number = (Integer) line.value();
    if (!pages.isEmpty() && number != pages.get(pages.size() - 1).number() + 1) {
      diagnostics.add(
          DiagnosticCode.PAGE_OUT_OF_SEQUENCE,
          "page " + number + " follows page " + pages.get(pages.size() - 1).number(),
          line.number(),
          line.firstColumn());
    }
    pages.add(
        new Page(number, paragraphs.size(), line.trimmed(), Optional.empty(),
            Optional.ofNullable(moreBeforeFirstPage), SourceSpan.ofLine(line.number())));
    moreBeforeFirstPage = null;
  }

  /**
   * A {@code more} line: before a page marker it closes the open page (or, before the first marker,
   * the unmarked copy, and that marker keeps it); as the story's last line it is the end marker;
   * anywhere else it is kept as a paragraph.
   */
  private void more(Line line, int k) {
    int next = story.nextText(k);
    if (next < 0) {
      end = Optional.of(raw(line));
      return;
    }
    int last = pages.size() - 1;
    if (story.get(next).shape() == Shape.PAGE) {
      if (last >= 0 && !pages.get(last).closedByMore()) {
        pages.set(last, pages.get(last).closedBy(raw(line)));
        return;
      }
      if (last < 0 && moreBeforeFirstPage == null) {
        moreBeforeFirstPage = raw(line);
        return;
      }
    }
    diagnostics.add(
        DiagnosticCode.MORE_WITHOUT_PAGE,
        "a more line that neither closes a page nor ends the story; kept as a paragraph",
        line.number(),
        line.firstColumn());
    run.add(line);
    flush();
  }

  private static RawLine raw(Line line) {
    return new RawLine(line.trimmed(), SourceSpan.ofLine(line.number()));
  }

  /** Ends the current run of lines as a paragraph, or as a note after the end marker. */
  private void flush() {
    if (run.isEmpty()) {
      return;
    }
    Paragraph paragraph =
        new Paragraph(
            TextJoiner.join(run, " "),
            new SourceSpan(run.get(0).number(), run.get(run.size() - 1).number()));
    (end.isPresent() ? notes : paragraphs).add(paragraph);
    run.clear();
  }
}
