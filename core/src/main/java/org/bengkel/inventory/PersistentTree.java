package org.bengkel.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.bengkel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A persistent (immutable) sorted map: an AVL tree with path copying. {@link #put} and {@link
 * #remove} return a new tree in O(log n) time and space, sharing every untouched node with the old
 * one, which stays valid and unchanged. Lookups are O(log n); an ordered walk from a position is
 * O(log n + k) for k visited entries.
 *
 * <p>Immutable and thread-safe (all fields final, nodes never change after construction).
 *
 * @param <K> the key type
 * @param <V> the value type, never null
 */
final class PersistentTree<K, V> {

  private static final class Node<K, V> {
    final K key;
    final V value;
    final @Nullable Node<K, V> left;
    final @Nullable Node<K, V> right;
    final int height;
    final int size;

    Node(K key, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
      this.key = key;
      this.value = value;
      this.left = left;
      this.right = right;
      this.height = Math.max(height(left), height(right)) + 1;
      this.size = size(left) + size(right) + 1;
    }
  }

  private final Comparator<? super K> order;
  private final @Nullable Node<K, V> root;

  private PersistentTree(Comparator<? super K> order, @Nullable Node<K, V> root) {
    this.order = order;
    this.root = root;
  }

  static <K, V> PersistentTree<K, V> empty(Comparator<? super K> order) {
    return new PersistentTree<>(order, null);
  }

  int size() {
    return size(root);
  }

  boolean isEmpty() {
    return root == null;
  }

  @Nullable V get(K key) {
    Node<K, V> n = root;
    while (n != null) {
      int c = order.compare(key, n.key);
      if (c == 0) {
        return n.value;
      }
      n = c < 0 ? n.left : n.right;
    }
    return null;
  }

  PersistentTree<K, V> put(K key, V value) {
    return new PersistentTree<>(order, put(root, key, value));
  }

  PersistentTree<K, V> remove(K key) {
    @Nullable Node<K, V> r = remove(root, key);
    return r == root ? this : new PersistentTree<>(order, r);
  }

  /**
   * Visits entries in key order, starting at the first key for which {@code below} is false, until
   * the visitor returns false. {@code below} must be monotone: true on a prefix of the keys, false
   * after it.
   */
  void walk(Predicate<? super K> below, BiPredicate<? super K, ? super V> visitor) {
    walk(root, below, visitor);
  }

  /** All values in key order. */
  List<V> values() {
    List<V> out = new ArrayList<>(size());
    walk(k -> false, (k, v) -> out.add(v));
    return out;
  }

  private static <K, V> boolean walk(
      @Nullable Node<K, V> n,
      Predicate<? super K> below,
      BiPredicate<? super K, ? super V> visitor) {
    while (n != null) {
      if (below.test(n.key)) {
        n = n.right; // the node and its whole left subtree are below the start
        continue;
      }
      if (!walk(n.left, below, visitor) || !visitor.test(n.key, n.value)) {
        return false;
      }
      below = k -> false; // everything right of a visited node is after the start
      n = n.right;
    }
    return true;
  }

  private Node<K, V> put(@Nullable Node<K, V> n, K key, V value) {
    if (n == null) {
      return new Node<>(key, value, null, null);
    }
    int c = order.compare(key, n.key);
    if (c < 0) {
      return balance(n.key, n.value, put(n.left, key, value), n.right);
    } else if (c > 0) {
      return balance(n.key, n.value, n.left, put(n.right, key, value));
    }
    return new Node<>(key, value, n.left, n.right);
  }

  private @Nullable Node<K, V> remove(@Nullable Node<K, V> n, K key) {
    if (n == null) {
      return null;
    }
    int c = order.compare(key, n.key);
    if (c < 0) {
      @Nullable Node<K, V> l = remove(n.left, key);
      return l == n.left ? n : balance(n.key, n.value, l, n.right);
    } else if (c > 0) {
      @Nullable Node<K, V> r = remove(n.right, key);
      return r == n.right ? n : balance(n.key, n.value, n.left, r);
    }
    if (n.left == null) {
      return n.right;
    }
    if (n.right == null) {
      return n.left;
    }
    Node<K, V> min = n.right;
    while (min.left != null) {
      min = min.left;
    }
    return balance(min.key, min.value, n.left, removeMin(n.right));
  }

  private static <K, V> @Nullable Node<K, V> removeMin(Node<K, V> n) {
    if (n.left == null) {
      return n.right;
    }
    return balance(n.key, n.value, removeMin(n.left), n.right);
  }

  private static <K, V> Node<K, V> balance(
      K key, V value, @Nullable Node<K, V> l, @Nullable Node<K, V> r) {
    int hl = height(l);
    int hr = height(r);
    if (hl > hr + 1) {
      l = Checks.present(l); // the taller side is not empty
      if (height(l.left) >= height(l.right)) {
        return new Node<>(l.key, l.value, l.left, new Node<>(key, value, l.right, r));
      }
      Node<K, V> lr = Checks.present(l.right);
      return new Node<>(
          lr.key,
          lr.value,
          new Node<>(l.key, l.value, l.left, lr.left),
          new Node<>(key, value, lr.right, r));
    }
    if (hr > hl + 1) {
      r = Checks.present(r);
      if (height(r.right) >= height(r.left)) {
        return new Node<>(r.key, r.value, new Node<>(key, value, l, r.left), r.right);
      }
      Node<K, V> rl = Checks.present(r.left);
      return new Node<>(
          rl.key,
          rl.value,
          new Node<>(key, value, l, rl.left),
          new Node<>(r.key, r.value, rl.right, r.right));
    }
    return new Node<>(key, value, l, r);
  }

  private static int height(@Nullable Node<?, ?> n) {
    return n == null ? 0 : n.height;
  }

  private static int size(@Nullable Node<?, ?> n) {
    return n == null ? 0 : n.size;
  }

  /** Checks the AVL invariants and order; for tests. */
  boolean isBalanced() {
    return check(root) >= 0;
  }

  private int check(@Nullable Node<K, V> n) {
    if (n == null) {
      return 0;
    }
    if (n.left != null && order.compare(n.left.key, n.key) >= 0
        || n.right != null && order.compare(n.right.key, n.key) <= 0) {
      return -1;
    }
    int l = check(n.left);
    int r = check(n.right);
    if (l < 0
        || r < 0
        || Math.abs(l - r) > 1
        || n.height != Math.max(l, r) + 1
        || n.size != size(n.left) + size(n.right) + 1) {
      return -1;
    }
    return n.height;
  }
}
