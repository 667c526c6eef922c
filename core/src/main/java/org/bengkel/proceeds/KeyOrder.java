package org.bengkel.proceeds;

import java.util.Arrays;

/**
 * The ascending order of a set of string keys (as {@link String#compareTo} orders them), computed
 * so that it scales linearly with the number of keys: each string is read once (twice only for keys
 * longer than the table below), and the sort never follows a pointer to a string.
 *
 * <p>At 100,000 registration numbers the strings no longer fit in the processor's caches, and in
 * the order of a sort they are scattered over the heap: every read of a string is then a cache
 * miss. So the keys are read once, in the order given, into a dense table, and everything after
 * that streams through primitive arrays:
 *
 * <ol>
 *   <li>the first {@value #WINDOW} bytes of each key are copied into a table: one byte per character
 *       if every character is at most U+00FF (registration numbers are ASCII), otherwise two bytes
 *       per character, big-endian; a missing byte (past the end of a shorter key) is 0, so that the
 *       table's rows order keys as their first characters do. While copying, the byte values present
 *       in each column are noted. If keys are longer than the table is wide, the prefix common to all
 *       keys is skipped and the table filled again from there;
 *   <li>each row is compressed into one {@code long}: columns in which every key has the same byte
 *       are dropped, and in each other column a byte is replaced by its rank among the bytes present
 *       in that column, in as many bits as that column needs (digits 4 bits, a column of two values 1
 *       bit). Ranks keep the order, so the compressed keys order the rows as the rows do. Columns are
 *       taken from the first while they fit in 64 bits;
 *   <li>the compressed keys are sorted, with the positions, by a stable least-significant-digit
 *       radix sort of up to {@value #DIGIT_BITS} bits a pass (the benchmark's registration numbers of
 *       15 and 17 characters compress to 35 bits for 10,000 and 38 for 100,000: four passes);
 *   <li>runs of equal compressed keys (keys that are equal, or differ only beyond the columns used,
 *       or by a NUL character against a missing one) are finished by comparing the strings
 *       themselves.
 * </ol>
 *
 * <p>Keys that differ within the table's columns, such as registration numbers, sort in O(n) time;
 * in the worst case (many long keys that share more than the columns used) the runs fall back to a
 * comparison sort, O(n log n). Not thread-safe; one instance per sort.
 */
final class KeyOrder {

  /** Bytes of each key in the table: 24 characters up to U+00FF, or 12 characters. */
  static final int WINDOW = 24;

  /** The widest digit of the radix sort (2,048 counters a pass). */
  static final int DIGIT_BITS = 11;

  /**
   * Keys read a step at a time when the table is filled: enough for the processor to fetch many
   * strings at once, few enough that they are still in its cache for the next step.
   */
  static final int BLOCK = 64;

  private static final int INSERTION_RUN = 16;

  private final String[] keys;
  private final int[] order;
  private boolean distinct = true;

  private KeyOrder(Table table) {
    this.keys = table.keys;
    int n = keys.length;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    if (n > 1) {
      long[] compressed = table.compress();
      idx = radixSort(compressed, idx, table.bits);
      int start = 0;
      for (int i = 1; i <= n; i++) {
        if (i == n || compressed[i] != compressed[start]) {
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
    return of(Table.of(keys));
  }

  /**
   * Orders the keys of a table that is {@linkplain Table#finish() finished}.
   *
   * @param table the keys copied, not null
   * @return the order
   */
  static KeyOrder of(Table table) {
    return new KeyOrder(table);
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

  /**
   * The first {@link #WINDOW} bytes of every key (from character {@link #from}), row by row, and the
   * byte values present in each column.
   *
   * <p>A caller that reads the keys from other objects can {@linkplain #addAll add} rows as soon as
   * it has its key, while that key's string is still in the processor's cache, and then {@link
   * #finish}; the table reads the strings again only in the rare cases {@link #finish} describes.
   */
  static final class Table {
    final String[] keys;
    final byte[] bytes;
    /** {@code seen[256 * column + b]}: some key has byte b in the column. */
    boolean[] seen = new boolean[WINDOW * 256];
    /** The first character copied. */
    int from;
    /** Two bytes per character. */
    boolean wide;
    /** The number of bits of the compressed keys, 0 to 64; set by {@link #compress}. */
    int bits;
    /** A character above U+00FF was met while copying one byte a character. */
    private boolean tooWide;
    private int longest;
    private int shortest = WINDOW;

    /**
     * An empty table for keys that the caller will {@linkplain #addAll add}.
     *
     * @param keys the array the keys are (or will be) in, at least one; the table keeps it
     */
    Table(String[] keys) {
      this.keys = keys;
      this.bytes = new byte[keys.length * WINDOW];
    }

    /**
     * The table of keys, finished.
     *
     * @param keys at least one key, none null
     * @return the filled table
     */
    static Table of(String[] keys) {
      Table t = new Table(keys);
      t.addAll(0, keys.length);
      return t.finish();
    }

    /**
     * Copies the rows of {@code keys[start, end)}, which must be set, from character {@link #from}
     * (0 until {@link #finish}), one byte a character while every character allows it. Goes by
     * blocks of {@link #BLOCK} keys: first the lengths, a short loop in which the processor fetches
     * the block's strings in parallel, then the characters.
     *
     * @param start the first position
     * @param end after the last position; each position is added once
     */
    void addAll(int start, int end) {
      int chars = characters();
      for (int block = start; block < end; block += BLOCK) {
        int blockEnd = Math.min(end, block + BLOCK);
        for (int i = block; i < blockEnd; i++) {
          int length = keys[i].length() - from; // from is 0 or the common prefix: not negative
          longest = Math.max(longest, length);
          shortest = Math.min(shortest, Math.min(length, chars));
        }
        for (int i = block; i < blockEnd && !tooWide; i++) {
          copy(i);
        }
      }
    }

    private void copy(int i) {
      String s = keys[i];
      int copied = Math.min(s.length() - from, characters());
      int base = i * WINDOW;
      // charAt rather than getChars into a buffer: measured faster, the JIT keeps the string's
      // bytes and coder in registers over the loop
      if (wide) {
        for (int c = 0; c < copied; c++) {
          char ch = s.charAt(from + c);
          int high = ch >>> 8;
          int low = ch & 0xFF;
          bytes[base + 2 * c] = (byte) high;
          bytes[base + 2 * c + 1] = (byte) low;
          seen[(2 * c) << 8 | high] = true; // a plain store: no dependency between characters
          seen[(2 * c + 1) << 8 | low] = true;
        }
      } else {
        for (int c = 0; c < copied; c++) {
          int b = s.charAt(from + c);
          if (b > 0xFF) {
            tooWide = true; // finish() copies everything again, two bytes a character
            return;
          }
          bytes[base + c] = (byte) b;
          seen[c << 8 | b] = true;
        }
      }
    }

    /**
     * Completes the table once every row is added: if a character above U+00FF was met, copies
     * every key again two bytes a character; if some key is longer than the table is wide, copies
     * every key again from the end of the prefix common to all keys (if they have one).
     *
     * @return this table
     */
    Table finish() {
      if (tooWide) {
        refill(from, true);
      }
      if (longest > characters()) {
        int common = commonPrefix(keys);
        if (common > 0) {
          refill(common, false);
          if (tooWide) {
            refill(common, true);
          }
        }
      }
      // the bytes past the end of the shortest keys are 0
      for (int c = wide ? 2 * shortest : shortest; c < WINDOW; c++) {
        seen[c << 8] = true;
      }
      return this;
    }

    private void refill(int from, boolean wide) {
      Arrays.fill(bytes, (byte) 0);
      seen = new boolean[WINDOW * 256];
      this.from = from;
      this.wide = wide;
      tooWide = false;
      longest = 0;
      shortest = WINDOW;
      addAll(0, keys.length);
    }

    /** Characters per row. */
    int characters() {
      return wide ? WINDOW / 2 : WINDOW;
    }

    /**
     * Each row compressed into a {@code long} that orders rows as the rows themselves do, as far as
     * the columns used reach: columns with a single byte value left out, the others as the rank of
     * the byte among the column's values, first column highest. Sets {@link #bits}.
     *
     * @return the compressed keys, by position
     */
    long[] compress() {
      int[] columns = new int[WINDOW];
      int[] widths = new int[WINDOW];
      int[] ranks = new int[WINDOW * 256];
      int used = 0;
      int total = 0;
      for (int c = 0; c < WINDOW; c++) {
        int values = 0;
        for (int b = 0; b < 256; b++) {
          ranks[used << 8 | b] = values;
          if (seen[c << 8 | b]) {
            values++;
          }
        }
        if (values < 2) {
          continue; // every key has the same byte here
        }
        int width = Integer.SIZE - Integer.numberOfLeadingZeros(values - 1);
        if (total + width > Long.SIZE) {
          break; // later columns are left to the comparison of runs
        }
        columns[used] = c;
        widths[used] = width;
        used++;
        total += width;
      }
      bits = total;
      // each column's rank already shifted into place, so a row costs one look-up a column
      long[] codes = new long[used << 8];
      int shift = total;
      for (int k = 0; k < used; k++) {
        shift -= widths[k];
        for (int b = 0; b < 256; b++) {
          codes[k << 8 | b] = (long) ranks[k << 8 | b] << shift;
        }
      }
      int n = keys.length;
      long[] compressed = new long[n];
      for (int i = 0; i < n; i++) {
        int base = i * WINDOW;
        long v = 0;
        for (int k = 0; k < used; k++) {
          v |= codes[k << 8 | (bytes[base + columns[k]] & 0xFF)];
        }
        compressed[i] = v;
      }
      return compressed;
    }
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

  /**
   * Stable LSD radix sort of the keys (unsigned, the low {@code bits} bits) together with the
   * positions: both arrays are moved, so every pass reads them in order. One counting pass finds
   * every digit's counts; a pass in which every key has the same digit is skipped.
   *
   * @param keys the keys, sorted in place
   * @param idx the positions, moved with the keys
   * @param bits how many low bits of the keys are used, 0 to 64
   * @return the positions in key order (the same or another array)
   */
  static int[] radixSort(long[] keys, int[] idx, int bits) {
    int n = keys.length;
    if (bits == 0 || n < 2) {
      return idx;
    }
    int passes = (bits + DIGIT_BITS - 1) / DIGIT_BITS;
    int digit = (bits + passes - 1) / passes;
    int radix = 1 << digit;
    int mask = radix - 1;
    int[] count = new int[passes * radix];
    for (int i = 0; i < n; i++) {
      long k = keys[i];
      for (int p = 0; p < passes; p++) {
        count[p * radix + ((int) (k >>> (p * digit)) & mask)]++;
      }
    }
    long[] fromKeys = keys;
    int[] fromIdx = idx;
    long[] toKeys = new long[n];
    int[] toIdx = new int[n];
    for (int p = 0; p < passes; p++) {
      int shift = p * digit;
      int base = p * radix;
      if (count[base + ((int) (fromKeys[0] >>> shift) & mask)] == n) {
        continue; // every key has this digit: the pass would not move anything
      }
      int sum = 0;
      for (int b = base; b < base + radix; b++) {
        int c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long k = fromKeys[i];
        int to = count[base + ((int) (k >>> shift) & mask)]++;
        toKeys[to] = k;
        toIdx[to] = fromIdx[i];
      }
      long[] tk = fromKeys;
      fromKeys = toKeys;
      toKeys = tk;
      int[] ti = fromIdx;
      fromIdx = toIdx;
      toIdx = ti;
    }
    if (fromKeys != keys) {
      System.arraycopy(fromKeys, 0, keys, 0, n);
    }
    return fromIdx;
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
