package org.wirecopy.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.wirecopy.Article;
import org.wirecopy.Paragraph;

/**
 * The stable identifier of an exported story:
 * {@code urn:wirecopy:SOURCE:SLUG:TIME}, for example {@code
 * urn:wirecopy:pa:transport-ferry:20191202T160411Z}.
 *
 * <ul>
 *   <li>SOURCE: the source name, lower case, runs of white space as {@code -}; {@code
 *       unknown-source} when the story has none.
 *   <li>SLUG: the slug's category and keywords (not its version tag, which is the version of the
 *       same story), lower case, joined with {@code -}; {@code no-slug} when there is none.
 *   <li>TIME: the timestamp's instant in UTC, {@code yyyyMMddTHHmmssZ}. A story without a timestamp
 *       gets {@code h-} and the first 16 hex digits of the SHA-256 of its headline and paragraphs
 *       instead, so that it still gets the same identifier every time.
 * </ul>
 *
 * <p>Every character outside {@code a-z 0-9 - . _ ~} is percent-encoded as UTF-8 ({@code A&E}
 * becomes {@code a%26e}), so the result is always a valid RFC 3986 URI. Lone surrogates, which
 * UTF-8 cannot encode, become {@code %EF%BF%BD} (U+FFFD).
 */
final class StoryUri {

  private static final DateTimeFormatter BASIC_UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private StoryUri() {}

  static String of(Article a) {
    StringBuilder uri = new StringBuilder("urn:wirecopy:");
    uri.append(a.source().map(s -> segment(s.name())).orElse("unknown-source")).append(':');
    uri.append(
            a.slug()
                .map(s -> segment(s.category() + " " + String.join(" ", s.keywords())))
                .orElse("no-slug"))
        .append(':');
    uri.append(a.timestamp().map(t -> time(t.instant())).orElseGet(() -> contentHash(a)));
    return uri.toString();
  }

  private static String time(java.time.Instant instant) {
    try {
      return BASIC_UTC.format(instant);
    } catch (java.time.DateTimeException e) {
      return "t" + instant.getEpochSecond();
    }
  }

  /** Lower case, white space runs as one hyphen, the rest percent-encoded. */
  static String segment(String text) {
    String words = String.join("-", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    if (words.isEmpty()) {
      return "-";
    }
    // String.getBytes would encode a lone surrogate as '?'; U+FFFD says what happened.
    StringBuilder wellFormed = new StringBuilder(words.length());
    words.codePoints().forEach(c ->
        wellFormed.appendCodePoint(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
            ? 0xFFFD : c));
    StringBuilder out = new StringBuilder(words.length());
    for (byte b : wellFormed.toString().getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static String contentHash(Article a) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    a.headline().ifPresent(h -> sha.update(h.text().getBytes(StandardCharsets.UTF_8)));
    for (Paragraph p : a.paragraphs()) {
      sha.update((byte) '\n');
      sha.update(p.text().getBytes(StandardCharsets.UTF_8));
    }
    byte[] digest = sha.digest();
    StringBuilder out = new StringBuilder("h-");
    for (int i = 0; i < 8; i++) {
      out.append(Character.toLowerCase(HEX[(digest[i] >> 4) & 0xF]))
          .append(Character.toLowerCase(HEX[digest[i] & 0xF]));
    }
    return out.toString();
  }
}
