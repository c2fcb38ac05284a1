package nl.effectmeter.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import org.junit.jupiter.api.Test;

/** The release gate: a leaky pattern fails with the cell, the quantity and the relation. */
class DisclosureAuditTest {
  private static final YearMonth JAN = YearMonth.of(2025, 1);

  @Test
  void aLeakyPatternFailsNamingTheCellTheQuantityAndTheRelation() {
    // Organisation A: regulation R1 holds 4 cases (confidential), R2 30; A itself 34 published.
    List<IndicatorRow> leaky =
        new TinyRun()
            .cases(4, "A", "R1", "GM01", JAN, null)
            .cases(30, "A", "R2", "GM01", JAN, null)
            .cases(40, "B", "R2", "GM02", JAN, null)
            .primaryOnly();
    assertThatThrownBy(() -> new DisclosureAudit(TinyRun.MONTHS).require(leaky))
        .isInstanceOf(DisclosureAuditException.class)
        .hasMessageContaining("the disclosure audit found ")
        .hasMessageContaining(
            "first: received of organisation,regulation 2025-01 (organisation=A, regulation=R1)"
                + " is its published total minus the other published parts (total 2025-01 over"
                + " its organisation,regulation month cells)");
  }

  @Test
  void hiddenValuesOnTheirBoundsAreReportedAsPinned() {
    List<IndicatorRow> leaky =
        new TinyRun()
            .cases(1, "A", "R1", "GM01", JAN, JAN)
            .cases(1, "A", "R2", "GM01", JAN, JAN)
            .cases(30, "A", "R3", "GM01", JAN, JAN)
            .cases(40, "B", "R4", "GM02", JAN, JAN)
            .primaryOnly();
    assertThat(new DisclosureAudit(TinyRun.MONTHS).check(leaky))
        .extracting(DisclosureAudit.Finding::describe)
        .contains(
            "decided of organisation,regulation 2025-01 (organisation=A, regulation=R1) is pinned:"
                + " the hidden parts (total 2025-01 over its organisation,regulation month cells)"
                + " add up to exactly their lower bounds");
  }

  @Test
  void whatDisclosureControlPublishesPasses() {
    List<IndicatorRow> published =
        new TinyRun()
            .cases(4, "A", "R1", "GM01", JAN, null)
            .cases(30, "A", "R2", "GM01", JAN, null)
            .cases(40, "B", "R2", "GM02", JAN, null)
            .published();
    assertThat(new DisclosureAudit(TinyRun.MONTHS).check(published)).isEmpty();
  }

  @Test
  void aValueOnlyTheRelationsTogetherPinIsFound() {
    // A/R1 = A - A/R2 and A/R2 = R2 - B/R2: with A/R2 hidden too, no relation of the year alone
    // gives A/R1 away (A's year has two hidden parts), but the two together do.
    List<IndicatorRow> rows =
        new TinyRun()
            .cases(4, "A", "R1", "GM01", JAN, JAN)
            .cases(12, "A", "R2", "GM01", JAN, JAN)
            .cases(30, "B", "R2", "GM01", JAN, JAN)
            .cases(30, "B", "R3", "GM01", JAN, JAN)
            .primaryOnly();
    rows.replaceAll(
        r ->
            r.cell().breakdown() == Breakdown.ORGANISATION_REGULATION
                    && r.cell().organisation().equals("A")
                    && r.cell().regulation().equals("R2")
                ? r.suppressed(Status.CONFIDENTIAL)
                : r);
    assertThat(new DisclosureAudit(TinyRun.MONTHS).check(rows))
        .extracting(DisclosureAudit.Finding::describe)
        .contains(
            "received of organisation,regulation 2025 (organisation=A, regulation=R1) is"
                + " determined by solving the published relations together");
  }
}
