package org.bengkel.examples.service;

/** An aggregate's version as an HTTP entity tag: {@code ETag: "3"}, {@code If-Match: "3"}. */
final class Versions {

  private Versions() {}

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version a write is based on.
   *
   * @param ifMatch the {@code If-Match} header, or null
   * @return the version, or null when the header is absent or {@code *}
   */
  static Long expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      long v = Long.parseLong(tag);
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ServiceException.invalid("header.If-Match", Reason.IF_MATCH);
  }
}
