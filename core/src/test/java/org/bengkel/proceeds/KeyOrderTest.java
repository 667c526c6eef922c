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
    // other, and lengths around the table's 24 bytes (12 characters above U+00FF), with long shared
    // prefixes so that the table is filled again after them.
    SplittableRandom random = new SplittableRandom(20261127L);
    char[][] alphabets = {
      {'0', '1'}, {'\0', 'a', 'b'}, "0123456789/-.ABIVab ".toCharArray(), {'a', '\u00ff', '\u0100', '\uffff'}
    };
    for (int sample = 0; sample < 400; sample++) {
      char[] alphabet = alphabets[sample % alphabets.length];
      int n = 1 + random.nextInt(sample < 350 ? 60 : 3_000);
      String prefix =
          sample % 7 == 0
              ? "B.IIIs-PAMEKASAN-2026-".substring(0, 16 + random.nextInt(7))
              : sample % 5 == 0 ? "" : "B.I-".substring(0, random.nextInt(5));
      String[] keys = new String[n];
      for (int i = 0; i < n; i++) {
        int length = random.nextInt(sample % 3 == 0 ? 32 : 14);
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
  void longKeysWithALongSharedPrefixSortByTheirRest() {
    // Keys of 28 characters, longer than the 24 bytes of the table, equal in their first 23 (the
    // prefix and a "0"): the table is filled again from character 23, so they sort by radix, not
    // by comparing strings.
    String prefix = "B.IIIs-PAMEKASAN-2026-";
    String[] keys = {prefix + "0300/7", prefix + "0030/7", prefix + "0003/7", prefix + "0300/1"};
    KeyOrder.Table table = KeyOrder.Table.of(keys);
    assertThat(table.from).isEqualTo(prefix.length() + 1);
    assertThat(table.wide).isFalse();
    assertThat(ordered(keys)).containsExactly(sortedCopy(keys));
    assertThat(KeyOrder.of(keys).distinct()).isTrue();
  }

  @Test
  void tableCopiesOneBytePerCharacterAndPadsWithZero() {
    KeyOrder.Table table = KeyOrder.Table.of(new String[] {"AB", "A\u00ffC"});
    assertThat(table.wide).isFalse();
    assertThat(table.from).isZero();
    byte[] first = Arrays.copyOfRange(table.bytes, 0, 4);
    byte[] second = Arrays.copyOfRange(table.bytes, KeyOrder.WINDOW, KeyOrder.WINDOW + 4);
    assertThat(first).containsExactly(0x41, 0x42, 0, 0);
    assertThat(second).containsExactly(0x41, 0xff, 0x43, 0);
  }

  @Test
  void charactersAboveOneByteTakeTwoBytesBigEndian() {
    // U+0100 does not fit a byte: the whole table is two bytes a character, high byte first.
    KeyOrder.Table table = KeyOrder.Table.of(new String[] {"a", "\u0100b"});
    assertThat(table.wide).isTrue();
    assertThat(table.characters()).isEqualTo(KeyOrder.WINDOW / 2);
    byte[] first = Arrays.copyOfRange(table.bytes, 0, 4);
    byte[] second = Arrays.copyOfRange(table.bytes, KeyOrder.WINDOW, KeyOrder.WINDOW + 4);
    assertThat(first).containsExactly(0x00, 0x61, 0, 0);
    assertThat(second).containsExactly(0x01, 0x00, 0x00, 0x62);
  }

  @Test
  void compressionKeepsOnlyVaryingColumnsAsRanks() {
    // Columns 0-2 ("B.I") are the same in every key and dropped. Column 3 {'-', 'I'}: 1 bit;
    // column 4 {'1', '2', 'a'}: 2 bits; column 5 {missing 0, '-'}: 1 bit; column 6 {0, '3'}: 1 bit;
    // 5 bits in all, column 3 highest.
    // "B.I-1" = 0 00 0 0 = 0; "B.I-2" = 0 01 0 0 = 4; "B.IIa-3" = 1 10 1 1 = 16 + 8 + 2 + 1 = 27.
    KeyOrder.Table table = KeyOrder.Table.of(new String[] {"B.I-2", "B.IIa-3", "B.I-1"});
    assertThat(table.compress()).containsExactly(4L, 27L, 0L);
    assertThat(table.bits).isEqualTo(5);
  }

  @Test
  void columnsBeyondSixtyFourBitsAreLeftToTheComparisonOfRuns() {
    // Key i: columns 0-19 are alphabet[(i + c) % 17] (17 values a column, 5 bits), column 20 is
    // alphabet[i / 17]. 12 columns fit in 64 bits (60 bits), so keys i and i + 17, equal up to
    // column 20, compress equally and are ordered by comparing the strings. Key 34 repeats key 0.
    String alphabet = "ABCDEFGHIJKLMNOPQ";
    String[] keys = new String[35];
    for (int i = 0; i < 34; i++) {
      StringBuilder k = new StringBuilder();
      for (int c = 0; c < 20; c++) {
        k.append(alphabet.charAt((i + c) % 17));
      }
      keys[i] = k.append(alphabet.charAt(i / 17)).toString();
    }
    keys[34] = keys[0];
    KeyOrder.Table table = KeyOrder.Table.of(keys);
    table.compress();
    assertThat(table.bits).isEqualTo(60);
    assertThat(ordered(keys)).containsExactly(sortedCopy(keys));
    assertThat(KeyOrder.of(keys).distinct()).isFalse();
    assertThat(KeyOrder.of(Arrays.copyOf(keys, 34)).distinct()).isTrue();
  }

  @Test
  void radixSortIsStableAndUnsigned() {
    // 64-bit keys: the sign bit is the highest digit, not a negative number; equal keys keep their
    // positions' order.
    long[] keys = {-1L, 5L, Long.MIN_VALUE, 5L, 0L};
    int[] idx = KeyOrder.radixSort(keys, new int[] {0, 1, 2, 3, 4}, 64);
    assertThat(idx).containsExactly(4, 1, 3, 2, 0);
    assertThat(keys).containsExactly(0L, 5L, 5L, Long.MIN_VALUE, -1L);
    // 12 bits: two passes of 6 bits; every key's low 6 bits are 0, so the first pass is skipped
    long[] high = {0x800L, 0x000L, 0x840L};
    assertThat(KeyOrder.radixSort(high, new int[] {0, 1, 2}, 12)).containsExactly(1, 0, 2);
    // no bits: nothing to sort by, the positions stay as they are
    assertThat(KeyOrder.radixSort(new long[] {0, 0}, new int[] {1, 0}, 0)).containsExactly(1, 0);
  }
}
