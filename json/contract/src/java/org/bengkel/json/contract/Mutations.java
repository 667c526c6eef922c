package org.bengkel.json.contract;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeded mutations of valid documents for the fuzz and agreement tests: byte flips, truncations,
 * deletions, duplications, splices of JSON fragments and swaps of values for other JSON types.
 */
public final class Mutations {

  private static final String[] FRAGMENTS = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1.5",
    "1e400",
    "9223372036854775808",
    "\"\"",
    "\"x\"",
    "{}",
    "[]",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "/*",
    "NaN",
    "\"@class\":\"java.lang.Runtime\",",
    "\"kind\":",
    "\"schemaVersion\":3",
    "\"data\":{}",
    " ",
    "\u00e9",
    "\uD83D\uDE00",
    "\"officers\":[",
    "\"nip\":\"198513152010121002\""
  };

  private Mutations() {}

  /** One to three random mutations of a text. */
  public static String mutateText(String text, SplittableRandom random) {
    String s = text;
    int times = 1 + random.nextInt(3);
    for (int t = 0; t < times; t++) {
      int pos = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
      int end = Math.min(s.length(), pos + 1 + random.nextInt(8));
      s =
          switch (random.nextInt(6)) {
            case 0 ->
                s.substring(0, pos)
                    + FRAGMENTS[random.nextInt(FRAGMENTS.length)]
                    + s.substring(pos);
            case 1 -> pos < end ? s.substring(0, pos) + s.substring(end) : s;
            case 2 -> s.substring(0, pos);
            case 3 -> pos < end ? s.substring(0, end) + s.substring(pos) : s;
            case 4 ->
                pos < s.length()
                    ? s.substring(0, pos)
                        + (char) (s.charAt(pos) ^ (1 << random.nextInt(7)))
                        + s.substring(pos + 1)
                    : s;
            default ->
                pos < end
                    ? s.substring(0, pos)
                        + FRAGMENTS[random.nextInt(FRAGMENTS.length)]
                        + s.substring(end)
                    : s;
          };
    }
    return s;
  }

  /** One to three random mutations of the UTF-8 bytes of a text, including invalid bytes. */
  public static byte[] mutateBytes(String text, SplittableRandom random) {
    byte[] b =
        (random.nextBoolean() ? mutateText(text, random) : text).getBytes(StandardCharsets.UTF_8);
    if (b.length > 0 && random.nextInt(3) == 0) {
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
    }
    return b;
  }
}
