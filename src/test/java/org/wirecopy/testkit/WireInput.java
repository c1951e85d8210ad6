package org.wirecopy.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bytes to parse, with a description of how they were made. {@link #toString} shows both, the
 * text with line ends and control characters made visible, so that a shrunk counterexample reads
 * well in jqwik's report.
 *
 * @param description how the bytes were made ({@code canonical; CRLF; Windows-1252})
 * @param bytes the input
 */
public record WireInput(String description, byte[] bytes) {

  /** How much of the text {@link #toString} shows. */
  private static final int SHOWN = 4_000;

  /** Copies the bytes. */
  public WireInput {
    bytes = bytes.clone();
  }

  /**
   * The input bytes.
   *
   * @return a copy of the bytes
   */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The bytes read as UTF-8 (malformed bytes become U+FFFD): for parsing the input as a string.
   *
   * @return the text
   */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WireInput w && description.equals(w.description)
        && Arrays.equals(bytes, w.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * description.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return description + " (" + bytes.length + " bytes):\n" + visible(text());
  }

  /**
   * Text with line ends, tabs, control and invisible characters written as escapes; each line
   * end is followed by a real one, so the layout stays readable.
   *
   * @param text any text
   * @return the visible form, cut after a few thousand characters
   */
  public static String visible(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < SHOWN; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n\n");
        case '\r' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\\r" : "\\r\n");
        case '\t' -> out.append("\\t");
        case '\f' -> out.append("\\f");
        case '\uFEFF' -> out.append("\\uFEFF");
        case '\u00A0' -> out.append("\\u00A0");
        default -> {
          if (Character.isISOControl(c) || Character.isSurrogate(c) && !validPair(text, i)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (out.length() >= SHOWN) {
      out.append("...");
    }
    return out.toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
