package org.wirecopy.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the command line prints for each story, named as {@code --format} takes it. */
enum OutputFormat {
  /** The wirecopy JSON form, one object per line. */
  JSON,
  /** Canonical wire text, stories separated by a form feed line. */
  WIRE,
  /** IPTC ninjs 2.1, one object per line. */
  NINJS,
  /** IPTC ninjs 3.1, one object per line. */
  NINJS3,
  /** NITF 3.6 XML, one document per story, separated by a form feed line. */
  NITF;

  /** The name {@code --format} takes. */
  String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<OutputFormat> named(String name) {
    return Arrays.stream(values()).filter(f -> f.optionName().equals(name)).findFirst();
  }

  /** The names, for a usage message: {@code json, wire, ninjs, ninjs3 or nitf}. */
  static String names() {
    String all = Arrays.stream(values()).map(OutputFormat::optionName)
        .collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
