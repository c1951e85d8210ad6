package org.wirecopy;

import java.util.Objects;

/**
 * Something the parser noticed about the input, with where it is.
 *
 * @param severity how serious it is
 * @param code the stable code; its name never changes between releases
 * @param message a sentence for people; its wording may change
 * @param line the 1-based line, counted from the start of the whole input
 * @param column the 1-based column in Unicode code points; a byte-order mark is not counted
 */
public record Diagnostic(Severity severity, DiagnosticCode code, String message, int line, int column) {

  /**
   * Creates the value.
   *
   * @param severity see the class description
   * @param code see the class description
   * @param message see the class description
   * @param line see the class description
   * @param column see the class description
   * @throws IllegalArgumentException if a value is out of range
   * @throws NullPointerException if a value is null
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /**
   * A diagnostic with the code's own severity.
   *
   * @param code the code
   * @param message the message
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the diagnostic
   */
  public static Diagnostic of(DiagnosticCode code, String message, int line, int column) {
    return new Diagnostic(code.severity(), code, message, line, column);
  }

  /** Formats as {@code line:column: SEVERITY CODE: message}. */
  @Override
  public String toString() {
    return line + ":" + column + ": " + severity + " " + code + ": " + message;
  }
}
