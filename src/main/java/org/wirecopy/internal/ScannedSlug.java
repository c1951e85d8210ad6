package org.wirecopy.internal;

import java.util.List;
import java.util.Optional;

/**
 * A slug-shaped line, read.
 *
 * @param category the category
 * @param keywords the keywords as written
 * @param version the version tag as written, if any
 * @param inCapitals whether the whole line is in capitals (then, directly under the headline, it
 *     continues the headline)
 */
record ScannedSlug(
    String category, List<String> keywords, Optional<String> version, boolean inCapitals) {}
