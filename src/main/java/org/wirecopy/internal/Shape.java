package org.wirecopy.internal;

/** What a line looks like on its own, before its place in the story is known. */
enum Shape {
  /** Empty or white space only. */
  BLANK,
  /** A form feed: a story break. */
  FORM_FEED,
  /** An accepted source name. */
  SOURCE,
  /** {@code By Name...}. */
  BYLINE,
  /** {@code Embargoed to ...}. */
  EMBARGO,
  /** A timestamp. */
  TIMESTAMP,
  /** A slug (catchline). */
  SLUG,
  /** {@code Page N}. */
  PAGE,
  /** {@code ends}, {@code end}, {@code -ends-}, {@code - ends -}. */
  END,
  /** {@code more}. */
  MORE,
  /** Anything else. */
  TEXT;

  /**
   * Whether a line of this shape is a header element that no body line resembles by chance. Slugs
   * are not: capitalised body lines can look like one.
   */
  boolean isStrongHeader() {
    return this == SOURCE || this == BYLINE || this == EMBARGO || this == TIMESTAMP || this == PAGE;
  }
}
