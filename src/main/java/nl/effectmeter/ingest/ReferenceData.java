package nl.effectmeter.ingest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The validated reference datasets of a run, small enough to hold on the driver. */
public record ReferenceData(
    List<Organisation> organisations,
    List<Regulation> regulations,
    List<Municipality> municipalities,
    List<OutcomeType> outcomeTypes) {

  public ReferenceData {
    organisations = List.copyOf(organisations);
    regulations = List.copyOf(regulations);
    municipalities = List.copyOf(municipalities);
    outcomeTypes = List.copyOf(outcomeTypes);
  }

  /** An executing organisation and its government layer. */
  public record Organisation(String code, String name, String governmentLayer) {}

  /** A regulation with its legal decision term and outcome window, in days. */
  public record Regulation(String code, String name, int legalTermDays, int outcomeWindowDays) {}

  /** A municipality with its CBS code, province and population. */
  public record Municipality(String code, String name, String provinceCode, long population) {}

  /** An outcome type: whether it is intended and its agreed societal value. */
  public record OutcomeType(String code, String name, boolean intended, double societalValueEur) {}

  public ReferenceCodes codes() {
    return new ReferenceCodes(
        organisations.stream().map(Organisation::code).collect(Collectors.toSet()),
        regulations.stream().map(Regulation::code).collect(Collectors.toSet()),
        municipalities.stream().map(Municipality::code).collect(Collectors.toSet()),
        outcomeTypes.stream().map(OutcomeType::code).collect(Collectors.toSet()));
  }

  public Map<String, Regulation> regulationsByCode() {
    return regulations.stream().collect(Collectors.toMap(Regulation::code, Function.identity()));
  }
}
