package nl.effectmeter.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Dimension.Attribute;
import nl.effectmeter.reference.Municipality;
import nl.effectmeter.reference.Organisation;
import nl.effectmeter.reference.ReferenceData;
import nl.effectmeter.reference.Regulation;
import nl.effectmeter.store.Run;

/**
 * The codes of a dimension in a run: the reference data's codes with names and attributes (named by
 * {@link Attribute}), plus the codes the indicators table holds (without {@code _T}).
 */
public final class DimensionService {
  /** One code with its name and attributes (empty where the run has no reference data). */
  public record Code(
      @JsonProperty("code") String code,
      @JsonProperty("name") String name,
      @JsonProperty("attributes") Map<String, Object> attributes) {}

  private DimensionService() {}

  public static List<Code> codes(Run run, Dimension dimension) {
    ReferenceData reference = run.reference();
    SortedSet<String> codes = new TreeSet<>(run.codesSeen(dimension));
    codes.remove(Dimension.TOTAL);
    switch (dimension) {
      case ORGANISATION -> codes.addAll(reference.organisations().keySet());
      case REGULATION -> codes.addAll(reference.regulations().keySet());
      case MUNICIPALITY -> codes.addAll(reference.municipalities().keySet());
      default -> {}
    }
    List<Code> result = new ArrayList<>();
    for (String code : codes) {
      result.add(describe(reference, dimension, code));
    }
    return result;
  }

  /** One code of a dimension with its name and attributes from the reference data. */
  static Code describe(ReferenceData reference, Dimension dimension, String code) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    String name = code.equals(Dimension.UNKNOWN) ? "Unknown" : null;
    switch (dimension) {
      case ORGANISATION -> {
        Organisation organisation = reference.organisations().get(code);
        if (organisation != null) {
          name = organisation.name();
          attributes.put(Attribute.GOVERNMENT_LAYER.key(), organisation.governmentLayer());
        }
      }
      case REGULATION -> {
        Regulation regulation = reference.regulations().get(code);
        if (regulation != null) {
          name = regulation.name();
          attributes.put(Attribute.LEGAL_TERM_DAYS.key(), regulation.legalTermDays());
          attributes.put(Attribute.OUTCOME_WINDOW_DAYS.key(), regulation.outcomeWindowDays());
        }
      }
      case MUNICIPALITY -> {
        Municipality municipality = reference.municipalities().get(code);
        if (municipality != null) {
          name = municipality.name();
          attributes.put(Attribute.PROVINCE.key(), municipality.provinceCode());
          attributes.put(Attribute.POPULATION.key(), municipality.population());
          if (municipality.urbanisation() != null) {
            attributes.put(Attribute.URBANISATION.key(), municipality.urbanisation());
          }
        }
      }
      case PROVINCE -> {
        long municipalities =
            reference.municipalities().values().stream()
                .filter(m -> code.equals(m.provinceCode()))
                .count();
        if (municipalities > 0) {
          attributes.put(Attribute.MUNICIPALITIES.key(), municipalities);
        }
      }
      default -> {}
    }
    return new Code(code, name, attributes);
  }
}
