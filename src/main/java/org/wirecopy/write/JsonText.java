package org.wirecopy.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Writes JSON values as UTF-8 bytes into a buffer of its own. Every string is written correctly:
 * C0 control characters, DEL, U+2028 and U+2029 are escaped, and a lone surrogate becomes a {@code
 * \\uXXXX} escape rather than an encoding error, so the bytes are always valid UTF-8.
 *
 * <p>Escaping and encoding are one pass over each string's characters. Writing into a {@code
 * StringBuilder} and encoding its text afterwards cost three more passes (the builder's copy, its
 * {@code toString}, the encoder), and the builder turned to two bytes per character at a story's
 * first curly quote: writing JSON Lines took twice as long as parsing the stories.
 */
final class JsonText {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /**
   * Characters encoded at a time: the room a slice needs is made before it is encoded, and in
   * slices a string of any length neither overflows that reckoning nor makes room for six times
   * its length at once.
   */
  private static final int SLICE = 1 << 12;

  /** The most bytes of UTF-8 one character can take. */
  private static final int MAX_UTF8_BYTES_PER_CHAR = 3;

  /** The most bytes an escape takes: {@code \\uXXXX}. */
  private static final int MAX_ESCAPE_BYTES = 6;

  private byte[] bytes;
  private int length;

  /**
   * An empty text.
   *
   * @param expectedBytes about how long the text will be; a good guess saves growing the buffer
   *     several times over for every document
   */
  JsonText(int expectedBytes) {
    this.bytes = new byte[Math.max(64, expectedBytes)];
  }

  /** A string in quotes, escaped where JSON needs it. */
  JsonText string(String s) {
    append((byte) '"');
    int n = s.length();
    int from = 0;
    while (from < n) {
      int to = Math.min(n, from + SLICE);
      // A surrogate pair is never cut between two slices: its high half waits for the next one.
      if (to < n && to - from > 1 && Character.isHighSurrogate(s.charAt(to - 1))) {
        to--;
      }
      encode(s, from, to);
      from = to;
    }
    append((byte) '"');
    return this;
  }

  /**
   * Escapes and encodes {@code s[from, to)}. Room is made for the longest UTF-8 form of each
   * character, three bytes (a surrogate pair takes four for two), so the loop need not check; an
   * escape is longer, and makes room for itself and the rest again.
   */
  private void encode(String s, int from, int to) {
    ensureRoom(MAX_UTF8_BYTES_PER_CHAR * (to - from));
    byte[] b = bytes;
    int at = length;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) {
          b[at++] = (byte) c; // printable ASCII: the common case
        } else {
          at = escape(c, roomForEscape(at, to - i), at);
          b = bytes;
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, s.charAt(++i));
          b[at++] = (byte) (0xF0 | (codePoint >> 18));
          b[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
          b[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
          b[at++] = (byte) (0x80 | (codePoint & 0x3F));
        } else {
          // A lone surrogate has no UTF-8 form.
          at = unicodeEscape(c, roomForEscape(at, to - i), at);
          b = bytes;
        }
      } else if (c == '\u2028' || c == '\u2029') {
        // Line separators that end a line in JavaScript.
        at = unicodeEscape(c, roomForEscape(at, to - i), at);
        b = bytes;
      } else {
        b[at++] = (byte) (0xE0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    length = at;
  }

  /**
   * Makes room for an escape at {@code at} and the longest UTF-8 form of the characters after it.
   *
   * @param left the characters left to write, the escaped one included
   * @return the buffer to write into, which may be a new one
   */
  private byte[] roomForEscape(int at, int left) {
    length = at;
    ensureRoom(MAX_ESCAPE_BYTES + MAX_UTF8_BYTES_PER_CHAR * (left - 1));
    return bytes;
  }

  /** Writes one ASCII character that cannot stand in a JSON string as it is; returns the end. */
  private static int escape(char c, byte[] b, int at) {
    char letter =
        switch (c) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '\n' -> 'n';
          case '\r' -> 'r';
          case '\t' -> 't';
          case '\b' -> 'b';
          case '\f' -> 'f';
          default -> 0;
        };
    if (letter == 0) {
      return unicodeEscape(c, b, at); // other controls and DEL
    }
    b[at] = '\\';
    b[at + 1] = (byte) letter;
    return at + 2;
  }

  private static int unicodeEscape(char c, byte[] b, int at) {
    b[at] = '\\';
    b[at + 1] = 'u';
    b[at + 2] = HEX[(c >> 12) & 0xF];
    b[at + 3] = HEX[(c >> 8) & 0xF];
    b[at + 4] = HEX[(c >> 4) & 0xF];
    b[at + 5] = HEX[c & 0xF];
    return at + 6;
  }

  /** A string, or {@code null} when absent. */
  JsonText stringOrNull(Optional<String> value) {
    if (value.isPresent()) {
      return string(value.get());
    }
    return raw("null");
  }

  JsonText key(String name) {
    string(name);
    append((byte) ':');
    return this;
  }

  /**
   * JSON written as it is: punctuation, {@code null}, and the like.
   *
   * @param token ASCII text
   */
  JsonText raw(String token) {
    int n = token.length();
    ensureRoom(n);
    for (int i = 0; i < n; i++) {
      bytes[length + i] = (byte) token.charAt(i);
    }
    length += n;
    return this;
  }

  JsonText number(long value) {
    return raw(Long.toString(value));
  }

  JsonText strings(Iterable<String> values) {
    append((byte) '[');
    boolean first = true;
    for (String v : values) {
      if (!first) {
        append((byte) ',');
      }
      first = false;
      string(v);
    }
    append((byte) ']');
    return this;
  }

  /** The text written so far, as UTF-8. */
  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
  }

  /** The text written so far. */
  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  private void append(byte b) {
    ensureRoom(1);
    bytes[length++] = b;
  }

  private void ensureRoom(int more) {
    if (bytes.length - length < more) {
      long wanted = Math.max((long) length + more, 2L * bytes.length);
      if (wanted > Integer.MAX_VALUE - 8) {
        wanted = (long) length + more;
        if (wanted > Integer.MAX_VALUE - 8) {
          throw new OutOfMemoryError("JSON text longer than an array can hold");
        }
      }
      bytes = Arrays.copyOf(bytes, (int) wanted);
    }
  }
}
