package org.wirecopy.bench.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference point for the benchmarks, not part of wirecopy: the straightforward regex-based
 * parser a developer might write in an afternoon. It splits the text into lines with a regex,
 * splits stories at end markers and form feeds, and matches each header line against one pattern
 * per element; paragraphs are runs of non-blank lines. No diagnostics, no encoding repair, no
 * line accounting: it does less than wirecopy, so it flatters itself, and is still the yardstick
 * the issue names.
 */
public final class RegexWireParser {

  private static final Pattern LINE_END = Pattern.compile("\\r\\n|\\r|\\n");
  private static final Pattern BLANK = Pattern.compile("[\\s\\u00a0]*");
  private static final Pattern END = Pattern.compile("(?i)\\s*(ends|end|-ends-|- ends -)\\s*");
  private static final Pattern MORE = Pattern.compile("(?i)\\s*more\\s*");
  private static final Pattern SOURCE = Pattern.compile("(?i)\\s*(PA|PA Media|Press Association)\\s*");
  private static final Pattern SLUG =
      Pattern.compile("\\s*([A-Z0-9&]*[A-Z][A-Z0-9&]*)\\s+(\\S+(?:\\s+\\S+)*)\\s*");
  private static final Pattern TIMESTAMP = Pattern.compile(
      "\\s*(\\d{1,2})[- ]([A-Za-z]{3,9})[- ](\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*");
  private static final Pattern BYLINE = Pattern.compile("(?i)\\s*By\\s+(.+?)\\s*");
  private static final Pattern EMBARGO =
      Pattern.compile("(?i)\\s*Embargoed\\s+(?:to|until)\\s+(.+?)\\s*");
  private static final Pattern PAGE = Pattern.compile("(?i)\\s*Page\\s+(\\d{1,4})\\s*");

  /** What this parser extracts from one story. */
  public record Story(
      String headline,
      Optional<String> source,
      Optional<String> slug,
      Optional<String> timestamp,
      Optional<String> byline,
      Optional<String> embargo,
      List<Integer> pages,
      List<String> paragraphs) {}

  /**
   * Parses every story of an archive.
   *
   * @param text the archive
   * @return its stories, in order
   */
  public List<Story> parseAll(String text) {
    List<Story> stories = new ArrayList<>();
    List<String> story = new ArrayList<>();
    String[] lines = LINE_END.split(text, -1);
    boolean afterEnd = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int formFeed = line.indexOf('\f');
      if (formFeed >= 0) {
        addStory(stories, story);
        afterEnd = false;
        line = line.substring(formFeed + 1);
      }
      if (afterEnd) {
        if (BLANK.matcher(line).matches() || !startsStory(lines, i)) {
          continue; // a note of the story that ended: this parser does not keep notes
        }
        afterEnd = false;
      }
      story.add(line);
      if (END.matcher(line).matches()) {
        addStory(stories, story);
        afterEnd = true;
      }
    }
    addStory(stories, story);
    return stories;
  }

  /** After an end marker, a story starts at a headline: the line just above a source line. */
  private static boolean startsStory(String[] lines, int at) {
    int nonBlank = 0;
    for (int i = at + 1; i < lines.length && nonBlank < 1; i++) {
      if (!BLANK.matcher(lines[i]).matches()) {
        if (SOURCE.matcher(lines[i]).matches()) {
          return true;
        }
        nonBlank++;
      }
    }
    return false;
  }

  private static void addStory(List<Story> stories, List<String> lines) {
    if (!lines.isEmpty()) {
      Story story = parseStory(lines);
      if (!story.headline().isEmpty() || !story.paragraphs().isEmpty()) {
        stories.add(story);
      }
      lines.clear();
    }
  }

  private static Story parseStory(List<String> lines) {
    String headline = "";
    String source = null;
    String slug = null;
    String timestamp = null;
    String byline = null;
    String embargo = null;
    List<Integer> pages = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    boolean inBody = false;
    for (String line : lines) {
      if (BLANK.matcher(line).matches()) {
        flush(paragraph, paragraphs);
        continue;
      }
      Matcher m;
      if ((m = PAGE.matcher(line)).matches()) {
        flush(paragraph, paragraphs);
        pages.add(Integer.parseInt(m.group(1)));
        inBody = true;
      } else if (END.matcher(line).matches() || MORE.matcher(line).matches()) {
        flush(paragraph, paragraphs);
      } else if (inBody) {
        if (paragraph.length() > 0) {
          paragraph.append(' ');
        }
        paragraph.append(line.trim());
      } else if (headline.isEmpty()) {
        headline = line.trim();
      } else if (source == null && SOURCE.matcher(line).matches()) {
        source = line.trim();
      } else if (byline == null && (m = BYLINE.matcher(line)).matches()) {
        byline = m.group(1);
      } else if (timestamp == null && TIMESTAMP.matcher(line).matches()) {
        timestamp = line.trim();
      } else if (embargo == null && (m = EMBARGO.matcher(line)).matches()) {
        embargo = m.group(1);
      } else if (slug == null && SLUG.matcher(line).matches()) {
        slug = line.trim();
      } else {
        inBody = true;
        paragraph.append(line.trim());
      }
    }
    flush(paragraph, paragraphs);
    return new Story(headline, Optional.ofNullable(source), Optional.ofNullable(slug),
        Optional.ofNullable(timestamp), Optional.ofNullable(byline), Optional.ofNullable(embargo),
        pages, paragraphs);
  }

  private static void flush(StringBuilder paragraph, List<String> paragraphs) {
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }
}
