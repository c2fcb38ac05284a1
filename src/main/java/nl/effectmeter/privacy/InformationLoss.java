package nl.effectmeter.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What disclosure control cost in one breakdown and granularity: how many values were published and
 * suppressed (for their own small base, or to protect another), and the share of the base that
 * secondary suppression hides. Written into the run's manifest.
 *
 * @param cells cells of the breakdown and granularity
 * @param values indicator values (rows) other than the equity gaps
 * @param published values published ok
 * @param noData values with no population
 * @param primary values suppressed for a base of 1 to k-1
 * @param secondary values suppressed to protect another value
 * @param baseTotal the sum of the bases of all values
 * @param baseSecondary the sum of the bases of the secondary suppressions
 */
public record InformationLoss(
    @JsonProperty("breakdown") String breakdown,
    @JsonProperty("granularity") String granularity,
    @JsonProperty("cells") long cells,
    @JsonProperty("values") long values,
    @JsonProperty("published") long published,
    @JsonProperty("no_data") long noData,
    @JsonProperty("suppressed_primary") long primary,
    @JsonProperty("suppressed_secondary") long secondary,
    @JsonProperty("base_total") long baseTotal,
    @JsonProperty("base_secondary") long baseSecondary) {

  /** The share of the base that secondary suppression hides (0 where there is no base). */
  @JsonProperty("secondary_base_share")
  public double secondaryBaseShare() {
    return baseTotal == 0 ? 0 : (double) baseSecondary / baseTotal;
  }

  /** Both added up; the labels are this one's, or {@code all} where they differ. */
  public static InformationLoss sum(InformationLoss a, InformationLoss b) {
    return new InformationLoss(
        a.breakdown.equals(b.breakdown) ? a.breakdown : "all",
        a.granularity.equals(b.granularity) ? a.granularity : "all",
        a.cells + b.cells,
        a.values + b.values,
        a.published + b.published,
        a.noData + b.noData,
        a.primary + b.primary,
        a.secondary + b.secondary,
        a.baseTotal + b.baseTotal,
        a.baseSecondary + b.baseSecondary);
  }
}
