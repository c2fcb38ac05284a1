package nl.effectmeter.generate;

import java.util.List;
import java.util.SplittableRandom;
import nl.effectmeter.reference.Municipality;

/**
 * Draws the client's municipality of a case: in proportion to population for national regulations,
 * among the executing municipalities for municipal ones, and within the province of Utrecht for the
 * provincial and water-board regulations.
 */
final class Places {
  private static final long SMALLEST_EXECUTOR_WEIGHT = 20_000;

  private final List<Municipality> municipalities;
  private final double[] national;
  private final double[] executing;
  private final double[] utrecht;

  Places(World reference) {
    this.municipalities = reference.municipalities();
    int n = municipalities.size();
    national = new double[n];
    executing = new double[n];
    utrecht = new double[n];
    for (int i = 0; i < n; i++) {
      Municipality municipality = municipalities.get(i);
      national[i] = municipality.population();
      if (DutchOrganisations.EXECUTING_MUNICIPALITIES.contains(municipality.code())) {
        executing[i] = Math.max(SMALLEST_EXECUTOR_WEIGHT, municipality.population());
      }
      if (municipality.provinceCode().equals(DutchMunicipalities.UTRECHT_PROVINCE)) {
        utrecht[i] = municipality.population();
      }
    }
  }

  Municipality municipality(SimulatedRegulation regulation, SplittableRandom random) {
    double[] weights;
    if (regulation.executedByEveryMunicipality()) {
      weights = executing;
    } else if (regulation.executor().equals("PV26") || regulation.executor().equals("HDSR")) {
      weights = utrecht;
    } else {
      weights = national;
    }
    return municipalities.get(Weighted.pick(weights, random));
  }
}
