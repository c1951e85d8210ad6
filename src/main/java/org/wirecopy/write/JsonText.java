package org.wirecopy.write;

/**
 * Writes JSON values into a {@link StringBuilder}. Every string is written correctly: control
 * characters, U+2028 and U+2029 are escaped, and a lone surrogate becomes a {@code \\uXXXX} escape
 * rather than an encoding error.
 */
final class JsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;

  JsonText(StringBuilder out) {
    this.out = out;
  }

  JsonText string(String s) {
    out.append('"');
    int n = s.length();
    // Most text needs no escape: copy it in runs, which is several times faster than one append
    // per character, and escape only the characters that need it.
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7F) {
        continue; // printable ASCII: the common case, kept in the run
      }
      if (c > 0x7F && c != '\u2028' && c != '\u2029' && !Character.isSurrogate(c)) {
        continue; // other non-control characters are written as they are
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++; // a well-formed pair stays in the run
        continue;
      }
      out.append(s, run, i);
      escape(c);
      run = i + 1;
    }
    out.append(s, run, n);
    out.append('"');
    return this;
  }

  /** Writes one character that cannot stand in a JSON string as it is. */
  private void escape(char c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> unicodeEscape(c); // other controls, DEL, U+2028/U+2029, a lone surrogate
    }
  }

  private void unicodeEscape(char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }

  /** A string, or {@code null} when absent. */
  JsonText stringOrNull(java.util.Optional<String> value) {
    if (value.isPresent()) {
      return string(value.get());
    }
    out.append("null");
    return this;
  }

  JsonText key(String name) {
    string(name);
    out.append(':');
    return this;
  }

  JsonText raw(String token) {
    out.append(token);
    return this;
  }

  JsonText number(long value) {
    out.append(value);
    return this;
  }

  JsonText strings(Iterable<String> values) {
    out.append('[');
    boolean first = true;
    for (String v : values) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(v);
    }
    out.append(']');
    return this;
  }
}
