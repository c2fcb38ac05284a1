package nl.effectmeter.reference;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The reference datasets of a run, keyed by code in code order: validated by the job, published
 * with the run and read back by the API.
 */
public record ReferenceData(
    Map<String, Organisation> organisations,
    Map<String, Regulation> regulations,
    Map<String, Municipality> municipalities,
    Map<String, OutcomeType> outcomeTypes) {

  public ReferenceData {
    organisations = sorted(requireNonNull(organisations, "organisations is null"));
    regulations = sorted(requireNonNull(regulations, "regulations is null"));
    municipalities = sorted(requireNonNull(municipalities, "municipalities is null"));
    outcomeTypes = sorted(requireNonNull(outcomeTypes, "outcomeTypes is null"));
  }

  /** The reference data of these rows; a later row with the same code replaces an earlier one. */
  public static ReferenceData of(
      List<Organisation> organisations,
      List<Regulation> regulations,
      List<Municipality> municipalities,
      List<OutcomeType> outcomeTypes) {
    return new ReferenceData(
        byCode(organisations, Organisation::code),
        byCode(regulations, Regulation::code),
        byCode(municipalities, Municipality::code),
        byCode(outcomeTypes, OutcomeType::code));
  }

  /** Rows keyed by their code, in code order. */
  public static <T> Map<String, T> byCode(List<T> rows, Function<T, String> code) {
    Map<String, T> byCode = new TreeMap<>();
    for (T row : rows) {
      byCode.put(code.apply(row), row);
    }
    return Collections.unmodifiableMap(byCode);
  }

  private static <T> Map<String, T> sorted(Map<String, T> byCode) {
    return Collections.unmodifiableMap(new TreeMap<>(byCode));
  }
}
