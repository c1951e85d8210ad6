package org.wirecopy.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import org.wirecopy.Article;

/** Says which elements of two articles differ, so that a failing round trip reads at a glance. */
final class ArticleDiff {

  private ArticleDiff() {}

  static String describe(Article expected, Article actual) {
    StringBuilder diff = new StringBuilder();
    for (RecordComponent c : Article.class.getRecordComponents()) {
      try {
        Object e = c.getAccessor().invoke(expected);
        Object a = c.getAccessor().invoke(actual);
        if (!Objects.equals(e, a)) {
          diff.append(c.getName()).append(":\n  first read: ").append(e)
              .append("\n  read again: ").append(a).append('\n');
        }
      } catch (IllegalAccessException | InvocationTargetException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return diff.toString();
  }

  /**
   * The text with every invisible or ambiguous character (controls, format characters, odd spaces,
   * surrogates) shown as a {@code \\uXXXX} escape, line breaks kept.
   */
  static String visible(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean hidden = c != '\n' && (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.SPACE_SEPARATOR && c != ' ' || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.UNASSIGNED);
      if (hidden) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
