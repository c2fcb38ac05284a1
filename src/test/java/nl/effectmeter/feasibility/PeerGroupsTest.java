package nl.effectmeter.feasibility;

import static nl.effectmeter.feasibility.Rows.confidential;
import static nl.effectmeter.feasibility.Rows.municipal;
import static nl.effectmeter.feasibility.Rows.rate;
import static nl.effectmeter.indicator.Indicator.TIMELY_DECISION_RATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.reference.Municipality;
import nl.effectmeter.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** peer_comparison (FEASIBILITY.md): municipalities against peers of the same kind. */
class PeerGroupsTest {
  private final List<IndicatorRow> rows = new ArrayList<>();

  private static Municipality town(String code, long population, Integer urbanisation) {
    return new Municipality(code, code, "PV27", population, urbanisation);
  }

  private static final Map<String, Municipality> TOWNS =
      ReferenceData.byCode(
          List.of(
              town("GM0001", 60_000, 2),
              town("GM0002", 55_000, 2),
              town("GM0003", 70_000, 2),
              town("GM0004", 99_999, 2),
              town("GM0005", 50_000, 2),
              town("GM0006", 15_000, 5),
              town("GM0007", 12_000, 5),
              town("GM0008", 18_000, 5),
              town("GM0009", 19_999, 5),
              town("GM0010", 49_999, null)),
          Municipality::code);

  private void timely(String municipality, long x, long n) {
    rows.add(rate(municipal("PW", "2025", municipality), TIMELY_DECISION_RATE, x, n));
  }

  private PeerComparison of(String municipality) {
    return PeerGroups.compare(rows, TOWNS).stream()
        .filter(p -> p.municipality().equals(municipality))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void thePeerGroupIsUrbanisationAndPopulationBand() {
    assertThat(PeerGroups.groupOf(TOWNS.get("GM0001"))).isEqualTo("u2-p50k");
    assertThat(PeerGroups.groupOf(TOWNS.get("GM0004"))).isEqualTo("u2-p50k");
    assertThat(PeerGroups.groupOf(TOWNS.get("GM0009"))).isEqualTo("u5-p0k");
    assertThat(PeerGroups.groupOf(town("GM0011", 100_000, 1))).isEqualTo("u1-p100k");
    // Without an urbanisation, the population band alone.
    assertThat(PeerGroups.groupOf(TOWNS.get("GM0010"))).isEqualTo("p20k");
  }

  @Test
  void aMunicipalityWhoseIntervalLiesAboveThePooledPeerRateIsAbove() {
    timely("GM0001", 45, 50); // 0.9, Wilson (0.786398, 0.956524)
    for (String peer : List.of("GM0002", "GM0003", "GM0004", "GM0005")) {
      timely(peer, 30, 50);
    }
    PeerComparison first = of("GM0001");
    assertThat(first.peerGroup()).isEqualTo("u2-p50k");
    assertThat(first.peers()).isEqualTo(4);
    // Peers pooled: 120 / 200 = 0.6 < 0.786398.
    assertThat(first.peerRate()).isEqualTo(0.6);
    assertThat(first.position()).isEqualTo("above");
    // GM0002: 30/50 = 0.6, Wilson (0.461655, 0.724040); peers (45+30+30+30)/200 = 0.675.
    assertThat(of("GM0002").peerRate()).isEqualTo(0.675);
    assertThat(of("GM0002").position()).isEqualTo("typical");
  }

  @Test
  void aMunicipalityBelowItsPeersIsBelow() {
    timely("GM0001", 20, 50); // 0.4, Wilson (0.276084, 0.538186)
    for (String peer : List.of("GM0002", "GM0003", "GM0004", "GM0005")) {
      timely(peer, 40, 50);
    }
    assertThat(of("GM0001").position()).isEqualTo("below");
  }

  @Test
  void aPeerGroupOfFewerThanFourOthersGivesNoPosition() {
    timely("GM0006", 45, 50);
    timely("GM0007", 10, 50);
    timely("GM0008", 10, 50);
    timely("GM0009", 10, 50);
    PeerComparison small = of("GM0006");
    assertThat(small.peers()).isEqualTo(3);
    assertThat(small.peerRate()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(small.position()).isNull();
  }

  @Test
  void aSuppressedPeerIsNeitherARowNorAPeer() {
    timely("GM0001", 45, 50);
    for (String peer : List.of("GM0002", "GM0003", "GM0004")) {
      timely(peer, 30, 50);
    }
    rows.add(confidential(municipal("PW", "2025", "GM0005"), TIMELY_DECISION_RATE));
    assertThat(PeerGroups.compare(rows, TOWNS))
        .extracting(PeerComparison::municipality)
        .doesNotContain("GM0005");
    assertThat(of("GM0001").peers()).isEqualTo(3);
    assertThat(of("GM0001").position()).isNull();
  }
}
