package nl.effectmeter.bench;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import nl.effectmeter.privacy.CellRows;
import nl.effectmeter.privacy.Disclosure;
import nl.effectmeter.privacy.DisclosureAudit;
import nl.effectmeter.privacy.InformationLoss;
import nl.effectmeter.privacy.PublishedMonths;
import nl.effectmeter.table.CellDump;

/**
 * Times disclosure control (pattern and audit) on the cells of a real run, dumped by the job with
 * -Deffectmeter.cells.dump=FILE: {@code PrivacyBench FILE FIRST_MONTH LAST_MONTH [REPEATS]}.
 */
public final class PrivacyBench {
  private PrivacyBench() {}

  public static void main(String[] args) {
    List<CellRows> cells = CellDump.read(Path.of(args[0]));
    PublishedMonths months =
        new PublishedMonths(YearMonth.parse(args[1]), YearMonth.parse(args[2]));
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      Disclosure.Result result = new Disclosure(10).apply(cells, months);
      long pattern = System.nanoTime();
      int findings = new DisclosureAudit(months).check(result.rows()).size();
      long audit = System.nanoTime();
      // A digest of every published row's status, to compare patterns between versions.
      long digest = 1;
      for (var row : result.rows()) {
        digest = 31 * digest + (row.cell().toString() + row.indicator() + row.status()).hashCode();
      }
      InformationLoss total = result.loss().stream().reduce(InformationLoss::sum).orElseThrow();
      System.out.printf(
          "cells %d, values %d: pattern %.1f s, audit %.1f s (%d findings); primary %d, secondary"
              + " %d, %.2f%% of the base; pattern digest %016x%n",
          cells.size(),
          total.values(),
          (pattern - start) / 1e9,
          (audit - pattern) / 1e9,
          findings,
          total.primary(),
          total.secondary(),
          100 * total.secondaryBaseShare(),
          digest);
    }
  }
}
