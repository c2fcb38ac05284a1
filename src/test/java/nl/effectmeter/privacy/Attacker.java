package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;

/**
 * A careful reader, written for the tests apart from the product: given the relations a test names
 * by hand (a parent cell and its parts), works out what it can from the published numbers of one
 * indicator by single subtractions, chains of them, the lower bounds of hidden values and plain
 * linear algebra over all the relations at once.
 */
final class Attacker {
  private final List<IndicatorRow> rows;
  private final Indicator indicator;
  private final double lowerBound;
  private final List<List<CellKey>> relations = new ArrayList<>();

  /** Builds the attack on a table. */
  interface Factory {
    Attacker of(List<IndicatorRow> rows);
  }

  Attacker(List<IndicatorRow> rows, Indicator indicator, double lowerBound) {
    this.rows = rows;
    this.indicator = indicator;
    this.lowerBound = lowerBound;
  }

  /** The parent equals the sum of the parts. */
  Attacker relation(CellKey parent, CellKey... parts) {
    List<CellKey> relation = new ArrayList<>();
    relation.add(parent);
    relation.addAll(List.of(parts));
    relations.add(relation);
    return this;
  }

  /** The hidden cells of the named relations that the reader works out exactly. */
  Set<CellKey> derivable() {
    Map<CellKey, Double> known = new HashMap<>();
    Set<CellKey> unknown = new LinkedHashSet<>();
    for (List<CellKey> relation : relations) {
      for (CellKey cell : relation) {
        Double value = TinyRun.numerator(rows, indicator, cell);
        if (value == null) {
          unknown.add(cell);
        } else {
          known.put(cell, value);
        }
      }
    }
    Set<CellKey> found = new HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (List<CellKey> relation : relations) {
        List<CellKey> hidden = relation.stream().filter(c -> !known.containsKey(c)).toList();
        if (hidden.isEmpty()) {
          continue;
        }
        CellKey parent = relation.get(0);
        double rest = 0;
        for (int i = 1; i < relation.size(); i++) {
          rest += known.getOrDefault(relation.get(i), 0.0);
        }
        if (hidden.size() == 1) {
          CellKey cell = hidden.get(0);
          known.put(cell, cell.equals(parent) ? rest : known.get(parent) - rest);
          found.add(cell);
          progress = true;
        } else if (known.containsKey(parent)
            && Math.abs(known.get(parent) - rest - hidden.size() * lowerBound) < 1e-9) {
          for (CellKey cell : hidden) {
            known.put(cell, lowerBound);
            found.add(cell);
          }
          progress = true;
        }
      }
    }
    found.addAll(byElimination(known, unknown));
    return found;
  }

  /**
   * Gauss-Jordan over the rationals (as doubles: the systems are tiny) on what is still unknown.
   */
  private Set<CellKey> byElimination(Map<CellKey, Double> known, Set<CellKey> unknown) {
    List<CellKey> columns = unknown.stream().filter(c -> !known.containsKey(c)).toList();
    int n = columns.size();
    List<double[]> matrix = new ArrayList<>();
    for (List<CellKey> relation : relations) {
      double[] row = new double[n];
      for (int i = 0; i < relation.size(); i++) {
        int column = columns.indexOf(relation.get(i));
        if (column >= 0) {
          row[column] += i == 0 ? 1 : -1;
        }
      }
      matrix.add(row);
    }
    int rank = 0;
    int[] pivotOf = new int[n];
    java.util.Arrays.fill(pivotOf, -1);
    for (int column = 0; column < n && rank < matrix.size(); column++) {
      int pivot = -1;
      for (int r = rank; r < matrix.size(); r++) {
        if (Math.abs(matrix.get(r)[column]) > 1e-9) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] p = matrix.remove(pivot);
      matrix.add(rank, p);
      double lead = p[column];
      for (int k = 0; k < n; k++) {
        p[k] /= lead;
      }
      for (int r = 0; r < matrix.size(); r++) {
        if (r != rank && Math.abs(matrix.get(r)[column]) > 1e-9) {
          double f = matrix.get(r)[column];
          for (int k = 0; k < n; k++) {
            matrix.get(r)[k] -= f * p[k];
          }
        }
      }
      pivotOf[column] = rank++;
    }
    Set<CellKey> determined = new HashSet<>();
    for (int column = 0; column < n; column++) {
      if (pivotOf[column] < 0) {
        continue;
      }
      double[] row = matrix.get(pivotOf[column]);
      boolean alone = true;
      for (int k = 0; k < n; k++) {
        alone &= k == column || Math.abs(row[k]) < 1e-9;
      }
      if (alone) {
        determined.add(columns.get(column));
      }
    }
    return determined;
  }
}
