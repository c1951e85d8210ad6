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
}
