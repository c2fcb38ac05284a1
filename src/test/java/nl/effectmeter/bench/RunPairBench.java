package nl.effectmeter.bench;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.CellMeasures;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.privacy.CellRows;
import nl.effectmeter.privacy.Disclosure;
import nl.effectmeter.privacy.DisclosureAudit;
import nl.effectmeter.privacy.EarlierRuns;
import nl.effectmeter.privacy.PrimaryRules;
import nl.effectmeter.privacy.PublishedMonths;
import nl.effectmeter.table.CellDump;
import nl.effectmeter.table.IndicatorTable;

/**
 * Two runs of one warehouse, from the cells two job runs dumped (-Deffectmeter.cells.dump=FILE):
 * publishes the first, then the second as the job does with disclosure.between_runs=earlier_runs,
 * and audits the union independently: {@code RunPairBench FIRST_DUMP FIRST_MONTH LAST_MONTH
 * SECOND_DUMP FIRST_MONTH LAST_MONTH}. Prints the times, the findings (none when the job would
 * publish) and how many values of the second run changed status where their value did not change.
 */
public final class RunPairBench {
  private RunPairBench() {}

  public static void main(String[] args) {
    PublishedMonths firstMonths = months(args[1], args[2]);
    PublishedMonths secondMonths = months(args[4], args[5]);
    List<CellRows> firstCells = CellDump.read(Path.of(args[0]));
    List<CellRows> secondCells = CellDump.read(Path.of(args[3]));
    long start = System.nanoTime();
    Disclosure.Result first =
        new IndicatorTable(PrimaryRules.minimumBase(10), firstMonths)
            .disclose(firstCells, EarlierRuns.NONE);
    long firstDone = System.nanoTime();
    EarlierRuns earlier =
        new EarlierRuns(
            List.of(new EarlierRuns.Run("first", firstMonths, first.rows(), first.hiddenValues())));
    Disclosure.Result second;
    try {
      second =
          new IndicatorTable(PrimaryRules.minimumBase(10), secondMonths)
              .disclose(secondCells, earlier);
    } catch (RuntimeException e) {
      System.out.println("second run failed: " + e.getMessage());
      return;
    }
    long secondDone = System.nanoTime();
    List<DisclosureAudit.Finding> findings =
        new DisclosureAudit(secondMonths).check(second.rows(), second.hiddenValues(), earlier);
    long audited = System.nanoTime();
    // A cell whose measures are the same in both runs has the same values: its rows keep their
    // status where the search could keep it.
    Map<CellKey, CellMeasures> measuresBefore = new HashMap<>();
    firstCells.forEach(c -> measuresBefore.put(c.key(), c.measures()));
    Map<String, Status> statusBefore = new HashMap<>();
    first.rows().forEach(r -> statusBefore.put(r.cell() + "|" + r.indicator(), r.status()));
    Set<CellKey> unchanged = new HashSet<>();
    secondCells.forEach(
        c -> {
          if (c.measures().equals(measuresBefore.get(c.key())) && firstMonths.isComplete(c.key())) {
            unchanged.add(c.key());
          }
        });
    long same = 0;
    long changedStatus = 0;
    for (IndicatorRow row : second.rows()) {
      if (unchanged.contains(row.cell())) {
        same++;
        if (row.status() != statusBefore.get(row.cell() + "|" + row.indicator())) {
          changedStatus++;
        }
      }
    }
    System.out.printf(
        "first run %.1f s, second run %.1f s, independent audit of both %.1f s: %d findings;"
            + " %d rows of the second run are of settled cells whose measures did not change, %d"
            + " of them changed status%n",
        (firstDone - start) / 1e9,
        (secondDone - firstDone) / 1e9,
        (audited - secondDone) / 1e9,
        findings.size(),
        same,
        changedStatus);
    findings.stream().limit(20).forEach(f -> System.out.println("  " + f.describe()));
  }

  private static PublishedMonths months(String first, String last) {
    return new PublishedMonths(YearMonth.parse(first), YearMonth.parse(last));
  }
}
