package org.bengkel.proceeds;

import java.util.Arrays;

/**
 * The ascending order of a set of string keys (as {@link String#compareTo} orders them), computed
 * so that it scales linearly with the number of keys: the sort never follows a pointer to a string.
 *
 * <p>A comparison sort of 100,000 registration numbers spends most of its time waiting for memory:
 * each comparison reads two strings scattered over the heap, and at that size they no longer fit
 * in the processor's caches. Here the characters that matter are copied once into two primitive
 * arrays, then sorted by a stable least-significant-digit radix sort that streams through arrays:
 *
 * <ol>
 *   <li>the prefix common to all keys is skipped;
 *   <li>the next eight characters of each key are packed into two {@code long}s, four 16-bit
 *       characters each, big-endian, a missing character (past the end of a shorter key) packed as
 *       0, so that unsigned comparison of the pair orders keys as their first eight characters do;
 *   <li>the pairs are sorted by radix, one byte per pass, skipping passes in which every key has the
 *       same byte (the high bytes of ASCII characters, for example);
 *   <li>runs of keys whose eight characters are equal (they differ later, or one is a prefix of the
 *       other, or they are equal) are finished by comparing the strings themselves.
 * </ol>
 *
 * <p>Keys that differ within eight characters after their common prefix, such as registration
 * numbers of one facility, sort in O(n) time; in the worst case (long shared prefixes that differ
 * between groups) the runs fall back to a comparison sort, O(n log n). Not thread-safe; one instance
 * per sort.
 */
final class KeyOrder {

  private static final int INSERTION_RUN = 16;

  private final String[] keys;
  private final int[] order;
  private boolean distinct = true;

  private KeyOrder(String[] keys) {
    this.keys = keys;
    int n = keys.length;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    if (n > 1) {
      int common = commonPrefix(keys);
      long[] hi = new long[n];
      long[] lo = new long[n];
      for (int i = 0; i < n; i++) {
        hi[i] = pack(keys[i], common);
        lo[i] = pack(keys[i], common + 4);
      }
      idx = radixSort(hi, lo, idx);
      int start = 0;
      for (int i = 1; i <= n; i++) {
        if (i == n || hi[idx[i]] != hi[idx[start]] || lo[idx[i]] != lo[idx[start]]) {
          if (i - start > 1) {
            sortRun(idx, start, i);
          }
          start = i;
        }
      }
    }
    this.order = idx;
  }

  /**
   * Orders keys.
   *
   * @param keys the keys, none null; not modified
   * @return the order
   */
  static KeyOrder of(String[] keys) {
    return new KeyOrder(keys);
  }

  /**
   * The positions of the keys in ascending order of the keys; equal keys in any order.
   *
   * @return the positions, a permutation of {@code 0 .. n-1}
   */
  int[] positions() {
    return order;
  }

  /**
   * Whether no two keys are equal.
   *
   * @return true when the keys are distinct
   */
  boolean distinct() {
    return distinct;
  }

  private static int commonPrefix(String[] keys) {
    String first = keys[0];
    int common = first.length();
    for (int i = 1; i < keys.length && common > 0; i++) {
      String k = keys[i];
      int max = Math.min(common, k.length());
      int j = 0;
      while (j < max && k.charAt(j) == first.charAt(j)) {
        j++;
      }
      common = j;
    }
    return common;
  }

  /** Characters {@code from .. from+3} of {@code s}, 16 bits each, big-endian, 0 past the end. */
  static long pack(String s, int from) {
    long v = 0;
    for (int j = from; j < from + 4; j++) {
      v = (v << 16) | (j < s.length() ? s.charAt(j) : 0);
    }
    return v;
  }

  /**
   * Stable LSD radix sort of the positions by the unsigned pair (hi, lo), eight bits per pass. The
   * key arrays are indexed by position and not moved; the positions are.
   */
  private static int[] radixSort(long[] hi, long[] lo, int[] idx) {
    int n = idx.length;
    int[] from = idx;
    int[] to = new int[n];
    // The digit to sort by is read through from[i], which makes the reads of hi and lo random; but
    // those are two dense primitive arrays (16 bytes a key), so they stay in cache far longer than
    // the strings did.
    long[] packed = new long[n];
    int[] count = new int[257];
    for (int pass = 0; pass < 16; pass++) {
      long[] key = pass < 8 ? lo : hi;
      int shift = (pass & 7) * 8;
      for (int i = 0; i < n; i++) {
        packed[i] = key[from[i]];
      }
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) (packed[i] >>> shift) & 0xFF]++;
      }
      if (count[(int) (packed[0] >>> shift) & 0xFF] == n) {
        continue; // every key has this byte: the pass would not move anything
      }
      int sum = 0;
      for (int b = 0; b < 256; b++) {
        int c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        to[count[(int) (packed[i] >>> shift) & 0xFF]++] = from[i];
      }
      int[] t = from;
      from = to;
      to = t;
    }
    return from;
  }

  /** Sorts {@code order[start, end)} by the keys themselves; notes equal keys. */
  private void sortRun(int[] idx, int start, int end) {
    if (end - start <= INSERTION_RUN) {
      for (int i = start + 1; i < end; i++) {
        int p = idx[i];
        int j = i - 1;
        while (j >= start && compare(idx[j], p) > 0) {
          idx[j + 1] = idx[j];
          j--;
        }
        idx[j + 1] = p;
      }
    } else {
      Integer[] run = new Integer[end - start];
      for (int i = start; i < end; i++) {
        run[i - start] = idx[i];
      }
      Arrays.sort(run, this::compare);
      for (int i = start; i < end; i++) {
        idx[i] = run[i - start];
      }
    }
    for (int i = start + 1; i < end; i++) {
      if (keys[idx[i - 1]].equals(keys[idx[i]])) {
        distinct = false;
      }
    }
  }

  private int compare(int a, int b) {
    return keys[a].compareTo(keys[b]);
  }
}
