package nl.effectmeter.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a whole input location: reference data, then the cases in order of request, each with its
 * complaints and outcomes, streaming so memory stays bounded at any number of cases.
 */
public final class Generator {
  private static final int CLOCK_MARGIN_DAYS = 400;

  private Generator() {}

  public static GenerationSummary generate(GeneratorSettings settings) {
    World reference = World.dutch();
    Path output = settings.output();
    ReferenceWriter.write(reference, output);

    LocalDate start = settings.start();
    LocalDate asOf = settings.asOf();
    LocalClock clock =
        new LocalClock(start.minusDays(CLOCK_MARGIN_DAYS), asOf.plusDays(CLOCK_MARGIN_DAYS));
    long asOfEnd = (asOf.toEpochDay() + 1) * LocalClock.SECONDS_PER_DAY;
    Story story = new Story(asOf);
    CaseGenerator cases = new CaseGenerator(settings, reference, story, clock);
    ComplaintGenerator complaints = new ComplaintGenerator(clock, story, asOfEnd);
    OutcomeGenerator outcomes = new OutcomeGenerator(clock, asOfEnd);
    DefectPlan plan =
        settings.defects() ? DefectPlan.of(settings.cases(), settings.seed()) : DefectPlan.none();
    DefectInjector injector =
        new DefectInjector(
            plan,
            new DefectRows(clock, asOfEnd, settings.cases(), cases, complaints),
            settings.seed());

    SplittableRandom random = new SplittableRandom(settings.seed());
    try (FactWriters out = new FactWriters(output)) {
      for (long i = 0; i < settings.cases(); i++) {
        GeneratedCase c = cases.next(i, random);
        List<String[]> caseComplaints = complaints.complaints(c, random);
        List<String[]> caseOutcomes = outcomes.outcomes(c, random);
        injector.write(c, ServiceRow.fields(c, clock), caseComplaints, caseOutcomes, out);
      }
      injector.finish(out);
      FeasibilityGenerator feasibility = new FeasibilityGenerator(reference, settings);
      feasibility.write(output);
      return new GenerationSummary(
          out.services.rows(),
          out.complaints.rows(),
          out.outcomes.rows(),
          injector.counts(),
          feasibility.defects());
    }
  }
}
