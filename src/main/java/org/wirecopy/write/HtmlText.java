package org.wirecopy.write;

/** Escapes text for an HTML element's content or a double-quoted attribute. */
final class HtmlText {

  private HtmlText() {}

  static StringBuilder escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out;
  }
}
