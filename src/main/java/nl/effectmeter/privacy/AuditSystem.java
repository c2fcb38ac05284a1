package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Quantity;

/**
 * The relations a reader holds over one group of unknowns (one quantity in one year, or the three
 * quantities the stock-flow identity ties, over all years), across every run of the warehouse: a
 * value a run hid is one unknown for every run that hid the same value, and a value any run
 * published is known to all of them. Checks (1) each relation alone: one unknown, or unknowns that
 * add up to the extreme their bounds allow; (2) the relations together: an unknown whose unit
 * vector lies in their span, by exact elimination modulo 2^61 - 1.
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings({"ArrayRecordComponent", "EnumOrdinal"})
final class AuditSystem {
  private static final long PRIME = (1L << 61) - 1;

  /**
   * One unknown: a quantity of a cell with the value the runs that hid it share, and what the audit
   * knows of it (where it was hidden, its bounds). There is one object per unknown ({@link
   * #unknown}), numbered in the order met, so it is compared by identity.
   */
  private static final class Unknown {
    private final CellKey cell;
    private final Quantity quantity;
    private final int id;
    private final List<String> runs = new ArrayList<>(1);
    private double lower;
    private double upper = Double.POSITIVE_INFINITY;

    Unknown(CellKey cell, Quantity quantity, int id) {
      this.cell = cell;
      this.quantity = quantity;
      this.id = id;
    }

    CellKey cell() {
      return cell;
    }

    Quantity quantity() {
      return quantity;
    }
  }

  /** What makes two runs' hidden values one unknown: the cell, the quantity and the value. */
  private record UnknownKey(CellKey cell, Quantity quantity, Object value) {}

  /** Σ coefficient × unknown = constant. */
  private record Row(
      Unknown[] unknowns,
      long[] coefficients,
      double constant,
      Supplier<String> name,
      boolean additive,
      List<CellKey> published) {}

  private final List<Row> rows = new ArrayList<>();
  private Map<Unknown, List<CellKey>> blockers = new HashMap<>();
  private final List<Row> oneStep = new ArrayList<>();
  private final List<Row> generating = new ArrayList<>();
  private final Map<UnknownKey, Unknown> unknowns = new HashMap<>();

  /**
   * Per run and quantity, the unknown of each of the run's cells ({@link
   * AuditReader.CellView#index}): every cell is in many relations, and its unknown is looked up
   * once.
   */
  private final Map<AuditReader, Unknown[][]> unknownOf = new HashMap<>();

  /** Per unknown, where the row being added holds it (1 + its place), or 0: no map per row. */
  private int[] place = new int[64];

  private final String current;
  private final AuditReader currentRun;
  private final Map<AuditReader, Map<CellKey, Double>> learned = new HashMap<>();
  private final Map<EarlierRuns.CellQuantity, Set<Double>> learnedBySome = new HashMap<>();

  /**
   * @param current the run under audit: findings name the other runs they are in; what the runs
   *     published of each hidden value is on their views ({@link AuditReader#attachPublished})
   */
  AuditSystem(AuditReader current) {
    this.current = current.run();
    this.currentRun = current;
  }

  /**
   * A term of a relation: a quantity of a cell in one run, with its sign, and what the run shows of
   * the cell ({@link AuditReader#view}; null for a cell that does not exist).
   */
  record Term(
      AuditReader run, CellKey cell, AuditReader.CellView view, Quantity quantity, long sign) {}

  /** Adds a relation Σ sign × term = 0 of one run: a parent (+1) and its parts (-1), or not. */
  void add(
      List<Term> terms,
      boolean generatingRow,
      boolean oneStepRow,
      boolean additive,
      Supplier<String> name) {
    double constant = 0;
    List<Term> unknownTerms = new ArrayList<>();
    List<CellKey> published = new ArrayList<>();
    for (Term t : terms) {
      AuditReader run = t.run();
      AuditReader.CellView view = t.view();
      Double shown = AuditReader.known(view, t.quantity());
      Double value = shown;
      if (value == null) {
        Map<CellKey, Double> known = learned.get(run);
        if (known != null && !known.isEmpty()) {
          value = known.get(t.cell());
        }
      }
      if (value == null) {
        Double hidden = AuditReader.hiddenValue(view, t.quantity());
        if (hidden != null && readBySome(t.cell(), view, t.quantity(), hidden)) {
          value = hidden; // another run published (or told) the same value
        }
      }
      if (value != null) {
        if (run != currentRun && !sameNow(t, value)) {
          return; // an earlier value this run revised: see below
        }
        constant -= t.sign() * value;
        if (run == currentRun && shown != null) {
          published.add(t.cell());
        }
        continue;
      }
      if (run != currentRun && !sharedWithCurrent(t)) {
        // An earlier run's relation over a value this run has changed: it speaks of an earlier
        // state of the data; read beside this run it tells only how the value was revised, which
        // the promise does not cover (methodology 6.11).
        return;
      }
      unknownTerms.add(t);
    }
    // Σ sign × unknown with the terms of one unknown taken together, in the order first met.
    Unknown[] members = new Unknown[unknownTerms.size()];
    long[] coefficients = new long[unknownTerms.size()];
    int n = 0;
    for (Term t : unknownTerms) {
      Unknown unknown = unknown(t.run(), t.view(), t.cell(), t.quantity());
      if (unknown.id >= place.length) {
        place = Arrays.copyOf(place, Math.max(place.length * 2, unknown.id + 1));
      }
      int at = place[unknown.id] - 1;
      if (at < 0) {
        at = n++;
        members[at] = unknown;
        place[unknown.id] = at + 1;
      }
      coefficients[at] += t.sign();
    }
    int kept = 0;
    for (int i = 0; i < n; i++) {
      place[members[i].id] = 0;
      if (coefficients[i] != 0) {
        members[kept] = members[i];
        coefficients[kept++] = coefficients[i];
      }
    }
    if (kept == 0) {
      return;
    }
    Row row =
        new Row(
            Arrays.copyOf(members, kept),
            Arrays.copyOf(coefficients, kept),
            constant,
            name,
            additive,
            published);
    rows.add(row);
    if (oneStepRow) {
      oneStep.add(row);
    } else if (generatingRow) {
      generating.add(row);
    }
  }

  /**
   * Outside the promise: a published rate of exactly 0 or 1 tells every part of its group. Reads
   * the parts below such a rate in these additive relations of one run as known (0, or their
   * published denominator), again while that tells more; and a whole whose parts are all read as 0
   * (or all at their denominators) as that too, where a part may be read in an earlier run that has
   * the same value: the whole then tells nothing of any member that its parts do not. A value so
   * learned is read in every run that has the same value. Returns whether it learned anything.
   */
  boolean learnFromRates(AuditReader run, Quantity q, List<AuditLinks.Link> links) {
    Map<CellKey, Double> known = learned.computeIfAbsent(run, r -> new HashMap<>());
    int before = known.size();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (AuditLinks.Link link : links) {
        Double parent = readAs(link.parent(), link.parentView(), q, known);
        if (parent == null) {
          // Every part read as 0 (or as its denominator): so is the whole, by the same rates.
          Double whole = wholeAtExtreme(q, link, known);
          if (whole != null) {
            learn(run, known, link.parent(), q, whole);
            changed = true;
          }
          continue;
        }
        boolean none = parent == 0;
        boolean all = !none && parent >= AuditReader.upper(link.parentView(), q);
        if (!none && !all) {
          continue;
        }
        for (int c = 0; c < link.children().size(); c++) {
          CellKey child = link.children().get(c);
          AuditReader.CellView view = link.childViews().get(c);
          if (readAs(child, view, q, known) == null) {
            double upper = AuditReader.upper(view, q);
            if (none || upper < Double.POSITIVE_INFINITY) {
              learn(run, known, child, q, none ? 0.0 : upper);
              changed = true;
            }
          }
        }
      }
    }
    return known.size() > before;
  }

  /**
   * A value a reader of the run learned: read so in every run that has the same value, where the
   * period was complete in this run (as a published value is: a period still running then is
   * another number than the same period later).
   */
  private void learn(
      AuditReader run, Map<CellKey, Double> known, CellKey cell, Quantity q, double value) {
    known.put(cell, value);
    if (run.months().isComplete(cell)) {
      learnedBySome
          .computeIfAbsent(new EarlierRuns.CellQuantity(cell, q), k -> new HashSet<>())
          .add(value);
    }
  }

  /**
   * Whether some run published the value, or a reader learned it from a rate in some run. Asked
   * only of a value the run hid, so of a cell it has (a view).
   */
  private boolean readBySome(CellKey cell, AuditReader.CellView view, Quantity q, double value) {
    Set<Double> values = AuditReader.publishedBySome(view, q);
    if (values != null && values.contains(value)) {
      return true;
    }
    if (learnedBySome.isEmpty()) {
      return false;
    }
    values = learnedBySome.get(new EarlierRuns.CellQuantity(cell, q));
    return values != null && values.contains(value);
  }

  /**
   * What a reader reads of a quantity of a cell of this run: shown by it, learned from a rate, or
   * the same value published by another run.
   */
  private Double readAs(
      CellKey cell, AuditReader.CellView view, Quantity q, Map<CellKey, Double> known) {
    Double value = AuditReader.known(view, q);
    if (value == null && !known.isEmpty()) {
      value = known.get(cell);
    }
    if (value == null) {
      Double hidden = AuditReader.hiddenValue(view, q);
      if (hidden != null && readBySome(cell, view, q, hidden)) {
        value = hidden;
      }
    }
    return value;
  }

  private Double wholeAtExtreme(Quantity q, AuditLinks.Link link, Map<CellKey, Double> known) {
    boolean none = true;
    double parentUpper = AuditReader.upper(link.parentView(), q);
    boolean all = parentUpper < Double.POSITIVE_INFINITY;
    for (int c = 0; c < link.children().size(); c++) {
      AuditReader.CellView view = link.childViews().get(c);
      Double v = readAs(link.children().get(c), view, q, known);
      if (v == null) {
        return null;
      }
      none &= v == 0;
      all &= v >= AuditReader.upper(view, q);
    }
    if (none) {
      return 0.0;
    }
    return all ? parentUpper : null;
  }

  /** Whether this run has the same value of the quantity of the cell as the earlier run. */
  private boolean sameNow(Term t, double value) {
    if (!t.run().months().isComplete(t.cell())) {
      return false;
    }
    Double now = currentRun.known(t.cell(), t.quantity());
    if (now == null) {
      now = currentRun.hiddenValue(t.cell(), t.quantity());
    }
    return now != null && now == value;
  }

  /** Whether this run hides the same value of the same quantity and cell. */
  private boolean sharedWithCurrent(Term t) {
    Double value = t.run().hiddenValue(t.cell(), t.quantity());
    return value != null
        && t.run().months().isComplete(t.cell())
        && currentRun.isHidden(t.cell(), t.quantity())
        && value.equals(currentRun.hiddenValue(t.cell(), t.quantity()));
  }

  /**
   * The unknown of a quantity of a run's cell: the same for every run that hid the same value
   * (otherwise the run's own), its bounds the tightest any of them gives.
   */
  private Unknown unknown(AuditReader run, AuditReader.CellView view, CellKey cell, Quantity q) {
    Unknown[][] byQuantity =
        unknownOf.computeIfAbsent(run, r -> new Unknown[Quantity.values().length][]);
    Unknown[] ofRun = byQuantity[q.ordinal()];
    if (ofRun == null) {
      ofRun = byQuantity[q.ordinal()] = new Unknown[run.size()];
    }
    Unknown known = ofRun[view.index()];
    if (known != null) {
      return known; // what follows depends on the run's view of the cell only: done once
    }
    Double hidden = AuditReader.hiddenValue(view, q);
    Unknown unknown =
        unknowns.computeIfAbsent(
            new UnknownKey(cell, q, hidden != null ? hidden : run.run()),
            k -> new Unknown(cell, q, unknowns.size()));
    if (AuditReader.isHidden(view, q) && !unknown.runs.contains(run.run())) {
      unknown.runs.add(run.run());
    }
    unknown.lower = Math.max(unknown.lower, AuditReader.lower(view, q));
    unknown.upper = Math.min(unknown.upper, AuditReader.upper(view, q));
    ofRun[view.index()] = unknown;
    return unknown;
  }

  /** Every hidden value the relations give away, with how. */
  List<DisclosureAudit.Finding> check() {
    Map<Unknown, String> found = new LinkedHashMap<>();
    Map<Unknown, List<CellKey>> blockers = new HashMap<>();
    this.blockers = blockers;
    for (Row row : rows) {
      alone(row, found);
    }
    together(found);
    List<DisclosureAudit.Finding> findings = new ArrayList<>();
    found.forEach(
        (u, how) -> {
          if (u.runs.isEmpty()) {
            return; // not hidden by any run: nothing to protect
          }
          String where = u.runs.contains(current) ? "" : " (hidden in run " + u.runs.get(0) + ")";
          findings.add(
              new DisclosureAudit.Finding(
                  u.cell(), u.quantity(), how + where, blockers.getOrDefault(u, List.of())));
        });
    return findings;
  }

  /**
   * One relation alone: a lone unknown, or unknowns all on the bounds that make the sum extreme.
   */
  private void alone(Row row, Map<Unknown, String> found) {
    if (row.unknowns().length == 1) {
      String how;
      if (!row.additive()) {
        how = "follows from the stock-flow identity ";
      } else if (row.coefficients()[0] < 0) {
        how = "is its published total minus the other published parts ";
      } else {
        how = "equals the sum of its published parts ";
      }
      if (!found.containsKey(row.unknowns()[0])) {
        found.put(row.unknowns()[0], how + row.name().get());
        blockers.put(row.unknowns()[0], row.published());
      }
      return;
    }
    double lowest = 0;
    double highest = 0;
    for (int i = 0; i < row.unknowns().length; i++) {
      Unknown b = row.unknowns()[i];
      long c = row.coefficients()[i];
      lowest += c > 0 ? c * b.lower : c * b.upper;
      highest += c > 0 ? c * b.upper : c * b.lower;
    }
    double tolerance = 1e-6 * Math.max(1, Math.abs(row.constant()));
    boolean atLowest = !Double.isInfinite(lowest) && Math.abs(row.constant() - lowest) <= tolerance;
    boolean atHighest =
        !Double.isInfinite(highest) && Math.abs(row.constant() - highest) <= tolerance;
    if (atLowest || atHighest) {
      boolean positive = true;
      boolean negative = true;
      for (long c : row.coefficients()) {
        positive &= c > 0;
        negative &= c < 0;
      }
      String which =
          positive || negative
              ? (atLowest == positive ? "their lower bounds" : "their upper bounds")
              : "the bounds that make their sum extreme";
      for (Unknown u : row.unknowns()) {
        if (!found.containsKey(u)) {
          found.put(
              u, "is pinned: the hidden parts " + row.name().get() + " add up to exactly " + which);
          blockers.put(u, row.published());
        }
      }
    }
  }

  /**
   * The relations together: unknowns numbered finest table and shortest period first; one random
   * solution of the homogeneous relations shows each unknown it moves to be free; the rest are
   * tested exactly.
   */
  private void together(Map<Unknown, String> found) {
    boolean[] seen = new boolean[unknowns.size()];
    List<Unknown> ordered = new ArrayList<>();
    for (List<Row> rows : List.of(oneStep, generating)) {
      for (Row row : rows) {
        for (Unknown u : row.unknowns()) {
          if (!seen[u.id]) {
            seen[u.id] = true;
            ordered.add(u);
          }
        }
      }
    }
    if (ordered.isEmpty()) {
      return;
    }
    ordered.sort(
        Comparator.comparingInt((Unknown u) -> -u.cell().breakdown().filledDimensions().size())
            .thenComparing(u -> u.cell().granularity())
            .thenComparing(u -> u.cell().period())
            .thenComparing(Unknown::quantity));
    long[] column = new long[unknowns.size()];
    for (int i = 0; i < ordered.size(); i++) {
      column[ordered.get(i).id] = i;
    }
    int columns = ordered.size();
    // Exact elimination over the relations between each table and the tables one step finer,
    // the time steps and the stock-flow identities (which add up to every other relation); one
    // solution of those that keeps every other relation too shows each value it moves to be free.
    // Only where that shortcut does not settle a value is every relation eliminated.
    AuditEchelon echelon = new AuditEchelon(columns);
    Set<SparseKey> added = new HashSet<>();
    for (Row row : oneStep) {
      long[][] sparse = sparse(row, column);
      if (added.add(new SparseKey(sparse))) {
        echelon.add(sparse);
      }
    }
    List<long[][]> others = new ArrayList<>();
    for (Row row : generating) {
      long[][] sparse = sparse(row, column);
      if (added.add(new SparseKey(sparse))) {
        others.add(sparse);
      }
    }
    AuditEchelon.Solution first = echelon.solution();
    AuditEchelon.Solution solution = first;
    boolean complete = false;
    if (!others.stream().allMatch(row -> AuditEchelon.keeps(row, first))) {
      others.forEach(echelon::add);
      solution = echelon.solution();
      complete = true;
    }
    for (Unknown u : ordered) {
      long c = column[u.id];
      if (found.containsKey(u) || solution.moves(c)) {
        continue;
      }
      if (!complete && !echelon.spans(c)) {
        others.forEach(echelon::add);
        complete = true;
      }
      if (echelon.spans(c)) {
        found.put(u, "is determined by solving the published relations together");
      }
    }
  }

  /** A sparse row as a key: the same relation read from two runs is added once. */
  private record SparseKey(long[] columns, long[] values) {
    SparseKey(long[][] sparse) {
      this(sparse[0], sparse[1]);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SparseKey k
          && Arrays.equals(columns, k.columns)
          && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(columns) + Arrays.hashCode(values);
    }
  }

  private static long[][] sparse(Row row, long[] column) {
    int n = row.unknowns().length;
    long[] columns = new long[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      columns[i] = column[row.unknowns()[i].id];
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong(i -> columns[i]));
    // The unknowns of a row are distinct, so each column appears once.
    long[][] sparse = new long[2][n];
    for (int i = 0; i < n; i++) {
      sparse[0][i] = columns[order[i]];
      sparse[1][i] = Math.floorMod(row.coefficients()[order[i]], PRIME);
    }
    return sparse;
  }
}
