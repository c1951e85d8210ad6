package org.wirecopy.internal;

import java.util.List;
import org.wirecopy.Diagnostic;

/**
 * The lines of one story, in order, with any diagnostics the splitter gave it.
 *
 * @param lines the classified lines, blank lines and all
 * @param diagnostics the splitter's diagnostics (a story cut at the size limit)
 */
record StoryLines(List<Line> lines, List<Diagnostic> diagnostics) {}
