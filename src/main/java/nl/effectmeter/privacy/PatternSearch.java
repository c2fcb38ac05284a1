package nl.effectmeter.privacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import nl.effectmeter.indicator.Quantity;

/**
 * Secondary suppression for one quantity in one year: adds cells to the hidden ones until no hidden
 * value can be worked out from the published ones, in a fixed order of preference.
 *
 * <p>Two checks, repeated until neither finds anything. Locally, per relation: a published parent
 * over exactly one hidden child gives it away, and so does a published parent over hidden children
 * that all sit on what a reader knows of them (1 for a base, 0 otherwise); a hidden parent over
 * published children only is their sum. Globally, per connected part of the hidden cells: exact
 * elimination over the generating relations finds the values that several relations pin only
 * together. Each finding is blocked by hiding the most expendable published cell of the relation
 * (the {@link Candidates} order): fine and small cells first. Of a combination found by
 * elimination, a cell that the other published values would tell once hidden is passed over where
 * the combination holds another (see {@link #determinedOnceHidden}). Between eliminations the
 * search follows which cells are pinned as it hides further ones ({@link Pinning}), so that a round
 * of fixes costs no elimination of its own.
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("ArrayRecordComponent")
final class PatternSearch {
  private final Lattice lattice;
  private final Quantity quantity;
  private final double[] values;
  private final Values bounds;
  private final int[] toldBy;
  private final List<BoundBreak> boundBreaks = new ArrayList<>();
  private final double[] lower;
  private final double[] upper;
  private final boolean[] hideable;
  private final Candidates candidates;
  private final List<Relation> relations;
  private final BitSet hidden;
  private final int[] fineFirst;

  /** The cell of each column of the elimination order: {@code fineFirst} inverted. */
  private final int[] cellAt;

  private final BitSet changed = new BitSet();
  private final BitSet added = new BitSet();
  private final BitSet unprotectable = new BitSet();
  private final Map<Integer, Integer> protects = new HashMap<>();

  /**
   * Which hidden cells are pinned, followed from one elimination to the next as cells are hidden
   * (only while {@link #run} chooses fixes): a round of fixes needs no elimination of its own, and
   * {@link #determinedOnceHidden} reads what is pinned now, not at the last elimination.
   */
  private Pinning pinning;

  /**
   * Whether a run that followed its last fixes without an elimination proves the end with one all
   * the same: with Java's assertions on (the tests), so that every test of the search also checks
   * {@link Pinning} against an exact elimination. A run does not need it: the combinations that
   * follow the pinned cells are as sure as the elimination's own test (a chance of 1 in 2^61 of a
   * wrong answer), and the audit checks the whole pattern apart from the search.
   */
  private static final boolean PROVE_FOLLOWED = PatternSearch.class.desiredAssertionStatus();

  /**
   * Whether eliminations hand what they found to {@link #pinning}: only while {@link #run} chooses
   * fixes (a release reads none).
   */
  private boolean weighing = true;

  private int eliminations;
  private long eliminationNanos;
  private int pinnedTogether;

  /**
   * The quantity of every cell of the lattice, and what a reader knows of each where it is hidden:
   * at least {@code lower} (1 for a base, or a published numerator it counts), at most {@code
   * upper} (its published denominator; infinite where there is none); and, for a value that is read
   * only because a published rate of 0 or 1 of its group tells it, that rate's cell (else -1; null
   * where no rate tells anything).
   */
  record Values(
      double[] values,
      double[] lower,
      double[] upper,
      Quantity[] lowerFrom,
      Quantity[] upperFrom,
      int[] toldBy) {}

  /**
   * @param values the quantity of every cell of the lattice and its bounds
   * @param hideable whether a cell's quantity may be suppressed (not where it is a base of 0)
   * @param hidden the cells whose quantity is hidden already; grows as the search adds to it
   */
  PatternSearch(
      Lattice lattice,
      Quantity quantity,
      Values values,
      boolean[] hideable,
      BitSet hidden,
      Candidates candidates) {
    this.lattice = lattice;
    this.quantity = quantity;
    this.values = values.values();
    this.bounds = values;
    // Its own copy: hiding a rate forgets what that rate told, in this search only.
    this.toldBy = values.toldBy() == null ? null : values.toldBy().clone();
    this.lower = values.lower();
    this.upper = values.upper();
    this.hideable = hideable;
    this.hidden = hidden;
    this.candidates = candidates;
    this.relations = lattice.relations(quantity);
    this.fineFirst = Candidates.eliminationOrder(lattice.cells());
    this.cellAt = new int[fineFirst.length];
    for (int cell = 0; cell < fineFirst.length; cell++) {
      cellAt[fineFirst[cell]] = cell;
    }
  }

  /** Hidden cells that every value pinning them is read already: no suppression protects them. */
  BitSet unprotectable() {
    return unprotectable;
  }

  /** The cells the search hid, ascending. */
  BitSet added() {
    return added;
  }

  /** The hidden cell that a cell the search hid protects (in the relation that asked for it). */
  int protects(int cell) {
    return protects.getOrDefault(cell, cell);
  }

  /** Hides further cells until the pattern is safe; returns the cells it hid, ascending. */
  BitSet run() {
    Deque<Integer> work = new ArrayDeque<>();
    boolean[] queued = new boolean[relations.size()];
    for (int cell = hidden.nextSetBit(0); cell >= 0; cell = hidden.nextSetBit(cell + 1)) {
      enqueue(cell, work, queued);
    }
    changed.or(hidden);
    pinning = new Pinning(lattice, quantity, hidden);
    try {
      return search(work, queued);
    } finally {
      pinning = null; // its combinations are as long as the relations: not kept past the run
    }
  }

  private BitSet search(Deque<Integer> work, boolean[] queued) {
    while (true) {
      while (!work.isEmpty()) {
        int r = work.poll();
        queued[r] = false;
        int fix = localFix(relations.get(r));
        if (fix >= 0) {
          hide(fix, hiddenMember(relations.get(r)), work, queued);
          if (!queued[r]) {
            queued[r] = true;
            work.add(r);
          }
        }
      }
      List<Certificate> determined;
      if (pinning.current()) {
        determined = followed();
        if (determined.isEmpty() && PROVE_FOLLOWED) {
          List<Certificate> proof = eliminate();
          if (!proof.isEmpty()) {
            throw new AssertionError(
                "An elimination pins " + proof.size() + " values that were followed as free");
          }
        }
      } else {
        determined = eliminate();
      }
      pinnedTogether += determined.size();
      if (determined.isEmpty()) {
        return added;
      }
      for (Certificate found : determined) {
        Certificate certificate = found;
        if (pinning.current()) {
          // A fix for another value in this round may have freed this one, or changed which
          // combination pins it.
          if (!pinning.pins(found.cell())) {
            continue;
          }
          certificate = followed(found.cell());
        }
        int cell = certificate.cell();
        int fix = breaking(certificate);
        if (fix == BROKEN) {
          continue; // a fix for another value in this round hid a cell of the combination
        }
        if (fix >= 0) {
          hide(fix, cell, work, queued);
          continue;
        }
        int rate = tellingRate(certificate);
        if (rate >= 0) {
          // A value of the combination is read only through a published rate of 0 or 1: hiding
          // that rate makes the values it told hidden again, and the combination no longer pins.
          hide(rate, cell, work, queued);
          pinning.stale(); // cells hidden again below without being followed
          for (int told = 0; told < toldBy.length; told++) {
            if (toldBy[told] == rate && !hidden.get(told)) {
              toldBy[told] = -1;
              hidden.set(told);
              changed.set(told);
              enqueue(told, work, queued);
            }
          }
          continue;
        }
        // Every published value the combination holds can never be hidden (a base of 0, a value an
        // earlier run published, one a rate tells): it pins the cell whatever else is hidden, and
        // no suppression protects it. Left to the audit, which names it if it is a leak.
        unprotectable.set(cell);
        pinning.stale(); // a cell published again: what else it pins is not followed
        hideable[cell] = false;
        hidden.clear(cell);
        changed.set(cell);
        enqueue(cell, work, queued);
      }
    }
  }

  private List<Certificate> eliminate() {
    long eliminating = System.nanoTime();
    List<Certificate> determined = determinedTogether();
    eliminations++;
    eliminationNanos += System.nanoTime() - eliminating;
    return determined;
  }

  /**
   * The cells pinned now, as {@link #pinning} followed them, ascending, with their certificates.
   */
  private List<Certificate> followed() {
    List<Certificate> result = new ArrayList<>();
    for (int cell : pinning.cells()) {
      result.add(followed(cell));
    }
    return result;
  }

  private Certificate followed(int cell) {
    Map<Integer, Long> terms = pinning.certificate(cell);
    List<Relation> used = new ArrayList<>(terms.size());
    long[] weights = new long[terms.size()];
    int i = 0;
    for (Map.Entry<Integer, Long> term : terms.entrySet()) {
      used.add(relations.get(term.getKey()));
      weights[i++] = term.getValue();
    }
    return new Certificate(cell, used, weights);
  }

  /**
   * Publishes these hidden cells again where the pattern stays safe without them (rule 4's last
   * step: a value hidden for another's sake that later suppressions made unnecessary). Called after
   * {@link #run} found nothing more to hide: safe means that no relation holding one of them gives
   * a hidden value away, alone or together with others. Where it would not be safe the cells stay
   * hidden; returns whether they were published. {@code eliminate} false leaves the exact
   * elimination out where the caller proved that no hidden value becomes determined (the stock-flow
   * step proves it for cases received, decided and open over a larger system, which holds this
   * one's relations).
   */
  boolean release(int[] group, boolean eliminate) {
    weighing = false;
    for (int cell : group) {
      hidden.clear(cell);
    }
    boolean safe = true;
    for (int cell : group) {
      for (int r : lattice.relationsOf(quantity, cell)) {
        Relation relation = relations.get(r);
        if (relation.holdsFor(quantity) && givesAway(relation)) {
          safe = false;
        }
        markHidden(relation);
      }
    }
    safe = safe && (!eliminate || determinedTogether().isEmpty());
    changed.clear();
    if (!safe) {
      for (int cell : group) {
        hidden.set(cell);
      }
    }
    return safe;
  }

  /** Hides cells again that {@link #release} published (another value of theirs was unsafe). */
  void hideAgain(int[] group) {
    for (int cell : group) {
      hidden.set(cell);
    }
  }

  private void markHidden(Relation relation) {
    if (hidden.get(relation.parent())) {
      changed.set(relation.parent());
    }
    for (int child : relation.children()) {
      if (hidden.get(child)) {
        changed.set(child);
      }
    }
  }

  /**
   * Whether the relation gives a hidden value away as it stands, by the checks of {@link
   * #localFix}: a published total over one hidden part, a hidden total over published parts, or
   * hidden values that all sit on the bounds that make the difference extreme.
   */
  private boolean givesAway(Relation relation) {
    HiddenParts parts = hiddenParts(relation);
    int parent = relation.parent();
    if (hidden.get(parent)) {
      return parts.count() == 0
          || (atUpper(parent) && parts.allAtLower())
          || (atLower(parent) && parts.allAtUpper());
    }
    return parts.count() > 0 && (parts.count() == 1 || parts.allAtLower() || parts.allAtUpper());
  }

  /** How many of a relation's parts are hidden, and whether all of those sit on a bound. */
  private record HiddenParts(int count, boolean allAtLower, boolean allAtUpper) {}

  private HiddenParts hiddenParts(Relation relation) {
    int count = 0;
    boolean allAtLower = true;
    boolean allAtUpper = true;
    for (int child : relation.children()) {
      if (hidden.get(child)) {
        count++;
        allAtLower &= atLower(child);
        allAtUpper &= atUpper(child);
      }
    }
    return new HiddenParts(count, allAtLower, allAtUpper);
  }

  /** A hidden cell that the relations determine together, and the combination that does. */
  private record Certificate(int cell, List<Relation> relations, long[] weights) {}

  /** What {@link #breaking} returns for a combination that no longer pins its cell. */
  private static final int BROKEN = -2;

  /**
   * The most expendable published cell that the determining combination of relations holds with a
   * weight other than 0: hiding it turns the combination into one over two hidden cells. {@link
   * #BROKEN} where the combination holds another hidden cell already (hidden for another value
   * since the elimination), -1 where every published cell it holds can never be hidden.
   */
  private int breaking(Certificate certificate) {
    if (!hidden.get(certificate.cell())) {
      return BROKEN; // found given in this round (a twin of a value published again)
    }
    Map<Integer, Long> weights = new HashMap<>();
    for (int i = 0; i < certificate.relations().size(); i++) {
      Relation relation = certificate.relations().get(i);
      long w = certificate.weights()[i];
      weights.merge(relation.parent(), w, (a, b) -> (a + b) % ModularEchelon.P);
      long minus = ModularEchelon.P - w;
      for (int child : relation.children()) {
        weights.merge(child, minus, (a, b) -> (a + b) % ModularEchelon.P);
      }
    }
    int best = -1;
    int bestFree = -1;
    for (Map.Entry<Integer, Long> entry : weights.entrySet()) {
      int cell = entry.getKey();
      if (entry.getValue() == 0 || cell == certificate.cell()) {
        continue;
      }
      if (hidden.get(cell)) {
        return BROKEN;
      }
      if (hideable[cell] && (best < 0 || candidates.compare(cell, best) < 0)) {
        best = cell;
      }
      if (hideable[cell]
          && (bestFree < 0 || candidates.compare(cell, bestFree) < 0)
          && !determinedOnceHidden(cell)) {
        bestFree = cell;
      }
    }
    // A cell the other published values tell protects nothing by being hidden: the combination
    // would only go round it (and it would need protecting itself). Where every cell is such, the
    // most expendable.
    return bestFree >= 0 ? bestFree : best;
  }

  /**
   * Whether the relations of the hidden cells would determine this published cell once it were
   * hidden (its column outside their span), as {@link #pinning} tells.
   */
  private boolean determinedOnceHidden(int cell) {
    return pinning != null && pinning.pinnedOnceHidden(cell);
  }

  /**
   * The most expendable published rate that tells a value the combination holds, or -1 where no
   * value of it is read through a rate that could be hidden.
   */
  private int tellingRate(Certificate certificate) {
    if (toldBy == null) {
      return -1;
    }
    int best = -1;
    for (int i = 0; i < certificate.relations().size(); i++) {
      Relation relation = certificate.relations().get(i);
      for (int member : relation.children()) {
        best = betterRate(toldBy[member], best);
      }
      best = betterRate(toldBy[relation.parent()], best);
    }
    return best;
  }

  private int betterRate(int rate, int best) {
    if (rate < 0 || hidden.get(rate) || !hideable[rate]) {
      return best;
    }
    return best < 0 || candidates.compare(rate, best) < 0 ? rate : best;
  }

  /** How the last run went, for the log: eliminations, their time, values pinned together. */
  String report() {
    return eliminations
        + " eliminations in "
        + eliminationNanos / 1_000_000
        + " ms, "
        + pinnedTogether
        + " values pinned only by several relations";
  }

  private void hide(int cell, int protecting, Deque<Integer> work, boolean[] queued) {
    pinning.hiding(cell);
    hidden.set(cell);
    added.set(cell);
    protects.putIfAbsent(cell, protecting);
    changed.set(cell);
    enqueue(cell, work, queued);
  }

  private void enqueue(int cell, Deque<Integer> work, boolean[] queued) {
    for (int r : lattice.relationsOf(quantity, cell)) {
      if (!queued[r] && relations.get(r).holdsFor(quantity)) {
        queued[r] = true;
        work.add(r);
      }
    }
  }

  /** The cell to hide so that this relation gives nothing away, or -1 where it gives nothing. */
  private int localFix(Relation relation) {
    if (!relation.holdsFor(quantity)) {
      return -1;
    }
    int parent = relation.parent();
    HiddenParts parts = hiddenParts(relation);
    int hiddenChildren = parts.count();
    boolean childrenAtLower = parts.allAtLower();
    boolean childrenAtUpper = parts.allAtUpper();
    if (hidden.get(parent)) {
      if (hiddenChildren == 0) {
        return best(relation.children(), cell -> true); // the sum of its published parts
      }
      // parent - (hidden parts) = the published parts: pinned where every term sits on the bound
      // that makes the difference extreme.
      boolean highest = atUpper(parent) && childrenAtLower;
      boolean lowest = atLower(parent) && childrenAtUpper;
      if (!highest && !lowest) {
        return -1;
      }
      int fix = best(relation.children(), cell -> highest ? !atLower(cell) : !atUpper(cell));
      return fix >= 0 ? fix : best(relation.children(), cell -> true);
    }
    if (hiddenChildren == 0) {
      return -1;
    }
    boolean lone = hiddenChildren == 1;
    if (!lone && !childrenAtLower && !childrenAtUpper) {
      return -1;
    }
    // One hidden part is the total minus the rest; hidden parts that all sit on their lower (or
    // all on their upper) bounds are too. Another part off that bound, or the total, blocks both;
    // take whichever is the more expendable.
    boolean offLower = childrenAtLower;
    boolean offUpper = childrenAtUpper;
    int child =
        best(
            relation.children(),
            cell -> (!offLower || !atLower(cell)) && (!offUpper || !atUpper(cell)));
    int total = hideable[parent] ? parent : -1;
    int fix;
    if (child >= 0 && (total < 0 || candidates.compare(child, total) < 0)) {
      fix = child;
    } else {
      fix = total >= 0 ? total : best(relation.children(), cell -> true);
    }
    if (!lone && (fix < 0 || candidates.isHeadline(fix))) {
      // Rather than a headline cell, hide the published value that bounds a hidden part (its
      // numerator or denominator, in that quantity's own problem): the parts are then no longer
      // known to sit on their bounds.
      for (int c : relation.children()) {
        if (hidden.get(c) && offLower && bounds.lowerFrom()[c] != null) {
          boundBreaks.add(new BoundBreak(c, bounds.lowerFrom()[c], hiddenMember(relation)));
          return -1;
        }
        if (hidden.get(c) && offUpper && bounds.upperFrom()[c] != null) {
          boundBreaks.add(new BoundBreak(c, bounds.upperFrom()[c], hiddenMember(relation)));
          return -1;
        }
      }
    }
    return fix;
  }

  /** A published value of another quantity to hide at a cell, so that it bounds nothing. */
  record BoundBreak(int cell, Quantity quantity, int protects) {}

  /** The bounds this search asks to hide instead of a headline cell. */
  List<BoundBreak> boundBreaks() {
    return boundBreaks;
  }

  private boolean atLower(int cell) {
    return values[cell] <= lower[cell];
  }

  private boolean atUpper(int cell) {
    return values[cell] >= upper[cell];
  }

  /** The first hidden member of a relation: the value its fix protects. */
  private int hiddenMember(Relation relation) {
    if (hidden.get(relation.parent())) {
      return relation.parent();
    }
    for (int child : relation.children()) {
      if (hidden.get(child)) {
        return child;
      }
    }
    return relation.parent();
  }

  /** The most expendable published, hideable cell among these that passes the test. */
  private int best(int[] cells, IntPredicate test) {
    int best = -1;
    for (int cell : cells) {
      if (!hidden.get(cell)
          && hideable[cell]
          && test.test(cell)
          && (best < 0 || candidates.compare(cell, best) < 0)) {
        best = cell;
      }
    }
    return best;
  }

  /**
   * Hidden cells that the generating relations determine, by exact elimination per connected part;
   * only the parts holding a cell hidden since the last elimination can have changed. Those parts
   * are found by walking from the changed cells through the relations they take part in, so an
   * elimination costs what its parts hold, not what the whole year holds.
   */
  private List<Certificate> determinedTogether() {
    BitSet reached = new BitSet();
    BitSet taken = new BitSet();
    List<int[]> parts = new ArrayList<>();
    for (int cell = changed.nextSetBit(0); cell >= 0; cell = changed.nextSetBit(cell + 1)) {
      if (hidden.get(cell) && !reached.get(cell)) {
        parts.add(partOf(cell, reached, taken));
      }
    }
    changed.clear();
    List<Certificate> result = new ArrayList<>();
    List<ModularEchelon> systems = new ArrayList<>(parts.size());
    List<List<ModularEchelon.Determined>> found = new ArrayList<>(parts.size());
    for (int[] part : parts) {
      ModularEchelon system = new ModularEchelon(weighing);
      for (int r : part) {
        Relation relation = relations.get(r);
        int count = hidden.get(relation.parent()) ? 1 : 0;
        for (int child : relation.children()) {
          count += hidden.get(child) ? 1 : 0;
        }
        int[] columns = new int[count];
        long[] coefficients = new long[count];
        int n = 0;
        for (int child : relation.children()) {
          if (hidden.get(child)) {
            columns[n] = fineFirst[child];
            coefficients[n++] = -1;
          }
        }
        if (hidden.get(relation.parent())) {
          columns[n] = fineFirst[relation.parent()];
          coefficients[n++] = 1;
        }
        sortTogether(columns, coefficients);
        system.add(columns, coefficients);
      }
      List<ModularEchelon.Determined> determined = system.determined();
      for (ModularEchelon.Determined d : determined) {
        List<Relation> used = new ArrayList<>(d.rows().length);
        for (int r : d.rows()) {
          used.add(relations.get(part[r]));
        }
        result.add(new Certificate(cellAt[d.column()], used, d.weights()));
      }
      systems.add(system);
      found.add(determined);
    }
    if (weighing) {
      // What the elimination found, for the rounds of fixes that follow it; where nothing is
      // pinned the search ends here and needs none of it.
      if (result.isEmpty()) {
        pinning.stale();
      } else {
        pinning.eliminating();
        for (int p = 0; p < parts.size(); p++) {
          int[] part = parts.get(p);
          pinning.part(part, systems.get(p).leftNullVectors(Pinning.COMBINATIONS));
          for (ModularEchelon.Determined d : found.get(p)) {
            pinning.pinned(cellAt[d.column()], part, d.rows(), d.weights());
          }
        }
        pinning.eliminated();
      }
    }
    result.sort((a, b) -> Integer.compare(a.cell(), b.cell()));
    return result;
  }

  /**
   * The generating relations of the connected part of the hidden cells that holds the cell (linked
   * by a generating relation holding two of them), ascending: the rows of its system, in the order
   * a scan of every relation would give them.
   */
  private int[] partOf(int cell, BitSet reached, BitSet taken) {
    List<Integer> part = new ArrayList<>();
    Deque<Integer> work = new ArrayDeque<>();
    reached.set(cell);
    work.add(cell);
    while (!work.isEmpty()) {
      int at = work.poll();
      for (int r : lattice.relationsOf(quantity, at)) {
        Relation relation = relations.get(r);
        if (taken.get(r) || !relation.holdsFor(quantity) || !relation.generating()) {
          continue;
        }
        taken.set(r);
        part.add(r);
        reach(relation.parent(), reached, work);
        for (int child : relation.children()) {
          reach(child, reached, work);
        }
      }
    }
    return part.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private void reach(int cell, BitSet reached, Deque<Integer> work) {
    if (hidden.get(cell) && !reached.get(cell)) {
      reached.set(cell);
      work.add(cell);
    }
  }

  private static void sortTogether(int[] columns, long[] coefficients) {
    Integer[] order = new Integer[columns.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(columns[a], columns[b]));
    int[] c = columns.clone();
    long[] v = coefficients.clone();
    for (int i = 0; i < order.length; i++) {
      columns[i] = c[order[i]];
      coefficients[i] = v[order[i]];
    }
  }
}
