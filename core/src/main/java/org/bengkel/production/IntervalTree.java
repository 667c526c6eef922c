package org.bengkel.production;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The work intervals of a {@link WorkLog}, kept in order of trainee, then start: a persistent
 * (immutable) AVL tree. {@link #add} returns a new tree in O(log n), sharing every untouched node
 * with this one, which stays valid and unchanged; {@link #overlapsAny} finds an interval's two
 * neighbours in O(log n), which is all an overlap check needs.
 *
 * <p>Immutable and thread-safe: every field is final and nodes never change.
 */
final class IntervalTree {

  /** Trainee (registration-number order), then date, then start time. */
  static final Comparator<WorkInterval> ORDER = IntervalTree::compare;

  private static final IntervalTree EMPTY = new IntervalTree(null);

  // Field by field rather than through startsAt(), which would build a date-time per comparison.
  private static int compare(WorkInterval a, WorkInterval b) {
    int c = a.trainee().compareTo(b.trainee());
    if (c == 0) {
      c = a.date().compareTo(b.date());
    }
    return c != 0 ? c : a.start().compareTo(b.start());
  }

  private static final class Node {
    final WorkInterval interval;
    final Node left;
    final Node right;
    final int height;
    final int size;

    Node(WorkInterval interval, Node left, Node right) {
      this.interval = interval;
      this.left = left;
      this.right = right;
      this.height = Math.max(height(left), height(right)) + 1;
      this.size = size(left) + size(right) + 1;
    }
  }

  private final Node root;

  private IntervalTree(Node root) {
    this.root = root;
  }

  static IntervalTree empty() {
    return EMPTY;
  }

  int size() {
    return size(root);
  }

  /** A tree with the interval added; an interval equal in {@link #ORDER} is replaced. */
  IntervalTree add(WorkInterval interval) {
    return new IntervalTree(add(root, interval));
  }

  /**
   * Whether an interval overlaps one in the tree. Intervals of one trainee in the tree never
   * overlap each other, so only the two neighbours of {@code w} in {@link #ORDER} can overlap it:
   * the last one before it and the first one not before it, found in one descent.
   */
  boolean overlapsAny(WorkInterval w) {
    WorkInterval before = null;
    WorkInterval notBefore = null;
    for (Node n = root; n != null; ) {
      if (compare(n.interval, w) < 0) {
        before = n.interval;
        n = n.right;
      } else {
        notBefore = n.interval;
        n = n.left;
      }
    }
    return before != null && before.overlaps(w) || notBefore != null && notBefore.overlaps(w);
  }

  /** Every interval in {@link #ORDER}, as a new list. */
  List<WorkInterval> toList() {
    List<WorkInterval> out = new ArrayList<>(size());
    collect(root, out);
    return out;
  }

  private static void collect(Node n, List<WorkInterval> out) {
    while (n != null) {
      collect(n.left, out);
      out.add(n.interval);
      n = n.right;
    }
  }

  private static Node add(Node n, WorkInterval interval) {
    if (n == null) {
      return new Node(interval, null, null);
    }
    int c = ORDER.compare(interval, n.interval);
    if (c < 0) {
      return balance(n.interval, add(n.left, interval), n.right);
    } else if (c > 0) {
      return balance(n.interval, n.left, add(n.right, interval));
    }
    return new Node(interval, n.left, n.right);
  }

  private static Node balance(WorkInterval interval, Node l, Node r) {
    if (height(l) > height(r) + 1) {
      if (height(l.left) >= height(l.right)) {
        return new Node(l.interval, l.left, new Node(interval, l.right, r));
      }
      Node lr = l.right;
      return new Node(
          lr.interval, new Node(l.interval, l.left, lr.left), new Node(interval, lr.right, r));
    }
    if (height(r) > height(l) + 1) {
      if (height(r.right) >= height(r.left)) {
        return new Node(r.interval, new Node(interval, l, r.left), r.right);
      }
      Node rl = r.left;
      return new Node(
          rl.interval, new Node(interval, l, rl.left), new Node(r.interval, rl.right, r.right));
    }
    return new Node(interval, l, r);
  }

  private static int height(Node n) {
    return n == null ? 0 : n.height;
  }

  private static int size(Node n) {
    return n == null ? 0 : n.size;
  }

  /** Whether the AVL invariants and the order hold; for tests. */
  boolean isBalanced() {
    return check(root) >= 0;
  }

  private static int check(Node n) {
    if (n == null) {
      return 0;
    }
    if (n.left != null && ORDER.compare(n.left.interval, n.interval) >= 0
        || n.right != null && ORDER.compare(n.right.interval, n.interval) <= 0) {
      return -1;
    }
    int l = check(n.left);
    int r = check(n.right);
    if (l < 0 || r < 0 || Math.abs(l - r) > 1 || n.height != Math.max(l, r) + 1
        || n.size != size(n.left) + size(n.right) + 1) {
      return -1;
    }
    return n.height;
  }
}
