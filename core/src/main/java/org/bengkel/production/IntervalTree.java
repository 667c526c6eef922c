package org.bengkel.production;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The work intervals of a {@link WorkLog}, kept in order of trainee, then start: a persistent
 * (immutable) AVL tree. {@link #add} returns a new tree in O(log n), sharing every untouched node
 * with this one, which stays valid and unchanged; {@link #before} and {@link #notBefore} find an
 * interval's neighbours in O(log n), which is all an overlap check needs.
 *
 * <p>Immutable and thread-safe: every field is final and nodes never change.
 */
final class IntervalTree {

  /** Trainee (registration-number order), then start. */
  static final Comparator<WorkInterval> ORDER =
      Comparator.comparing(WorkInterval::trainee).thenComparing(WorkInterval::startsAt);

  private static final IntervalTree EMPTY = new IntervalTree(null);

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

  /** The last interval strictly before {@code key} in {@link #ORDER}, or null. */
  WorkInterval before(WorkInterval key) {
    WorkInterval found = null;
    for (Node n = root; n != null; ) {
      if (ORDER.compare(n.interval, key) < 0) {
        found = n.interval;
        n = n.right;
      } else {
        n = n.left;
      }
    }
    return found;
  }

  /** The first interval not before {@code key} in {@link #ORDER}, or null. */
  WorkInterval notBefore(WorkInterval key) {
    WorkInterval found = null;
    for (Node n = root; n != null; ) {
      if (ORDER.compare(n.interval, key) >= 0) {
        found = n.interval;
        n = n.left;
      } else {
        n = n.right;
      }
    }
    return found;
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
