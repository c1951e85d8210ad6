package org.wirecopy.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the wire text of one story from fuzzer input: each element present or not, drawn in one of
 * the variants FORMAT.md allows, with free text from the fuzzer, laid out with any line ends, blank
 * lines, header order, trailing white space and byte-order mark. The fuzzer steers every choice, so
 * coverage feedback reaches the shapes of the text, not only its bytes.
 */
final class FuzzedStory {

  private static final String[] SOURCES = {"PA", "PA Media", "Press Association", "pa media"};
  private static final String[] CATEGORIES = {"POLICE", "POLITICS", "HEALTH", "F1", "A&E", "TRANSPORT"};
  private static final String[] KEYWORDS = {"Ferry", "Abuse", "NHS", "Winter", "Tax", "Monaco", "Vote"};
  private static final String[] VERSIONS = {
    "UPDATE", "UPDATE 2", "CORRECTED", "CORRECTION", "Writethru", "2nd Writethru", "2ndLead", "LATEST"
  };
  private static final String[] NAMES = {
    "Alex Example", "Jo Bloggs", "Sam O'Neill", "Ana de Souza", "Kim Smith-Jones", "Lee van Dijk"
  };
  private static final String[] AFFILIATIONS = {
    "PA", "Press Association", "Political Editor, PA", "Health Correspondent", "PA Reporter"
  };
  private static final String[] NAME_SEPARATORS = {", ", " and ", " & "};
  private static final String[] WORDS = {
    "harbour", "TOWN", "votes", "“Quoted", "words,”", "\"plain\"", "‘single’", "TOWN’S", "café",
    "£300", "naïve", "😀", "\t", "\u00A0", "ferry", "Page", "By", "the", "ends", "more", "PA",
    "Embargoed", "10-May-2019", "-", "O'Neill", "Ü", "’", "'"
  };
  private static final String[] ENDS = {"ends", "ENDS", "-ends-", "- ends -", "End", "more", "MORE"};
  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};

  private final FuzzedDataProvider data;

  private FuzzedStory(FuzzedDataProvider data) {
    this.data = data;
  }

  /** What the fuzzer chose, with the timestamp it wrote (if it wrote one). */
  record Drawn(String text, Optional<LocalDateTime> timestamp) {}

  /**
   * Draws one story.
   *
   * @param data the fuzzer's input
   * @return the wire text and what it was built from
   */
  static Drawn draw(FuzzedDataProvider data) {
    return new FuzzedStory(data).draw();
  }

  private Drawn draw() {
    List<String> header = new ArrayList<>();
    if (data.consumeBoolean()) {
      header.add(pick(SOURCES));
    }
    if (data.consumeBoolean()) {
      header.add(slug());
    }
    Optional<LocalDateTime> timestamp = Optional.empty();
    if (data.consumeBoolean()) {
      LocalDateTime t = dateTime();
      timestamp = Optional.of(t);
      header.add(timestamp(t));
      if (data.consumeBoolean()) {
        header.add(embargo(t));
      }
    }
    if (data.consumeBoolean()) {
      header.add(byline());
    }
    if (data.consumeBoolean() && !header.isEmpty()) {
      // Header lines are recognised by shape, not position.
      int i = data.consumeInt(0, header.size() - 1);
      int j = data.consumeInt(0, header.size() - 1);
      String swap = header.get(i);
      header.set(i, header.get(j));
      header.set(j, swap);
    }
    if (data.consumeBoolean() && !header.isEmpty()) {
      header.add(data.consumeInt(0, header.size()), freeLine());
    }

    List<List<String>> blocks = new ArrayList<>();
    boolean hasHeadline = data.consumeBoolean();
    if (hasHeadline) {
      List<String> headline = new ArrayList<>();
      headline.add(headline());
      if (data.consumeBoolean()) {
        headline.add(headline());
      }
      blocks.add(headline);
    }
    boolean tightHeader = data.consumeBoolean();
    if (tightHeader) {
      blocks.add(header);
    } else {
      header.forEach(h -> blocks.add(List.of(h)));
    }
    int page = 1;
    boolean pagedFromTheStart = data.consumeBoolean();
    if (pagedFromTheStart) {
      blocks.add(List.of(pageMarker(page++)));
    }
    int paragraphs = data.consumeInt(0, 5);
    for (int p = 0; p < paragraphs; p++) {
      // The writer puts each paragraph on one line, so a body that starts before its first page
      // marker needs three paragraphs before it (see WireTextWriter); without a headline, the
      // first paragraph is read as the headline.
      if (p > 0 && (pagedFromTheStart || p >= (hasHeadline ? 3 : 4)) && data.consumeBoolean()) {
        if (data.consumeBoolean()) {
          blocks.add(List.of(data.consumeBoolean() ? "MORE" : "more"));
        }
        blocks.add(List.of(pageMarker(data.consumeBoolean() ? page++ : data.consumeInt(0, 10_000))));
      }
      blocks.add(paragraph());
    }
    if (data.consumeBoolean()) {
      blocks.add(List.of(pick(ENDS)));
      int notes = data.consumeInt(0, 2);
      for (int n = 0; n < notes; n++) {
        blocks.add(paragraph());
      }
    }
    return new Drawn(layout(blocks), timestamp);
  }

  /** Joins the blocks with blank lines, in the fuzzer's choice of line ends and white space. */
  private String layout(List<List<String>> blocks) {
    StringBuilder text = new StringBuilder();
    if (data.consumeBoolean()) {
      text.append('\uFEFF');
    }
    boolean mixed = data.consumeBoolean();
    String lineEnd = pick(LINE_ENDS);
    int leading = data.consumeInt(0, 2);
    for (int i = 0; i < leading; i++) {
      text.append(mixed ? pick(LINE_ENDS) : lineEnd);
    }
    for (int b = 0; b < blocks.size(); b++) {
      if (b > 0) {
        int blanks = data.consumeInt(1, 2);
        for (int i = 0; i < blanks; i++) {
          text.append(data.consumeBoolean() ? "" : " \t").append(mixed ? pick(LINE_ENDS) : lineEnd);
        }
      }
      for (String line : blocks.get(b)) {
        text.append(line);
        if (data.consumeBoolean()) {
          text.append(data.consumeBoolean() ? " " : "\t ");
        }
        text.append(mixed ? pick(LINE_ENDS) : lineEnd);
      }
    }
    if (data.consumeBoolean() && text.length() > 0) {
      // A file may end without a final line break.
      text.setLength(text.length() - 1);
      if (text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
        text.setLength(text.length() - 1);
      }
    }
    return text.toString();
  }

  private String headline() {
    StringBuilder line = new StringBuilder();
    if (data.consumeBoolean()) {
      line.append(pick(new String[] {"“", "\"", "‘", "'"}));
    }
    line.append(words(1, 6));
    String text = data.consumeBoolean() ? line.toString().toUpperCase(Locale.ROOT) : line.toString();
    if (data.consumeBoolean()) {
      text += pick(new String[] {"”", "\"", "’", "'"});
    }
    return text;
  }

  private String slug() {
    StringBuilder slug = new StringBuilder(pick(CATEGORIES));
    int keywords = data.consumeInt(1, 3);
    for (int i = 0; i < keywords; i++) {
      slug.append(' ').append(pick(KEYWORDS));
    }
    if (data.consumeBoolean()) {
      slug.append(' ').append(pick(VERSIONS));
    }
    return slug.toString();
  }

  private LocalDateTime dateTime() {
    int year = data.consumeInt(1999, 2035);
    Month month = Month.of(data.consumeInt(1, 12));
    int day = data.consumeInt(1, month.length(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)));
    boolean seconds = data.consumeBoolean();
    return LocalDateTime.of(year, month, day, data.consumeInt(0, 23), data.consumeInt(0, 59),
        seconds ? data.consumeInt(0, 59) : 0);
  }

  /** Any accepted spelling of a date-time; seconds are written when they are not zero. */
  private String timestamp(LocalDateTime t) {
    String separator = data.consumeBoolean() ? "-" : " ";
    String day = data.consumeBoolean() || t.getDayOfMonth() >= 10
        ? String.format(Locale.ROOT, "%02d", t.getDayOfMonth())
        : Integer.toString(t.getDayOfMonth());
    String hour = data.consumeBoolean() || t.getHour() >= 10
        ? String.format(Locale.ROOT, "%02d", t.getHour())
        : Integer.toString(t.getHour());
    String time = hour + String.format(Locale.ROOT, ":%02d", t.getMinute());
    if (t.getSecond() != 0 || data.consumeBoolean()) {
      time += String.format(Locale.ROOT, ":%02d", t.getSecond());
    }
    return day + separator + month(t.getMonth()) + separator + t.getYear() + " " + time;
  }

  private String month(Month month) {
    String name = switch (data.consumeInt(0, 3)) {
      case 0 -> month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case 1 -> month == Month.SEPTEMBER ? "Sept" : month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      default -> month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    };
    return data.consumeBoolean() ? name.toUpperCase(Locale.ROOT) : name;
  }

  private String embargo(LocalDateTime filed) {
    LocalDateTime at = filed.toLocalDate().plusDays(data.consumeInt(0, 400)).atTime(
        data.consumeInt(0, 23), data.consumeInt(0, 59));
    String time = switch (data.consumeInt(0, 2)) {
      case 0 -> String.format(Locale.ROOT, "%02d%02d", at.getHour(), at.getMinute());
      case 1 -> String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute());
      default -> String.format(Locale.ROOT, "%d.%02d%s", (at.getHour() + 11) % 12 + 1,
          at.getMinute(), at.getHour() < 12 ? "am" : "pm");
    };
    String zone = data.consumeBoolean() ? "" : pick(new String[] {" BST", " GMT"});
    // The named weekday may be wrong: the date wins, with a warning.
    String weekday = (data.consumeBoolean() ? at.getDayOfWeek() : at.getDayOfWeek().plus(1))
        .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String month = month(at.getMonth());
    String date = data.consumeBoolean()
        ? month + " " + at.getDayOfMonth()
        : at.getDayOfMonth() + " " + month;
    if (data.consumeBoolean()) {
      date += " " + at.getYear();
    }
    return "Embargoed " + (data.consumeBoolean() ? "to" : "until") + " " + time + zone + " "
        + weekday + " " + date;
  }

  private String byline() {
    StringBuilder byline = new StringBuilder(data.consumeBoolean() ? "By " : "BY ");
    int names = data.consumeInt(1, 3);
    for (int i = 0; i < names; i++) {
      if (i > 0) {
        byline.append(pick(NAME_SEPARATORS));
      }
      byline.append(pick(NAMES));
    }
    if (data.consumeBoolean()) {
      byline.append(", ").append(pick(AFFILIATIONS));
    }
    return byline.toString();
  }

  private String pageMarker(int number) {
    return (data.consumeBoolean() ? "Page " : "page ") + number;
  }

  /** One to three hard-wrapped lines. */
  private List<String> paragraph() {
    List<String> lines = new ArrayList<>();
    int count = data.consumeInt(1, 3);
    for (int i = 0; i < count; i++) {
      lines.add(words(1, 12));
    }
    return lines;
  }

  /** A line of anything the fuzzer likes, except a line break or form feed. */
  private String freeLine() {
    return data.consumeString(60).replaceAll("[\\n\\r\\f]", " ");
  }

  private String words(int min, int max) {
    int count = data.consumeInt(min, max);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(data.consumeBoolean() ? pick(WORDS) : freeWord());
    }
    return text.toString();
  }

  private String freeWord() {
    return data.consumeString(12).replaceAll("[\\n\\r\\f]", " ");
  }

  private String pick(String[] choices) {
    return data.pickValue(choices);
  }
}
