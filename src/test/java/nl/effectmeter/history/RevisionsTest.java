package nl.effectmeter.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.effectmeter.store.Observation;
import org.junit.jupiter.api.Test;

/** Which value changes are revisions, of which kind, and which numbers they show. */
class RevisionsTest {
  private static Observation row(String organisation, Double value, String status) {
    return new Observation(
        "cases_received",
        "organisation",
        "month",
        "2025-05",
        organisation,
        "_T",
        "_T",
        "_T",
        "zbo",
        "_T",
        "_T",
        value,
        null,
        null,
        null,
        null,
        null,
        status);
  }

  @Test
  void eachChangeOfPublicationIsOneRevisionOfItsKindAndNothingConfidentialShowsANumber() {
    List<Observation> before =
        List.of(
            row("A", 10.0, "ok"), // same value: no revision
            row("B", 20.0, "ok"), // 20 -> 21: revised
            row("C", null, "confidential"), // -> 30 ok: newly published, no numbers
            row("D", 40.0, "ok"), // -> confidential: newly suppressed, no numbers
            row("E", 50.0, "ok"), // -> absent: withdrawn, old number shown
            row("F", null, "confidential"), // -> confidential: no revision
            row("G", null, "no_data")); // -> 70 ok: newly published, new number shown
    List<Observation> after =
        List.of(
            row("A", 10.0, "ok"),
            row("B", 21.0, "ok"),
            row("C", 30.0, "ok"),
            row("D", null, "confidential"),
            row("F", null, "confidential"),
            row("G", 70.0, "ok"),
            row("H", 80.0, "ok")); // new row: newly published
    List<Revision> revisions = Revisions.between("earlier", before, after);
    assertThat(
            revisions.stream()
                .map(
                    r ->
                        r.key().organisation()
                            + " "
                            + r.kind()
                            + " "
                            + r.oldStatus()
                            + ">"
                            + r.newStatus()
                            + " "
                            + r.oldValue()
                            + ">"
                            + r.newValue()))
        .containsExactly(
            "B revised ok>ok 20.0>21.0",
            "C newly_published confidential>ok null>null",
            "D newly_suppressed ok>confidential null>null",
            "E withdrawn ok>absent 50.0>null",
            "G newly_published no_data>ok null>70.0",
            "H newly_published absent>ok null>80.0");
    assertThat(Revisions.countsByPeriod(revisions))
        .isEqualTo(
            Map.of(
                "2025-05",
                Map.of(
                    "revised",
                    1L,
                    "newly_published",
                    3L,
                    "newly_suppressed",
                    1L,
                    "withdrawn",
                    1L)));
  }
}
