package nl.effectmeter.bench;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.privacy.CellRows;
import nl.effectmeter.privacy.Disclosure;
import nl.effectmeter.privacy.DisclosureAudit;
import nl.effectmeter.privacy.EarlierRuns;
import nl.effectmeter.privacy.HeadlineSuppression;
import nl.effectmeter.privacy.InformationLoss;
import nl.effectmeter.privacy.PublishedMonths;
import nl.effectmeter.table.CellDump;

/**
 * Times disclosure control (pattern and audit) on the cells of a real run, dumped by the job with
 * -Deffectmeter.cells.dump=FILE, and reports its information loss split into headline cells and the
 * rest: {@code PrivacyBench FILE FIRST_MONTH LAST_MONTH [REPEATS]}. With {@code
 * -Deffectmeter.bench.second=true} it then publishes the same cells again as a second run of the
 * same warehouse, audits the union and counts the values whose status changed. With {@code
 * -Deffectmeter.bench.findings=N} it prints the audit's first N findings, to read why a pattern
 * fails. With {@code -Deffectmeter.bench.gauss=FILE} it writes one quantity of one year ({@code
 * -Deffectmeter.bench.gauss.quantity}, default {@code decided}; {@code
 * -Deffectmeter.bench.gauss.year}, default {@code 2024}) with the pattern's statuses, the input of
 * bench/gauss/compare.R ({@link GaussTable}).
 */
public final class PrivacyBench {
  private PrivacyBench() {}

  public static void main(String[] args) {
    List<CellRows> cells = CellDump.read(Path.of(args[0]));
    PublishedMonths months =
        new PublishedMonths(YearMonth.parse(args[1]), YearMonth.parse(args[2]));
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    Disclosure.Result result = null;
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      result = new Disclosure(10).apply(cells, months);
      long pattern = System.nanoTime();
      List<DisclosureAudit.Finding> found =
          new DisclosureAudit(months).check(result.rows(), result.hiddenValues(), EarlierRuns.NONE);
      found.stream()
          .limit(Integer.getInteger("effectmeter.bench.findings", 0))
          .forEach(f -> System.out.println("finding: " + f.describe()));
      int findings = found.size();
      long audit = System.nanoTime();
      report(cells, result, (pattern - start) / 1e9, (audit - pattern) / 1e9, findings);
    }
    String gauss = System.getProperty("effectmeter.bench.gauss");
    if (gauss != null) {
      GaussTable.write(
          cells,
          new Disclosure(10),
          result,
          Quantity.fromLabel(System.getProperty("effectmeter.bench.gauss.quantity", "decided")),
          System.getProperty("effectmeter.bench.gauss.year", "2024"),
          Path.of(gauss));
    }
    if (Boolean.getBoolean("effectmeter.bench.second")) {
      EarlierRuns earlier =
          new EarlierRuns(
              List.of(new EarlierRuns.Run("first", months, result.rows(), result.hiddenValues())));
      long start = System.nanoTime();
      Disclosure.Result second = new Disclosure(10).apply(cells, months, earlier);
      long pattern = System.nanoTime();
      int findings =
          new DisclosureAudit(months).check(second.rows(), second.hiddenValues(), earlier).size();
      long audit = System.nanoTime();
      Map<String, Status> before = new HashMap<>();
      for (IndicatorRow row : result.rows()) {
        before.put(row.cell() + "|" + row.indicator(), row.status());
      }
      long changed =
          second.rows().stream()
              .filter(r -> before.get(r.cell() + "|" + r.indicator()) != r.status())
              .count();
      System.out.printf(
          "second run of the same cells: pattern %.1f s, audit of both runs %.1f s (%d findings);"
              + " %d values changed status%n",
          (pattern - start) / 1e9, (audit - pattern) / 1e9, findings, changed);
    }
  }

  private static void report(
      List<CellRows> cells, Disclosure.Result result, double pattern, double audit, int findings) {
    InformationLoss total = result.loss().stream().reduce(InformationLoss::sum).orElseThrow();
    // A digest of every published row's status, to compare patterns between versions.
    long digest = 1;
    for (var row : result.rows()) {
      digest = 31 * digest + (row.cell().toString() + row.indicator() + row.status()).hashCode();
    }
    System.out.printf(
        "cells %d, values %d: pattern %.1f s, audit %.1f s (%d findings); primary %d, secondary"
            + " %d, %.2f%% of the base; pattern digest %016x%n",
        cells.size(),
        total.values(),
        pattern,
        audit,
        findings,
        total.primary(),
        total.secondary(),
        100 * total.secondaryBaseShare(),
        digest);
    InformationLoss headline = null;
    InformationLoss rest = null;
    for (InformationLoss loss : result.loss()) {
      boolean isHeadline =
          !loss.granularity().equals("month")
              && List.of("total", "government_layer", "organisation", "regulation")
                  .contains(loss.breakdown());
      if (isHeadline) {
        headline = headline == null ? loss : InformationLoss.sum(headline, loss);
      } else {
        rest = rest == null ? loss : InformationLoss.sum(rest, loss);
      }
    }
    printLoss("headline cells", headline);
    printLoss("other cells", rest);
    Map<String, Integer> byQuantity = new TreeMap<>();
    for (HeadlineSuppression h : result.headline()) {
      byQuantity.merge(
          h.quantity().label() + " " + h.cell().granularity().label(), 1, Integer::sum);
    }
    System.out.printf(
        "  headline values hidden for others' sake: %d %s%n", result.headline().size(), byQuantity);
  }

  private static void printLoss(String what, InformationLoss loss) {
    if (loss != null) {
      System.out.printf(
          "  %s: values %d, published %d, primary %d, secondary %d (%.2f%% of the base)%n",
          what,
          loss.values(),
          loss.published(),
          loss.primary(),
          loss.secondary(),
          100 * loss.secondaryBaseShare());
    }
  }
}
