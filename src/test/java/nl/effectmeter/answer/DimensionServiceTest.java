package nl.effectmeter.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.reference.Municipality;
import nl.effectmeter.reference.Organisation;
import nl.effectmeter.reference.ReferenceData;
import nl.effectmeter.reference.Regulation;
import org.junit.jupiter.api.Test;

/**
 * The JSON of a dimension's codes as {@code GET /api/v1/dimensions/{dimension}} writes them: the
 * attributes' keys are the API's, written out here by hand, so that renaming an input column cannot
 * rename them unnoticed.
 */
class DimensionServiceTest {
  private static final ReferenceData REFERENCE =
      ReferenceData.of(
          List.of(new Organisation("UWV", "Uitvoeringsinstituut Werknemersverzekeringen", "zbo")),
          List.of(new Regulation("WW", "Werkloosheidswet", 56, 180)),
          List.of(
              new Municipality("GM0363", "Amsterdam", "PV27", 931_298L, 1),
              new Municipality("GM0358", "Aalsmeer", "PV27", 32_836L, null)),
          List.of());

  private static String json(Dimension dimension, String code) {
    return new String(
        Json.bytes(DimensionService.describe(REFERENCE, dimension, code)), StandardCharsets.UTF_8);
  }

  @Test
  void anOrganisationHasItsGovernmentLayer() {
    assertThat(json(Dimension.ORGANISATION, "UWV"))
        .isEqualTo(
            "{\"code\":\"UWV\",\"name\":\"Uitvoeringsinstituut Werknemersverzekeringen\","
                + "\"attributes\":{\"government_layer\":\"zbo\"}}");
  }

  @Test
  void aRegulationHasItsLegalTermAndOutcomeWindow() {
    assertThat(json(Dimension.REGULATION, "WW"))
        .isEqualTo(
            "{\"code\":\"WW\",\"name\":\"Werkloosheidswet\","
                + "\"attributes\":{\"legal_term_days\":56,\"outcome_window_days\":180}}");
  }

  @Test
  void aMunicipalityHasItsProvincePopulationAndUrbanisationWhenKnown() {
    assertThat(json(Dimension.MUNICIPALITY, "GM0363"))
        .isEqualTo(
            "{\"code\":\"GM0363\",\"name\":\"Amsterdam\","
                + "\"attributes\":{\"province\":\"PV27\",\"population\":931298,\"urbanisation\":1}}");
    assertThat(json(Dimension.MUNICIPALITY, "GM0358"))
        .isEqualTo(
            "{\"code\":\"GM0358\",\"name\":\"Aalsmeer\","
                + "\"attributes\":{\"province\":\"PV27\",\"population\":32836}}");
  }

  @Test
  void aProvinceCountsItsMunicipalities() {
    assertThat(json(Dimension.PROVINCE, "PV27"))
        .isEqualTo("{\"code\":\"PV27\",\"name\":null,\"attributes\":{\"municipalities\":2}}");
  }

  @Test
  void anUnknownMemberHasANameAndNoAttributes() {
    assertThat(json(Dimension.ORGANISATION, Dimension.UNKNOWN))
        .isEqualTo("{\"code\":\"_U\",\"name\":\"Unknown\",\"attributes\":{}}");
  }
}
