package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

  /** The keys in the order the positions give. */
  private static String[] ordered(String... keys) {
    int[] positions = KeyOrder.of(keys).positions();
    String[] out = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = keys[positions[i]];
    }
    return out;
  }

  private static String[] sortedCopy(String... keys) {
    String[] copy = keys.clone();
    Arrays.sort(copy);
    return copy;
  }

  @Test
  void registrationNumbersSortAsStringsCompare() {
    // Common prefix "B.I" skipped; "-" (0x2D) < "I" (0x49), so B.I-... before B.IIa-...; a shorter
    // key that is a prefix of a longer one comes first.
    String[] keys = {"B.IIa-0002/2026", "B.I-0010/2025", "B.I-0002/2026", "B.I-0002", "B.IIb-1/2026"};
    assertThat(ordered(keys))
        .containsExactly(
            "B.I-0002", "B.I-0002/2026", "B.I-0010/2025", "B.IIa-0002/2026", "B.IIb-1/2026");
    assertThat(KeyOrder.of(keys).distinct()).isTrue();
  }

  @Test
  void noKeysOrOneKeyNeedNoSorting() {
    assertThat(KeyOrder.of(new String[0]).positions()).isEmpty();
    assertThat(KeyOrder.of(new String[] {"B.I-1"}).positions()).containsExactly(0);
    assertThat(KeyOrder.of(new String[] {"B.I-1"}).distinct()).isTrue();
  }

  @Test
  void equalKeysAreReportedInShortAndLongRuns() {
    // Two equal keys (a run of 2, insertion sort) and 40 keys equal in their first 8 characters
    // after the common prefix (a run sorted by comparison), one of them repeated.
    assertThat(KeyOrder.of(new String[] {"B.I-7", "B.I-3", "B.I-7"}).distinct()).isFalse();
    String[] longRun = new String[41];
    for (int i = 0; i < 40; i++) {
      longRun[i] = "B.I-00000000-" + (1000 - i);
    }
    longRun[40] = "B.I-00000000-" + 990;
    assertThat(KeyOrder.of(longRun).distinct()).isFalse();
    assertThat(ordered(longRun)).containsExactly(sortedCopy(longRun));
    longRun[40] = "B.I-00000000-0";
    assertThat(KeyOrder.of(longRun).distinct()).isTrue();
    assertThat(ordered(longRun)).containsExactly(sortedCopy(longRun));
  }

  @Test
  void anyStringsSortAsStringCompareToOrdersThem() {
    // Random keys over small and large alphabets (NUL and characters above 0xFF included, so
    // padding and the high byte of a character both matter), shared prefixes, prefixes of each
    // other, and lengths around the 8 packed characters.
    SplittableRandom random = new SplittableRandom(20261127L);
    char[][] alphabets = {
      {'0', '1'}, {'\0', 'a', 'b'}, "0123456789/-.ABIVab ".toCharArray(), {'a', '\u00ff', '\u0100', '\uffff'}
    };
    for (int sample = 0; sample < 400; sample++) {
      char[] alphabet = alphabets[sample % alphabets.length];
      int n = 1 + random.nextInt(sample < 350 ? 60 : 3_000);
      String prefix = sample % 5 == 0 ? "" : "B.I-".substring(0, random.nextInt(5));
      String[] keys = new String[n];
      for (int i = 0; i < n; i++) {
        int length = random.nextInt(14);
        StringBuilder k = new StringBuilder(prefix);
        for (int j = 0; j < length; j++) {
          k.append(alphabet[random.nextInt(alphabet.length)]);
        }
        keys[i] = k.toString();
      }
      String[] expected = sortedCopy(keys);
      assertThat(ordered(keys)).as("sample %d", sample).containsExactly(expected);
      boolean distinct = true;
      for (int i = 1; i < n; i++) {
        distinct &= !expected[i - 1].equals(expected[i]);
      }
      assertThat(KeyOrder.of(keys).distinct()).as("sample %d distinct", sample).isEqualTo(distinct);
    }
  }

  @Test
  void packingKeepsCharacterOrderAndPadsWithZero() {
    // "AB" from 0: 0x0041 0x0042 then two missing characters (0)
    assertThat(KeyOrder.pack("AB", 0)).isEqualTo(0x0041_0042_0000_0000L);
    // characters above 0x7FFF make the long negative; the radix sort treats it as unsigned
    assertThat(KeyOrder.pack("\uffffA", 0)).isEqualTo(0xffff_0041_0000_0000L);
    assertThat(KeyOrder.pack("ABCDEF", 4)).isEqualTo(0x0045_0046_0000_0000L);
  }
}
