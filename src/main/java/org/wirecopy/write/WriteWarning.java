package org.wirecopy.write;

import java.util.Objects;
import org.wirecopy.SourceSpan;

/**
 * Something a writer had to change because the target format cannot hold it as it is.
 *
 * @param code the stable code; its name never changes between releases
 * @param element the element that held it, named as in the JSON form ({@code headline}, {@code
 *     paragraphs[2]}, {@code notes[0]}, {@code diagnostics[1]})
 * @param span the input lines of that element
 * @param message a sentence for people; its wording may change
 */
public record WriteWarning(Code code, String element, SourceSpan span, String message) {

  /** What kind of change a writer made. */
  public enum Code {
    /**
     * Characters that XML 1.0 does not allow (most C0 control characters, U+FFFE, U+FFFF, lone
     * surrogates) were replaced by U+FFFD, so that the document stays well-formed.
     */
    XML_CHARACTER_REPLACED
  }

  /**
   * Creates the value.
   *
   * @param code see the class description
   * @param element see the class description
   * @param span see the class description
   * @param message see the class description
   * @throws NullPointerException if a value is null
   */
  public WriteWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
  }

  /** Formats as {@code line: WARNING CODE: element: message}, with the element's first line. */
  @Override
  public String toString() {
    return span.firstLine() + ": WARNING " + code + ": " + element + ": " + message;
  }
}
