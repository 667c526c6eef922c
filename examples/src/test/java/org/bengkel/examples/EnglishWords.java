package org.bengkel.examples;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English words that must not appear in a report printed in Indonesian. Words are compared whole
 * and case-insensitively, letters only: a code such as {@code KERIPIK-SINGKONG-150G} is read as its
 * words ({@code keripik}, {@code singkong}), so a code made of English words on the list would be
 * caught; a name such as {@code PeriodReportCompiler} is one token and never matches.
 */
public final class EnglishWords {

  /** The words an English report uses and an Indonesian one must not. */
  public static final Set<String> FORBIDDEN =
      Set.of(
          "revenue",
          "total",
          "cost",
          "costs",
          "units",
          "per",
          "net",
          "profit",
          "batch",
          "batches",
          "sales",
          "channel",
          "rejected",
          "released",
          "report",
          "period",
          "goods",
          "service",
          "material",
          "materials",
          "written",
          "off",
          "share",
          "amount",
          "trainees",
          "recorded",
          "deposited",
          "capital",
          "production",
          "gallery",
          "government",
          "car",
          "motorcycle",
          "policy",
          "base",
          "sold",
          "all",
          "the",
          "and",
          "of",
          "in",
          "from");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private EnglishWords() {}

  /**
   * The forbidden words found in a text, in order of first appearance.
   *
   * @param text the text
   * @return the words, lower case; empty when none
   */
  public static Set<String> in(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (FORBIDDEN.contains(word)) {
        found.add(word);
      }
    }
    return found;
  }
}
