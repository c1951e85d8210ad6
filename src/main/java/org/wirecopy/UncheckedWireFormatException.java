package org.wirecopy;

import java.util.Objects;

/**
 * Wraps a strict parser's {@link WireFormatException} where a checked exception cannot be thrown:
 * in the {@link java.util.Iterator} and {@link java.util.stream.Stream} views of a {@link
 * StoryStream}.
 */
public final class UncheckedWireFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Wraps a checked exception.
   *
   * @param cause the strict parser's exception
   */
  public UncheckedWireFormatException(WireFormatException cause) {
    super(Objects.requireNonNull(cause, "cause").getMessage(), cause);
  }

  /**
   * The strict parser's exception.
   *
   * @return the cause, with the code, line and column
   */
  @Override
  public synchronized WireFormatException getCause() {
    return (WireFormatException) super.getCause();
  }
}
