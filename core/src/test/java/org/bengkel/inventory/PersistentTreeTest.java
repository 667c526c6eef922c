package org.bengkel.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PersistentTreeTest {

  @Test
  void behavesLikeATreeMapAndOldVersionsStayUnchanged() {
    for (long seed = 1; seed <= 50; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      PersistentTree<Integer, String> tree = PersistentTree.empty(Comparator.naturalOrder());
      TreeMap<Integer, String> model = new TreeMap<>();
      List<PersistentTree<Integer, String>> versions = new ArrayList<>();
      List<TreeMap<Integer, String>> snapshots = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        int key = rnd.nextInt(100);
        if (rnd.nextInt(3) == 0) {
          tree = tree.remove(key);
          model.remove(key);
        } else {
          tree = tree.put(key, "v" + i);
          model.put(key, "v" + i);
        }
        assertThat(tree.isBalanced()).as("seed %d step %d", seed, i).isTrue();
        assertThat(tree.size()).isEqualTo(model.size());
        assertThat(tree.isEmpty()).isEqualTo(model.isEmpty());
        assertThat(tree.get(key)).isEqualTo(model.get(key));
        if (i % 50 == 0) {
          versions.add(tree);
          snapshots.add(new TreeMap<>(model));
        }
      }
      assertThat(tree.values()).containsExactlyElementsOf(model.values());
      for (int v = 0; v < versions.size(); v++) {
        assertThat(versions.get(v).values()).containsExactlyElementsOf(snapshots.get(v).values());
      }
      // a walk from a monotone start visits exactly the tail, and stops when asked
      int from = rnd.nextInt(100);
      List<Integer> tail = new ArrayList<>();
      tree.walk(k -> k < from, (k, v) -> tail.add(k));
      assertThat(tail).containsExactlyElementsOf(model.tailMap(from, true).keySet());
      List<Integer> firstTwo = new ArrayList<>();
      tree.walk(
          k -> false,
          (k, v) -> {
            firstTwo.add(k);
            return firstTwo.size() < 2;
          });
      assertThat(firstTwo).containsExactlyElementsOf(model.keySet().stream().limit(2).toList());
    }
  }

  @Test
  void removingAnAbsentKeyReturnsTheSameTree() {
    PersistentTree<Integer, String> tree =
        PersistentTree.<Integer, String>empty(Comparator.naturalOrder()).put(1, "a").put(2, "b");
    assertThat(tree.remove(3)).isSameAs(tree);
    assertThat(tree.remove(0)).isSameAs(tree);
    assertThat(tree.get(3)).isNull();
  }

  @Test
  void heightStaysLogarithmicForSortedInserts() {
    PersistentTree<Integer, Integer> tree = PersistentTree.empty(Comparator.naturalOrder());
    for (int i = 0; i < 100_000; i++) {
      tree = tree.put(i, i);
    }
    assertThat(tree.isBalanced()).isTrue();
    assertThat(tree.size()).isEqualTo(100_000);
    // a walk that skips the first 99 990 keys touches only a path and the tail
    int[] visited = {0};
    tree.walk(k -> k < 99_990, (k, v) -> ++visited[0] > 0);
    assertThat(visited[0]).isEqualTo(10);
  }
}
