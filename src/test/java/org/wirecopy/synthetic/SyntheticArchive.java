package org.wirecopy.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes an invented archive of wire copy with the shape of the real thing, for benchmarks and
 * archive-scale tests: a header block (headline, source, slug, timestamp, often a byline,
 * sometimes an embargo), 4 to 25 paragraphs with curly quotes and the odd pound sign, some stories
 * hard-wrapped at 68 columns, some with CRLF line ends, some running over several pages, most
 * closed by {@code ENDS} (some with notes after it), a few separated by a form feed instead.
 *
 * <p>The text is invented from a small vocabulary; it is never real news. The same seed and size
 * always give the same bytes. Run {@code main} to write a file:
 *
 * <pre>
 * java -cp target/test-classes org.wirecopy.synthetic.SyntheticArchive 64m target/archive.txt
 * </pre>
 */
public final class SyntheticArchive {

  /** The seed of the standard benchmark archive. */
  public static final long SEED = 20261128L;

  private static final String[] NOUNS = {
    "council", "harbour", "ferry", "school", "hospital", "bridge", "station", "library", "market",
    "committee", "minister", "report", "budget", "village", "river", "museum", "festival", "club",
    "road", "airport", "farm", "court", "inquiry", "charity", "team", "orchestra", "garden", "mill"
  };
  private static final String[] VERBS = {
    "approved", "delayed", "rejected", "announced", "opened", "closed", "reviewed", "welcomed",
    "questioned", "funded", "extended", "reported", "planned", "promised", "rebuilt", "praised"
  };
  private static final String[] ADJECTIVES = {
    "new", "old", "local", "national", "small", "busy", "quiet", "regional", "historic", "modern",
    "coastal", "rural", "northern", "southern", "annual", "temporary"
  };
  private static final String[] NAMES = {
    "Alex Example", "Sam Sample", "Jo Bloggs", "Chris Placeholder", "Pat Testcase", "Robin Dummy",
    "Morgan Mock", "Casey Fixture"
  };
  private static final String[] CATEGORIES = {
    "POLITICS", "TRANSPORT", "HEALTH", "EDUCATION", "WEATHER", "SPORT", "COURTS", "ARTS", "POLICE"
  };
  private static final String[] KEYWORDS = {
    "Ferry", "Budget", "Rail", "Council", "Flood", "Strike", "Vote", "Inquiry", "Festival", "Roads"
  };

  private final SplittableRandom random;
  private LocalDateTime clock = LocalDateTime.of(2019, 1, 7, 6, 0, 0);
  /** Whether the last story had no end marker, so that a form feed must start the next. */
  private boolean endsMissing;

  private SyntheticArchive(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * An archive of whole stories, at least {@code bytes} long (it ends with the story that crosses
   * that size).
   *
   * @param seed the seed
   * @param bytes the least size in bytes
   * @return the archive as UTF-8 bytes
   */
  public static byte[] generate(long seed, long bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(bytes + (1 << 16), 1 << 30));
    SyntheticArchive archive = new SyntheticArchive(seed);
    while (out.size() < bytes) {
      byte[] story = archive.nextStory();
      out.write(story, 0, story.length);
    }
    return out.toByteArray();
  }

  /**
   * The same archive as {@link #generate}, written as it is read, so that an archive larger than
   * the heap can be parsed.
   *
   * @param seed the seed
   * @param bytes the least size in bytes
   * @return the archive as a stream of UTF-8 bytes
   */
  public static InputStream stream(long seed, long bytes) {
    return stream(seed, bytes, new Tally());
  }

  /** What a stream has written so far, for checking a parse of it. */
  public static final class Tally {
    private long stories;
    private long lines;

    /**
     * The stories written.
     *
     * @return how many
     */
    public long stories() {
      return stories;
    }

    /**
     * The lines written (each ends with LF or CRLF).
     *
     * @return how many
     */
    public long lines() {
      return lines;
    }
  }

  /**
   * The same archive as {@link #generate}, written as it is read, counting what it writes.
   *
   * @param seed the seed
   * @param bytes the least size in bytes
   * @param tally where to count the stories and lines written
   * @return the archive as a stream of UTF-8 bytes
   */
  public static InputStream stream(long seed, long bytes, Tally tally) {
    SyntheticArchive archive = new SyntheticArchive(seed);
    return new InputStream() {
      private byte[] story = new byte[0];
      private int position;
      private long written;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (position == story.length) {
          if (written >= bytes) {
            return -1;
          }
          story = archive.nextStory();
          position = 0;
          written += story.length;
          tally.stories++;
          for (byte c : story) {
            if (c == '\n') {
              tally.lines++;
            }
          }
        }
        int n = Math.min(len, story.length - position);
        System.arraycopy(story, position, b, off, n);
        position += n;
        return n;
      }
    };
  }

  /**
   * Writes an archive file.
   *
   * @param args the size ({@code 64m}, {@code 1g}, or bytes), the file, and optionally the seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) {
    String usage = "usage: SyntheticArchive SIZE FILE [SEED]   (SIZE like 64m, 1g or 1GiB)";
    long size;
    long seed;
    try {
      if (args.length < 2 || args.length > 3) {
        throw new IllegalArgumentException("two or three arguments");
      }
      size = parseSize(args[0]);
      seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
    } catch (IllegalArgumentException | ArithmeticException e) {
      System.err.println(usage);
      System.exit(2);
      return;
    }
    Path file = Path.of(args[1]);
    try (InputStream in = stream(seed, size); OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out);
    } catch (IOException e) {
      System.err.println("SyntheticArchive: cannot write " + file + ": " + e);
      System.exit(2);
    }
    System.err.println("SyntheticArchive: wrote " + size + " bytes to " + file);
  }

  /**
   * A size such as {@code 64m}, {@code 1g}, {@code 1GiB}, {@code 512k} or a number of bytes
   * ({@code 100} or {@code 100B}).
   *
   * @param text the size
   * @return the number of bytes
   * @throws NumberFormatException if it is no such size
   */
  public static long parseSize(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("ib")) {
      t = t.substring(0, t.length() - 2);
    } else if (t.endsWith("b")) {
      t = t.substring(0, t.length() - 1);
    }
    char unit = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    long factor = unit == 'k' ? 1L << 10 : unit == 'm' ? 1L << 20 : unit == 'g' ? 1L << 30 : 1;
    long count = Long.parseLong(factor == 1 ? t : t.substring(0, t.length() - 1));
    if (count < 0) {
      throw new NumberFormatException("a size cannot be negative: " + text);
    }
    return Math.multiplyExact(count, factor);
  }

  /** One story as bytes. */
  private byte[] nextStory() {
    StringBuilder s = new StringBuilder(4096);
    if (endsMissing || random.nextInt(12) == 0) {
      s.append('\f');
    }
    clock = clock.plusMinutes(1 + random.nextInt(40)).withSecond(random.nextInt(60));
    s.append(headline()).append("\n\n");
    s.append("PA\n\n");
    s.append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append(' ')
        .append(KEYWORDS[random.nextInt(KEYWORDS.length)]);
    if (random.nextInt(3) == 0) {
      s.append(' ').append(KEYWORDS[random.nextInt(KEYWORDS.length)]);
    }
    s.append("\n\n");
    s.append(String.format(Locale.ROOT, "%02d-%s-%d %02d:%02d:%02d", clock.getDayOfMonth(),
        clock.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), clock.getYear(),
        clock.getHour(), clock.getMinute(), clock.getSecond()));
    s.append("\n\n");
    if (random.nextInt(10) < 6) {
      s.append("By ").append(NAMES[random.nextInt(NAMES.length)]).append(", PA\n\n");
    }
    if (random.nextInt(10) == 0) {
      LocalDateTime next = clock.plusDays(1);
      s.append("Embargoed to 0001 ")
          .append(next.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
          .append(next.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
          .append(next.getDayOfMonth()).append("\n\n");
    }
    int paragraphs = 4 + random.nextInt(22);
    int pages = random.nextInt(7) == 0 ? 2 + random.nextInt(3) : 1;
    boolean wrapped = random.nextInt(5) == 0;
    if (pages > 1 || random.nextInt(10) < 6) {
      s.append("Page 1\n\n");
    }
    for (int p = 0; p < paragraphs; p++) {
      if (pages > 1 && p > 0 && p % Math.max(1, paragraphs / pages) == 0) {
        int page = p / Math.max(1, paragraphs / pages) + 1;
        if (page <= pages) {
          s.append("more\n\nPage ").append(page).append("\n\n");
        }
      }
      String paragraph = paragraph();
      s.append(wrapped ? wrap(paragraph, 68) : paragraph).append("\n\n");
    }
    // A story without an end marker is followed by a form feed, as in real archives.
    endsMissing = random.nextInt(16) == 0;
    if (!endsMissing) {
      s.append("ENDS\n\n");
      if (random.nextInt(6) == 0) {
        s.append("Note to editors: photographs are available from the picture desk.\n\n");
      }
    }
    String text = s.toString();
    if (random.nextInt(10) == 0) {
      text = text.replace("\n", "\r\n");
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String headline() {
    StringBuilder h = new StringBuilder();
    boolean quoted = random.nextInt(6) == 0;
    if (quoted) {
      h.append('“');
    }
    h.append(pick(ADJECTIVES)).append(' ').append(pick(NOUNS)).append(' ').append(pick(VERBS))
        .append(" after ").append(pick(NOUNS)).append(' ').append(pick(NOUNS));
    if (quoted) {
      h.append('”');
    }
    return h.toString().toUpperCase(Locale.ROOT);
  }

  private String paragraph() {
    StringBuilder p = new StringBuilder(400);
    int sentences = 1 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        p.append(' ');
      }
      int kind = random.nextInt(8);
      if (kind == 0) {
        p.append(NAMES[random.nextInt(NAMES.length)]).append(" said: “").append(sentence())
            .append("”");
      } else if (kind == 1) {
        p.append("The ").append(pick(NOUNS)).append("’s ").append(pick(ADJECTIVES)).append(" plan, worth £")
            .append(1 + random.nextInt(900)).append(" million, was ").append(pick(VERBS)).append('.');
      } else {
        p.append(sentence());
      }
    }
    return p.toString();
  }

  private String sentence() {
    StringBuilder s = new StringBuilder(160);
    String first = pick(ADJECTIVES);
    s.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length());
    int words = 8 + random.nextInt(18);
    for (int w = 0; w < words; w++) {
      s.append(' ');
      switch (random.nextInt(4)) {
        case 0 -> s.append(pick(VERBS));
        case 1 -> s.append(pick(ADJECTIVES));
        case 2 -> s.append(random.nextBoolean() ? "the" : "of");
        default -> s.append(pick(NOUNS));
      }
    }
    return s.append('.').toString();
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  /** Hard-wraps a paragraph at a column, as some copy desks send it. */
  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int lineStart = 0;
    int lastSpace = -1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        lastSpace = i;
      }
      if (i - lineStart >= width && lastSpace > lineStart) {
        out.append(text, lineStart, lastSpace).append('\n');
        lineStart = lastSpace + 1;
      }
    }
    return out.append(text, lineStart, text.length()).toString();
  }
}
