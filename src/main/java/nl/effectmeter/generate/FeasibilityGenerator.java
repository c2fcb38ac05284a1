package nl.effectmeter.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.reference.CodeLists;
import nl.effectmeter.reference.Organisation;

/**
 * Writes the two optional feasibility datasets: the story's rows (UWV's noodsignaal on WIA,
 * answered by postponement; UWV's uitvoeringstoets of WIA that expected timely decisions; the
 * municipalities' UDO of WMO that expected a far lower cost per case), knelpunten and assessments
 * across the other organisations and regulations, and, with defects, one row of every defect kind
 * in each dataset.
 *
 * <p>No signal is raised about UWV's WW in the last six months: its drift is the unvoiced distress.
 */
final class FeasibilityGenerator {
  private final World world;
  private final GeneratorSettings settings;
  private final Map<String, Long> defects = new LinkedHashMap<>();

  FeasibilityGenerator(World world, GeneratorSettings settings) {
    this.world = world;
    this.settings = settings;
  }

  /** The defective rows written, per dataset and reason. */
  Map<String, Long> defects() {
    return defects;
  }

  void write(Path output) {
    SplittableRandom random = new SplittableRandom(settings.seed() ^ 0x5EA51B1L);
    try (CsvWriter signals = FactWriters.open(output, InputDataset.FEASIBILITY_SIGNALS)) {
      writeSignals(signals, random);
    }
    try (CsvWriter assessments = FactWriters.open(output, InputDataset.FEASIBILITY_ASSESSMENTS)) {
      writeAssessments(assessments, random);
    }
  }

  private void writeSignals(CsvWriter out, SplittableRandom random) {
    LocalDate asOf = settings.asOf();
    LocalDate raised = Story.raisedOn(asOf);
    out.write(
        new String[] {
          "NS-0001",
          "UWV",
          "WIA",
          CodeLists.NOODSIGNAAL,
          raised + "T09:30:00",
          "De nieuwe WIA-regels zijn met de huidige capaciteit niet uitvoerbaar: de achterstand in"
              + " claimbeoordelingen groeit elke maand",
          Story.respondedOn(asOf) + "T16:00:00",
          CodeLists.POSTPONED_RESPONSE
        });
    long count = 200 + settings.cases() / 1000;
    long days = asOf.toEpochDay() - settings.start().toEpochDay();
    for (long i = 1; i <= count; i++) {
      String[] pair = executorPair(random);
      LocalDate on = settings.start().plusDays((long) (random.nextDouble() * days));
      if (pair[0].equals("UWV") && (pair[1].equals("WW") || pair[1].equals("WIA"))) {
        // UWV's rows are the story's own: no knelpunt voices WW's drift or doubles WIA's.
        pair = new String[] {"SVB", "AOW"};
      }
      String responded = "";
      String response = "";
      if (random.nextDouble() < 0.6) {
        LocalDate answer = on.plusDays(10 + random.nextInt(80));
        if (!answer.isAfter(asOf)) {
          responded = answer.toString();
          response = RESPONSES.get(random.nextInt(RESPONSES.size()));
        }
      }
      out.write(
          new String[] {
            String.format("KP-%05d", i),
            pair[0],
            pair[1],
            CodeLists.KNELPUNT,
            on.toString(),
            SUMMARIES[random.nextInt(SUMMARIES.length)],
            responded,
            response
          });
    }
    if (settings.defects()) {
      String ok = "2025-01-10";
      defect(
          out,
          "malformed_record",
          "KD-1",
          "UWV",
          "WW",
          CodeLists.KNELPUNT,
          ok,
          "Te druk",
          "",
          "",
          "x");
      defect(out, "duplicate_key", "KD-2", "SVB", "AOW", CodeLists.KNELPUNT, ok, "Te druk", "", "");
      defect(out, "duplicate_key", "KD-2", "SVB", "KB", CodeLists.KNELPUNT, ok, "Te druk", "", "");
      defect(out, "missing_required", "KD-3", "SVB", "AOW", CodeLists.KNELPUNT, ok, "", "", "");
      defect(out, "bad_value", "KD-4", "SVB", "AOW", "alarm", ok, "Te druk", "", "");
      defect(
          out,
          "unknown_reference",
          "KD-5",
          "CAK",
          "AOW",
          CodeLists.KNELPUNT,
          ok,
          "Te druk",
          "",
          "");
      defect(
          out,
          "date_order",
          "KD-6",
          "SVB",
          "AOW",
          CodeLists.KNELPUNT,
          ok,
          "Te druk",
          "2025-01-09",
          CodeLists.ADJUSTED_RESPONSE);
      defect(
          out,
          "future_date",
          "KD-7",
          "SVB",
          "AOW",
          CodeLists.KNELPUNT,
          asOf.plusDays(3).toString(),
          "Te druk",
          "",
          "");
    }
  }

  private void writeAssessments(CsvWriter out, SplittableRandom random) {
    LocalDate asOf = settings.asOf();
    LocalDate wiaFrom = asOf.minusMonths(9).withDayOfMonth(1);
    out.write(
        new String[] {
          "UT-WIA-0001",
          "WIA",
          "UWV",
          "",
          wiaFrom.minusMonths(4).toString(),
          wiaFrom.toString(),
          "feasible_with_conditions",
          "",
          "0.9",
          "",
          ""
        });
    LocalDate wmoFrom = asOf.withDayOfYear(1);
    out.write(
        new String[] {
          "UDO-WMO-0001",
          "WMO",
          "",
          CodeLists.MUNICIPALITY_LAYER,
          wmoFrom.minusMonths(3).toString(),
          wmoFrom.toString(),
          "feasible",
          "",
          "",
          "200",
          ""
        });
    int number = 1;
    for (SimulatedRegulation regulation : world.regulations()) {
      for (LocalDate from = settings.start().withDayOfMonth(1);
          !from.isAfter(asOf);
          from = from.plusMonths(3)) {
        String organisation = "";
        String layer = "";
        if (regulation.executedByEveryMunicipality()) {
          layer = CodeLists.MUNICIPALITY_LAYER;
        } else {
          Organisation executor = world.organisation(regulation.executor());
          if (executor.governmentLayer().equals(CodeLists.PROVINCE_LAYER)
              || executor.governmentLayer().equals(CodeLists.WATER_BOARD_LAYER)) {
            layer = executor.governmentLayer();
          } else {
            organisation = executor.code();
          }
        }
        boolean timely = random.nextDouble() < 0.6;
        out.write(
            new String[] {
              String.format("UT-%05d", number++),
              regulation.code(),
              organisation,
              layer,
              from.minusDays(60 + random.nextInt(60)).toString(),
              from.toString(),
              VERDICTS.get(random.nextInt(VERDICTS.size())),
              "",
              timely ? "0.85" : "",
              "",
              timely ? "" : String.format(java.util.Locale.ROOT, "%.2f", regulation.achieveRate())
            });
      }
    }
    if (settings.defects()) {
      String at = "2024-10-01";
      String from = "2025-01-01";
      defect(out, "malformed_record", "AD-1", "WW", "UWV", "", at, from, "feasible", "", "");
      defect(
          out,
          "bad_value",
          "AD-2",
          "WW",
          "UWV",
          CodeLists.MUNICIPALITY_LAYER,
          at,
          from,
          "feasible",
          "",
          "",
          "",
          "");
      defect(
          out, "unknown_reference", "AD-3", "WAO", "UWV", "", at, from, "feasible", "", "", "", "");
      defect(
          out, "date_order", "AD-4", "WW", "UWV", "", at, "2024-09-01", "feasible", "", "", "", "");
      defect(out, "bad_type", "AD-5", "WW", "UWV", "", at, from, "feasible", "", "hoog", "", "");
    }
  }

  /** An organisation and a regulation it executes. */
  private String[] executorPair(SplittableRandom random) {
    SimulatedRegulation regulation =
        world.regulations().get(random.nextInt(world.regulations().size()));
    if (!regulation.executedByEveryMunicipality()) {
      return new String[] {regulation.executor(), regulation.code()};
    }
    List<Organisation> municipalities = new ArrayList<>();
    for (Organisation organisation : world.organisations()) {
      if (organisation.governmentLayer().equals(CodeLists.MUNICIPALITY_LAYER)) {
        municipalities.add(organisation);
      }
    }
    return new String[] {
      municipalities.get(random.nextInt(municipalities.size())).code(), regulation.code()
    };
  }

  private void defect(CsvWriter out, String reason, String... fields) {
    out.write(fields);
    defects.merge(reason, 1L, Long::sum);
  }

  private static final List<String> RESPONSES = CodeLists.FEASIBILITY_RESPONSES;
  private static final List<String> VERDICTS = CodeLists.VERDICTS;
  private static final String[] SUMMARIES = {
    "De termijn is met de huidige bezetting niet haalbaar",
    "Het ICT-systeem ondersteunt de wijziging nog niet",
    "Burgers begrijpen de nieuwe voorwaarden niet",
    "De gegevens van de ketenpartner komen te laat",
    "De regeling is in grensgevallen niet eenduidig"
  };
}
