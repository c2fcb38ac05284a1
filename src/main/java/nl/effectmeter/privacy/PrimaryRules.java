package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.settings.JobSettings;

/** The primary suppression rules a run applies, in the order the settings give them. */
public record PrimaryRules(List<PrimaryRule> rules) {
  public PrimaryRules {
    rules = List.copyOf(requireNonNull(rules, "rules is null"));
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("Disclosure control needs at least one primary rule");
    }
  }

  /** The rules the job's settings ask for: today the minimum base {@code disclosure.min_base}. */
  public static PrimaryRules from(JobSettings settings) {
    return new PrimaryRules(List.of(new MinimumBase(settings.minBase())));
  }

  /** Only the minimum-base rule with this threshold. */
  public static PrimaryRules minimumBase(int minBase) {
    return new PrimaryRules(List.of(new MinimumBase(minBase)));
  }

  /** Whether any rule makes this row confidential by itself. */
  public boolean hit(IndicatorRow row) {
    for (PrimaryRule rule : rules) {
      if (rule.hits(row)) {
        return true;
      }
    }
    return false;
  }
}
