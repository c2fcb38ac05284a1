package nl.effectmeter.privacy;

/**
 * Disjoint sets of the numbers 0 to size - 1, each named by its smallest member: the connected
 * parts of the hidden cells that one elimination takes together, and the cells that are always the
 * same number.
 */
final class UnionFind {
  private final int[] parent;

  UnionFind(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  /** Puts a and b in one set. */
  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The smallest member of i's set. */
  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** For every number, the smallest member of its set. */
  int[] roots() {
    int[] roots = new int[parent.length];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = find(i);
    }
    return roots;
  }
}
