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
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7F) {
            unicodeEscape(c);
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
              out.append(c).append(s.charAt(++i));
            } else {
              unicodeEscape(c);
            }
          } else if (Character.isLowSurrogate(c)) {
            unicodeEscape(c);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
    return this;
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
