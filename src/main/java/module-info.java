/**
 * wirecopy: parses PA-style news-agency wire copy into a typed, lossless {@link
 * org.wirecopy.Article}.
 *
 * <p>{@link org.wirecopy.WireParser} reads stories; the writers in {@code org.wirecopy.write} turn
 * them back into wire text or JSON, or export them as IPTC ninjs or NITF. Everything else is internal.
 */
module org.wirecopy {
  requires java.xml;
  requires org.slf4j;

  exports org.wirecopy;
  exports org.wirecopy.write;
}
