package nl.effectmeter.generate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.effectmeter.reference.CodeLists;

/**
 * A regulation with its legal terms and how the generator simulates it.
 *
 * @param executor the code of the executing organisation, or {@code gemeente} when every executing
 *     municipality executes it for its own residents
 * @param weight relative share of all cases
 * @param baseCostEur typical handling cost of one case
 * @param grantRate share of decisions that grant the request
 * @param achieveRate chance that a measured outcome is achieved, before regional effects
 * @param outcomeTypes the outcome types measured after a decision, first one most often
 */
public record SimulatedRegulation(
    String code,
    String name,
    int legalTermDays,
    int outcomeWindowDays,
    String executor,
    double weight,
    double baseCostEur,
    double grantRate,
    double achieveRate,
    List<String> outcomeTypes) {

  public static final String EVERY_MUNICIPALITY = CodeLists.MUNICIPALITY_LAYER;

  public SimulatedRegulation {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    requireNonNull(executor, "executor is null");
    outcomeTypes = List.copyOf(requireNonNull(outcomeTypes, "outcomeTypes is null"));
    if (legalTermDays <= 0) {
      throw new IllegalArgumentException(
          "Legal term of " + code + " is not positive: " + legalTermDays);
    }
    if (outcomeWindowDays <= 0) {
      throw new IllegalArgumentException(
          "Outcome window of " + code + " is not positive: " + outcomeWindowDays);
    }
    if (outcomeTypes.isEmpty()) {
      throw new IllegalArgumentException("Regulation " + code + " has no outcome types");
    }
  }

  public boolean executedByEveryMunicipality() {
    return EVERY_MUNICIPALITY.equals(executor);
  }
}
