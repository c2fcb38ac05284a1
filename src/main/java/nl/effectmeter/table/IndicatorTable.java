package nl.effectmeter.table;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.effectmeter.indicator.Cell;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.EquityGaps;
import nl.effectmeter.indicator.IndicatorCalculator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.privacy.CellRows;
import nl.effectmeter.privacy.Disclosure;
import nl.effectmeter.privacy.DisclosureAudit;
import nl.effectmeter.privacy.DisclosureAuditException;
import nl.effectmeter.privacy.EarlierRuns;
import nl.effectmeter.privacy.HeadlineSuppression;
import nl.effectmeter.privacy.InformationLoss;
import nl.effectmeter.privacy.PrimaryRules;
import nl.effectmeter.privacy.PublishedMonths;
import nl.effectmeter.privacy.Suppression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the published indicators table from aggregated cells: the formulas, disclosure control
 * over every linked table and period, the audit that gates publication, then the equity gaps over
 * what may be published, in cell order.
 */
public final class IndicatorTable {
  private static final Logger LOG = LoggerFactory.getLogger("effectmeter");

  /** The order of the published table: breakdown, granularity, period, codes, indicator. */
  public static final Comparator<IndicatorRow> CELL_ORDER =
      Comparator.comparing(IndicatorRow::cell, Disclosure.CELL_ORDER)
          .thenComparing(IndicatorRow::indicator);

  private static final int MAX_ATTEMPTS = 5;

  private final PrimaryRules rules;
  private final PublishedMonths months;

  public IndicatorTable(PrimaryRules rules, PublishedMonths months) {
    this.rules = requireNonNull(rules, "rules is null");
    this.months = requireNonNull(months, "months is null");
  }

  /** The table as published, with the suppressions behind it and what they cost. */
  public record Published(
      List<IndicatorRow> rows,
      List<Suppression> suppressions,
      List<InformationLoss> loss,
      List<HeadlineSuppression> headline) {
    public Published(
        List<IndicatorRow> rows, List<Suppression> suppressions, List<InformationLoss> loss) {
      this(rows, suppressions, loss, List.of());
    }
  }

  /** The table of a warehouse's first run. */
  public Published build(List<Cell> cells) {
    return build(cells, EarlierRuns.NONE);
  }

  /** The table, safe together with every run the warehouse published before. */
  public Published build(List<Cell> cells, EarlierRuns earlier) {
    List<CellRows> computed = new ArrayList<>();
    List<CellKey> existing = new ArrayList<>();
    for (Cell cell : cells) {
      if (IndicatorCalculator.exists(cell.measures())) {
        existing.add(cell.key());
        computed.add(
            new CellRows(
                cell.key(),
                cell.measures(),
                IndicatorCalculator.rows(cell.key(), cell.measures())));
      }
    }
    CellDump.writeIfAsked(computed);
    Disclosure.Result disclosed = disclose(computed, earlier);
    List<IndicatorRow> all = new ArrayList<>(disclosed.rows());
    all.addAll(EquityGaps.rows(existing, disclosed.rows()));
    all.sort(CELL_ORDER);
    return new Published(all, disclosed.suppressions(), disclosed.loss(), disclosed.headline());
  }

  /**
   * The pattern of these cells' rows that the audit passes, together with every earlier run: the
   * search, then the audit as the gate. Where the audit finds a value that one relation gives away,
   * the search runs again with a published member of that relation hidden from the start (a finer
   * cell before a headline cell), a few times at most; the run fails if the audit still finds
   * anything.
   */
  public Disclosure.Result disclose(List<CellRows> computed, EarlierRuns earlier) {
    long started = System.nanoTime();
    Set<EarlierRuns.CellQuantity> alsoHidden = new HashSet<>();
    Disclosure.Result disclosed;
    long searched;
    for (int attempt = 1; ; attempt++) {
      disclosed = new Disclosure(rules).apply(computed, months, earlier, alsoHidden);
      searched = System.nanoTime();
      List<DisclosureAudit.Finding> findings =
          new DisclosureAudit(months).check(disclosed.rows(), disclosed.hiddenValues(), earlier);
      if (findings.isEmpty()) {
        break;
      }
      int more = 0;
      for (DisclosureAudit.Finding finding : findings) {
        List<CellKey> blockers = new ArrayList<>(finding.published());
        blockers.sort(Comparator.comparing(Disclosure::isHeadline));
        for (CellKey blocker : blockers) {
          if (alsoHidden.add(new EarlierRuns.CellQuantity(blocker, finding.quantity()))) {
            more++;
            break;
          }
        }
      }
      if (more == 0 || attempt == MAX_ATTEMPTS) {
        throw new DisclosureAuditException(findings);
      }
      LOG.warn(
          "Disclosure control: the audit found {} values given away (first: {}); searching again"
              + " with {} more values hidden",
          findings.size(),
          findings.get(0).describe(),
          more);
    }
    long audited = System.nanoTime();
    LOG.info(
        "Disclosure control: {} quantities suppressed; pattern {} ms, audit with {} earlier runs {}"
            + " ms (passed)",
        disclosed.suppressions().size(),
        (searched - started) / 1_000_000,
        earlier.runs().size(),
        (audited - searched) / 1_000_000);
    return disclosed;
  }
}
