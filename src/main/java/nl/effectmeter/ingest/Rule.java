package nl.effectmeter.ingest;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.Column;

/** One validation rule: when {@code breaks} holds, the row is quarantined for {@code reason}. */
public record Rule(String reason, Column breaks, Column detail) {
  public Rule {
    requireNonNull(reason, "reason is null");
    requireNonNull(breaks, "breaks is null");
    requireNonNull(detail, "detail is null");
  }
}
