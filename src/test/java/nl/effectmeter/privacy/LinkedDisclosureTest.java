package nl.effectmeter.privacy;

import static nl.effectmeter.indicator.Breakdown.ORGANISATION_;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_MUNICIPALITY;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION_MUNICIPALITY;
import static nl.effectmeter.indicator.Breakdown.REGULATION_;
import static nl.effectmeter.indicator.Granularity.MONTH;
import static nl.effectmeter.indicator.Granularity.QUARTER;
import static nl.effectmeter.indicator.Granularity.YEAR;
import static nl.effectmeter.indicator.Indicator.CASES_DECIDED;
import static nl.effectmeter.indicator.Indicator.CASES_RECEIVED;
import static nl.effectmeter.indicator.Indicator.OPEN_CASES;
import static nl.effectmeter.indicator.Indicator.TIMELY_DECISION_RATE;
import static nl.effectmeter.privacy.TinyRun.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.indicator.Status;
import org.junit.jupiter.api.Test;

/**
 * Each way a reader could work out a confidential value from published numbers, on a tiny hand-made
 * run: the way works on the primary pattern alone (so the test can fail), and no longer works on
 * what disclosure control publishes, which also passes the audit.
 */
class LinkedDisclosureTest {
  private static final String T = "_T";
  private static final YearMonth JAN = YearMonth.of(2025, 1);
  private static final YearMonth FEB = YearMonth.of(2025, 2);
  private static final YearMonth MAR = YearMonth.of(2025, 3);
  private static final YearMonth JUN = YearMonth.of(2025, 6);

  @Test
  void aTwoByTwoTableHidesFourCellsNotOne() {
    // Organisation A, regulations R1/R2 by municipalities GM01/GM02: (R1, GM01) holds 3 cases.
    TinyRun run =
        new TinyRun()
            .cases(3, "A", "R1", "GM01", JAN, JAN)
            .cases(20, "A", "R1", "GM02", JAN, JAN)
            .cases(20, "A", "R2", "GM01", JAN, JAN)
            .cases(30, "A", "R2", "GM02", JAN, JAN);
    CellKey small = cell(ORGANISATION_REGULATION_MUNICIPALITY, YEAR, "2025", "A", "R1", "GM01");
    Attacker.Factory attack =
        rows ->
            new Attacker(rows, CASES_RECEIVED, 1)
                .relation(
                    cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R1", T),
                    small,
                    cell(ORGANISATION_REGULATION_MUNICIPALITY, YEAR, "2025", "A", "R1", "GM02"))
                .relation(
                    cell(ORGANISATION_MUNICIPALITY, YEAR, "2025", "A", T, "GM01"),
                    small,
                    cell(ORGANISATION_REGULATION_MUNICIPALITY, YEAR, "2025", "A", "R2", "GM01"));
    assertBlocked(run, attack, small);
  }

  @Test
  void anOrganisationIsTheSumOfItsRegulationsNotOnlyOfItsMunicipalities() {
    TinyRun run =
        new TinyRun()
            .cases(4, "A", "R1", "GM01", JAN, JAN)
            .cases(30, "A", "R2", "GM01", JAN, JAN)
            .cases(40, "B", "R2", "GM01", JAN, JAN);
    CellKey small = cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R1", T);
    Attacker.Factory attack =
        rows ->
            new Attacker(rows, CASES_RECEIVED, 1)
                .relation(
                    cell(ORGANISATION_, YEAR, "2025", "A", T, T),
                    small,
                    cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R2", T));
    assertBlocked(run, attack, small);
  }

  @Test
  void aQuarterIsTheSumOfItsMonths() {
    TinyRun run =
        new TinyRun()
            .cases(3, "A", "R1", "GM01", JAN, JAN)
            .cases(20, "A", "R1", "GM01", FEB, FEB)
            .cases(20, "A", "R1", "GM01", MAR, MAR)
            .cases(30, "B", "R2", "GM02", JAN, JAN)
            .cases(30, "B", "R2", "GM02", FEB, FEB)
            .cases(30, "B", "R2", "GM02", MAR, MAR);
    CellKey january = cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R1", T);
    Attacker.Factory attack =
        rows ->
            new Attacker(rows, CASES_RECEIVED, 1)
                .relation(
                    cell(ORGANISATION_REGULATION, QUARTER, "2025-Q1", "A", "R1", T),
                    january,
                    cell(ORGANISATION_REGULATION, MONTH, "2025-02", "A", "R1", T),
                    cell(ORGANISATION_REGULATION, MONTH, "2025-03", "A", "R1", T));
    assertBlocked(run, attack, january);
  }

  @Test
  void theOpenCasesOfAQuarterAreThoseOfItsLastMonth() {
    // Open at the end of March: A/R1 3 (confidential), A/R2 40; hiding A/R2's March to protect
    // A/R1 must hide A/R2's first quarter too, which is the same number.
    TinyRun run =
        new TinyRun()
            .cases(3, "A", "R1", "GM01", JAN, JUN)
            .cases(40, "A", "R2", "GM01", JAN, JUN)
            .cases(50, "B", "R3", "GM02", JAN, JUN);
    CellKey small = cell(ORGANISATION_REGULATION, MONTH, "2025-03", "A", "R1", T);
    CellKey march = cell(ORGANISATION_REGULATION, MONTH, "2025-03", "A", "R2", T);
    Attacker.Factory attack =
        rows ->
            new Attacker(rows, OPEN_CASES, 1)
                .relation(cell(ORGANISATION_, MONTH, "2025-03", "A", T, T), small, march)
                .relation(cell(ORGANISATION_REGULATION, QUARTER, "2025-Q1", "A", "R2", T), march)
                .relation(cell(ORGANISATION_REGULATION, QUARTER, "2025-Q1", "A", "R1", T), small);
    assertBlocked(run, attack, small);
  }

  @Test
  void aDenominatorHiddenInOneRowIsHiddenInEveryRowThatShowsIt() {
    // A/R1 received 12 cases in January and decided 5 of them: the decisions are confidential in
    // every row that shows them. (Under contract v2 the 12 received cases stayed published; under
    // v3 the stock-flow identity ties them to the 5 decided and the 7 open, all hidden, and the
    // pattern search may hide them as the cheapest way to keep those three together.)
    TinyRun run =
        new TinyRun()
            .cases(5, "A", "R1", "GM01", JAN, JAN)
            .cases(7, "A", "R1", "GM01", JAN, null)
            .cases(40, "A", "R2", "GM01", JAN, JAN)
            .cases(40, "B", "R2", "GM02", JAN, JAN);
    CellKey cell = cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R1", T);
    List<IndicatorRow> published = run.published();
    for (IndicatorRow row : published) {
      if (row.cell().equals(cell)) {
        boolean showsDecisions = Shown.by(row.indicator()).all().contains(Quantity.DECIDED);
        assertThat(row.status())
            .as(row.indicator().id())
            .isEqualTo(showsDecisions ? Status.CONFIDENTIAL : row.status());
      }
    }
    assertThat(TinyRun.numerator(published, TIMELY_DECISION_RATE, cell)).isNull();
    assertThat(new DisclosureAudit(TinyRun.MONTHS).check(published)).isEmpty();
  }

  @Test
  void aChainOfTwoSubtractionsIsBlocked() {
    // A/R1 = A - A/R2, and A/R2 = R2 - B/R2: hiding A/R2 alone is not enough.
    TinyRun run =
        new TinyRun()
            .cases(4, "A", "R1", "GM01", JAN, JAN)
            .cases(12, "A", "R2", "GM01", JAN, JAN)
            .cases(30, "B", "R2", "GM01", JAN, JAN)
            .cases(30, "B", "R3", "GM01", JAN, JAN);
    CellKey small = cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R1", T);
    CellKey middle = cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R2", T);
    Attacker.Factory attack =
        rows ->
            new Attacker(rows, CASES_RECEIVED, 1)
                .relation(cell(ORGANISATION_, YEAR, "2025", "A", T, T), small, middle)
                .relation(
                    cell(REGULATION_, YEAR, "2025", T, "R2", T),
                    middle,
                    cell(ORGANISATION_REGULATION, YEAR, "2025", "B", "R2", T));
    List<IndicatorRow> halfway = run.primaryOnly();
    halfway.replaceAll(r -> r.cell().equals(middle) ? r.suppressed(Status.CONFIDENTIAL) : r);
    assertThat(attack.of(halfway).derivable()).as("hiding only A/R2").contains(small, middle);
    assertBlocked(run, attack, small);
  }

  @Test
  void hiddenPartsAddingUpToZeroGiveTheirNumeratorsAway() {
    // A/R1 and A/R2 decide 4 and 5 cases (confidential), none in time; A decides 20 in time, all
    // of them A/R3's: the hidden part of A's timely decisions is 0, so both would be known as 0.
    TinyRun run =
        new TinyRun()
            .cases(4, "A", "R1", "GM01", JAN, JAN)
            .cases(5, "A", "R2", "GM01", JAN, JAN)
            .timely(20, "A", "R3", "GM01", JAN)
            .cases(10, "A", "R3", "GM01", JAN, JAN)
            .timely(40, "B", "R4", "GM02", JAN);
    CellKey r1 = cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R1", T);
    CellKey r2 = cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R2", T);
    Attacker.Factory attack =
        rows ->
            new Attacker(rows, TIMELY_DECISION_RATE, 0)
                .relation(
                    cell(ORGANISATION_, YEAR, "2025", "A", T, T),
                    r1,
                    r2,
                    cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R3", T));
    assertBlocked(run, attack, r1);
  }

  @Test
  void hiddenBasesAddingUpToTheirCountAreOneEach() {
    TinyRun run =
        new TinyRun()
            .cases(1, "A", "R1", "GM01", JAN, JAN)
            .cases(1, "A", "R2", "GM01", JAN, JAN)
            .cases(30, "A", "R3", "GM01", JAN, JAN)
            .cases(40, "B", "R4", "GM02", JAN, JAN);
    CellKey r1 = cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R1", T);
    CellKey r2 = cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R2", T);
    Attacker.Factory attack =
        rows ->
            new Attacker(rows, CASES_DECIDED, 1)
                .relation(
                    cell(ORGANISATION_, YEAR, "2025", "A", T, T),
                    r1,
                    r2,
                    cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R3", T));
    assertBlocked(run, attack, r1);
  }

  @Test
  void eighteenOverTwoHiddenCellsStaysHiddenBecauseTheStatusDoesNotSayWhy() {
    // 9 + 9 under a published 48 with 30 published: a reader who knew both were below 10 (their
    // own small bases) would find 9 each; with one status they know only "at least 1 each".
    TinyRun run =
        new TinyRun()
            .cases(9, "A", "R1", "GM01", JAN, JAN)
            .cases(9, "A", "R2", "GM01", JAN, JAN)
            .cases(30, "A", "R3", "GM01", JAN, JAN)
            .cases(40, "B", "R4", "GM02", JAN, JAN);
    List<IndicatorRow> published = run.published();
    CellKey r1 = cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R1", T);
    CellKey r2 = cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R2", T);
    CellKey r3 = cell(ORGANISATION_REGULATION, YEAR, "2025", "A", "R3", T);
    double hiddenPart =
        TinyRun.numerator(published, CASES_RECEIVED, cell(ORGANISATION_, YEAR, "2025", "A", T, T))
            - TinyRun.numerator(published, CASES_RECEIVED, r3);
    assertThat(hiddenPart).isEqualTo(18.0);
    int belowK = 9; // what a status "confidential for its own base" would tell: at most k - 1
    assertThat(hiddenPart - belowK).as("the other one, were the reasons public").isEqualTo(belowK);
    assertThat(published)
        .extracting(IndicatorRow::status)
        .containsOnly(Status.OK, Status.CONFIDENTIAL, Status.NO_DATA);
    assertThat(TinyRun.numerator(published, CASES_RECEIVED, r1)).isNull();
    assertThat(TinyRun.numerator(published, CASES_RECEIVED, r2)).isNull();
    assertThat(TinyRun.numerator(published, CASES_RECEIVED, r3)).as("least loss").isEqualTo(30.0);
    assertThat(new DisclosureAudit(TinyRun.MONTHS).check(published)).isEmpty();
  }

  @Test
  void theSameInputGivesTheSamePattern() {
    TinyRun run =
        new TinyRun()
            .cases(3, "A", "R1", "GM01", JAN, FEB)
            .cases(12, "A", "R2", "GM02", FEB, MAR)
            .cases(7, "B", "R1", "GM01", MAR, null)
            .cases(30, "B", "R3", "GM02", JAN, JUN);
    assertThat(run.published()).isEqualTo(run.published());
  }

  private static void assertBlocked(TinyRun run, Attacker.Factory attack, CellKey target) {
    Set<CellKey> before = attack.of(run.primaryOnly()).derivable();
    assertThat(before).as("derivable from the primary pattern").contains(target);
    List<IndicatorRow> published = run.published();
    assertThat(attack.of(published).derivable()).as("derivable from the publication").isEmpty();
    assertThat(new DisclosureAudit(TinyRun.MONTHS).check(published)).isEmpty();
  }
}
