package org.wirecopy;

import java.util.Objects;

/**
 * Thrown by a strict {@link WireParser} at the first {@link Severity#ERROR} in the input: a missing
 * required element or a limit reached. The lenient parser never throws it.
 */
public final class WireFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The diagnostic that made the parser stop. */
  private final transient Diagnostic diagnostic;

  /**
   * Creates the exception for a diagnostic.
   *
   * @param diagnostic the first error
   */
  public WireFormatException(Diagnostic diagnostic) {
    super(Objects.requireNonNull(diagnostic, "diagnostic").toString());
    this.diagnostic = diagnostic;
  }

  /**
   * The first error in the input.
   *
   * @return the diagnostic, with code, message, line and column
   */
  public Diagnostic diagnostic() {
    return diagnostic;
  }

  /**
   * The error's stable code.
   *
   * @return the code
   */
  public DiagnosticCode code() {
    return diagnostic.code();
  }

  /**
   * The 1-based line of the error, counted from the start of the input.
   *
   * @return the line
   */
  public int line() {
    return diagnostic.line();
  }

  /**
   * The 1-based column of the error, in code points.
   *
   * @return the column
   */
  public int column() {
    return diagnostic.column();
  }
}
