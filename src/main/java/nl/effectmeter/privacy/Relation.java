package nl.effectmeter.privacy;

import nl.effectmeter.indicator.Quantity;

/**
 * A relation a reader can use: the parent cell's quantity equals the sum of its children's.
 *
 * @param parent index of the coarser cell
 * @param children indices of the finer cells that exist (a missing cell holds zero)
 * @param forComplaintsToo false where the parent period starts before the first published month, so
 *     the relation holds only for quantities about cases
 * @param generating whether it is one of the relations every other follows from (same period and a
 *     breakdown one step finer, or same breakdown one granularity down); the rest are sums of
 *     these, kept for the bounds
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("ArrayRecordComponent")
record Relation(int parent, int[] children, boolean forComplaintsToo, boolean generating) {

  boolean holdsFor(Quantity quantity) {
    return forComplaintsToo || quantity.isAboutCases();
  }
}
