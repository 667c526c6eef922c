package org.bengkel.production;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bengkel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The work intervals of a {@link WorkLog}, kept in order of trainee, then start: a persistent
 * (immutable) AVL tree. {@link #add} returns a new tree in O(log n), sharing every untouched node
 * with this one, which stays valid and unchanged; {@link #overlapsAny} finds an interval's two
 * neighbours in O(log n), which is all an overlap check needs.
 *
 * <p>Each node holds its interval's key as numbers: the trainee's rank in the team (by
 * registration number) and the start and end in seconds since 1970-01-01T00:00. A descent then
 * compares numbers held in the nodes, without following the interval to its trainee, date and
 * times. The order is {@link #ORDER}.
 *
 * <p>Immutable and thread-safe: every field is final and nodes never change.
 */
final class IntervalTree {

  /** Trainee (registration-number order), then date, then start time. */
  static final Comparator<WorkInterval> ORDER =
      Comparator.comparing(WorkInterval::trainee)
          .thenComparing(WorkInterval::date)
          .thenComparing(WorkInterval::start);

  private static final IntervalTree EMPTY = new IntervalTree(null, 0);

  private static final class Node {
    final int rank;
    final long start;
    final long end;
    final WorkInterval interval;
    final @Nullable Node left;
    final @Nullable Node right;
    final int height;

    Node(int rank, long start, long end, WorkInterval interval, @Nullable Node left, @Nullable Node right) {
      this.rank = rank;
      this.start = start;
      this.end = end;
      this.interval = interval;
      this.left = left;
      this.right = right;
      this.height = Math.max(height(left), height(right)) + 1;
    }

    Node with(@Nullable Node l, @Nullable Node r) {
      return new Node(rank, start, end, interval, l, r);
    }

    /** Whether this node's key comes before (rank, start). */
    boolean isBefore(int otherRank, long otherStart) {
      return rank < otherRank || rank == otherRank && start < otherStart;
    }
  }

  private final @Nullable Node root;
  private final int size;

  private IntervalTree(@Nullable Node root, int size) {
    this.root = root;
    this.size = size;
  }

  static IntervalTree empty() {
    return EMPTY;
  }

  int size() {
    return size;
  }

  /** Seconds since 1970-01-01T00:00 of a time on a date. */
  static long seconds(LocalDate date, LocalTime time) {
    return date.toEpochDay() * 86_400L + time.toSecondOfDay();
  }

  /**
   * Whether an interval of the trainee of rank {@code rank} overlaps one in the tree. The tree
   * holds no two overlapping intervals of a trainee, so only the two neighbours of the new one
   * can overlap it: the last one before it and the first one not before it, found in one descent.
   * A neighbour of another trainee never overlaps: its rank differs.
   */
  boolean overlapsAny(int rank, WorkInterval w) {
    long start = seconds(w.date(), w.start());
    long end = seconds(w.date(), w.end());
    @Nullable Node before = null;
    @Nullable Node notBefore = null;
    for (Node n = root; n != null; ) {
      if (n.isBefore(rank, start)) {
        before = n;
        n = n.right;
      } else {
        notBefore = n;
        n = n.left;
      }
    }
    return before != null && before.rank == rank && before.end > start
        || notBefore != null && notBefore.rank == rank && notBefore.start < end;
  }

  /**
   * A tree with the interval of the trainee of rank {@code rank} added, which must not overlap one
   * in the tree ({@link #overlapsAny}), so that no interval has the same trainee and start.
   */
  IntervalTree add(int rank, WorkInterval w) {
    Node leaf = new Node(rank, seconds(w.date(), w.start()), seconds(w.date(), w.end()), w, null, null);
    return new IntervalTree(add(root, leaf), size + 1);
  }

  /** Every interval in {@link #ORDER}, as a new list. */
  List<WorkInterval> toList() {
    List<WorkInterval> out = new ArrayList<>(size);
    collect(root, out);
    return out;
  }

  private static void collect(@Nullable Node n, List<WorkInterval> out) {
    while (n != null) {
      collect(n.left, out);
      out.add(n.interval);
      n = n.right;
    }
  }

  private static Node add(@Nullable Node n, Node leaf) {
    if (n == null) {
      return leaf;
    }
    if (leaf.isBefore(n.rank, n.start)) {
      return balance(n, add(n.left, leaf), n.right);
    }
    return balance(n, n.left, add(n.right, leaf));
  }

  /** A copy of {@code n} with children {@code l} and {@code r}, rotated back into balance. */
  private static Node balance(Node n, @Nullable Node l, @Nullable Node r) {
    // A side two levels higher than the other has at least one node, and its higher child too.
    if (height(l) > height(r) + 1) {
      l = Checks.present(l);
      if (height(l.left) >= height(l.right)) {
        return l.with(l.left, n.with(l.right, r));
      }
      Node lr = Checks.present(l.right);
      return lr.with(l.with(l.left, lr.left), n.with(lr.right, r));
    }
    if (height(r) > height(l) + 1) {
      r = Checks.present(r);
      if (height(r.right) >= height(r.left)) {
        return r.with(n.with(l, r.left), r.right);
      }
      Node rl = Checks.present(r.left);
      return rl.with(n.with(l, rl.left), r.with(rl.right, r.right));
    }
    return n.with(l, r);
  }

  private static int height(@Nullable Node n) {
    return n == null ? 0 : n.height;
  }

  /** Whether the AVL invariants, the order and the size hold; for tests. */
  boolean isBalanced() {
    return check(root) >= 0 && toList().size() == size;
  }

  private static int check(@Nullable Node n) {
    if (n == null) {
      return 0;
    }
    if (n.left != null && !n.left.isBefore(n.rank, n.start)
        || n.right != null && !n.isBefore(n.right.rank, n.right.start)
        || n.left != null && ORDER.compare(n.left.interval, n.interval) >= 0
        || n.right != null && ORDER.compare(n.right.interval, n.interval) <= 0) {
      return -1;
    }
    int l = check(n.left);
    int r = check(n.right);
    if (l < 0 || r < 0 || Math.abs(l - r) > 1 || n.height != Math.max(l, r) + 1) {
      return -1;
    }
    return n.height;
  }
}
