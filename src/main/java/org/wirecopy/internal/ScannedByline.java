package org.wirecopy.internal;

import java.util.List;
import java.util.Optional;

/**
 * A byline, read.
 *
 * @param authors the personal names as written
 * @param affiliation the parts that are not names, as written
 */
record ScannedByline(List<String> authors, Optional<String> affiliation) {}
