package org.wirecopy;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /** A required element is missing or a limit was reached; strict mode fails on these. */
  ERROR,
  /** The input was unusual and the parser made a repair or a choice; the text is kept. */
  WARNING,
  /** Worth knowing, nothing was changed. */
  INFO
}
