package nl.effectmeter.indicator;

import static nl.effectmeter.indicator.Breakdown.ORGANISATION_;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION;
import static nl.effectmeter.indicator.Breakdown.REGULATION_;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The indicator catalogue of INDICATORS.md, in published order. */
public enum Indicator {
  CASES_RECEIVED(
      new Formula.Count(Quantity.RECEIVED),
      Family.VOLUME,
      Unit.COUNT,
      null,
      "Cases received",
      "Ontvangen zaken",
      "Number of cases whose request date falls in the period.",
      "count of cases with requested date in P"),
  CASES_DECIDED(
      new Formula.Count(Quantity.DECIDED),
      Family.VOLUME,
      Unit.COUNT,
      null,
      "Cases decided",
      "Besliste zaken",
      "Number of cases decided in the period.",
      "count of cases with decided date in P"),
  OPEN_CASES(
      new Formula.Count(Quantity.OPEN),
      Family.VOLUME,
      Unit.COUNT,
      Better.LOWER,
      "Open cases at period end",
      "Openstaande zaken aan het eind van de periode",
      "Cases requested on or before the last day of the period and not decided by then.",
      "count of cases with requested date <= last day of P and no decided date or decided date >"
          + " last day of P"),
  COMPLAINTS_RECEIVED(
      new Formula.Count(Quantity.COMPLAINTS),
      Family.VOLUME,
      Unit.COUNT,
      null,
      "Complaints received",
      "Ontvangen klachten",
      "Number of complaints received in the period.",
      "count of complaints with received date in P"),
  TIMELY_DECISION_RATE(
      new Formula.Rate(Quantity.TIMELY, Quantity.DECIDED),
      Family.TIMELINESS,
      Unit.SHARE,
      Better.HIGHER,
      "Decisions within the legal term",
      "Beslissingen binnen de wettelijke termijn",
      "Share of the period's decisions taken within the regulation's legal decision term.",
      "cases decided in P with days(requested, decided) <= legal_term_days / cases decided in P"),
  THROUGHPUT_DAYS_MEDIAN(
      new Formula.Statistic(Formula.Percentile.THROUGHPUT_MEDIAN, Quantity.DECIDED),
      Family.TIMELINESS,
      Unit.DAYS,
      Better.LOWER,
      "Median throughput time",
      "Mediane doorlooptijd",
      "Median number of calendar days from request to decision of the period's decisions.",
      "median of days(requested, decided) over cases decided in P"),
  THROUGHPUT_DAYS_P90(
      new Formula.Statistic(Formula.Percentile.THROUGHPUT_P90, Quantity.DECIDED),
      Family.TIMELINESS,
      Unit.DAYS,
      Better.LOWER,
      "Throughput time, 90th percentile",
      "Doorlooptijd, 90e percentiel",
      "Nine in ten of the period's decisions took at most this many calendar days.",
      "90th percentile of days(requested, decided) over cases decided in P"),
  COST_PER_CASE(
      new Formula.Ratio(1, Quantity.COST_SUM, Quantity.COST_CASES, Quantity.COST_CASES),
      Family.EFFICIENCY,
      Unit.EUR,
      Better.LOWER,
      "Cost per decided case",
      "Kosten per beslissing",
      "Average handling cost of the period's decided cases that have a cost.",
      "sum of cost_eur / count, over cases decided in P that have a cost"),
  COMPLAINTS_PER_1000_DECISIONS(
      new Formula.Ratio(1000, Quantity.COMPLAINTS, Quantity.DECIDED, Quantity.DECIDED),
      Family.VOICE,
      Unit.PER_1000,
      Better.LOWER,
      "Complaints per 1000 decisions",
      "Klachten per 1000 beslissingen",
      "Complaints received in the period for every thousand decisions taken in it.",
      "1000 x complaints received in P / cases decided in P"),
  COMPLAINT_UPHELD_RATE(
      new Formula.Rate(Quantity.UPHELD, Quantity.UPHELD_KNOWN),
      Family.VOICE,
      Unit.SHARE,
      Better.LOWER,
      "Complaints upheld",
      "Gegronde klachten",
      "Share of the period's complaints with a verdict that were upheld.",
      "complaints received in P with upheld = true / those with upheld not null"),
  COMPLAINT_RESOLUTION_DAYS_MEDIAN(
      new Formula.Statistic(Formula.Percentile.RESOLUTION_MEDIAN, Quantity.RESOLVED),
      Family.VOICE,
      Unit.DAYS,
      Better.LOWER,
      "Median complaint resolution time",
      "Mediane afhandeltijd van klachten",
      "Median number of calendar days from receipt to resolution of complaints resolved in the"
          + " period.",
      "median of days(received, resolved) over complaints resolved in P"),
  OMBUDSMAN_ESCALATION_RATE(
      new Formula.Rate(Quantity.ESCALATED, Quantity.COMPLAINTS),
      Family.VOICE,
      Unit.SHARE,
      Better.LOWER,
      "Complaints escalated to the ombudsman",
      "Klachten doorgezet naar de ombudsman",
      "Share of the period's complaints that were escalated to the ombudsman.",
      "complaints received in P escalated to the ombudsman / complaints received in P"),
  REPEAT_REQUEST_RATE(
      new Formula.Rate(Quantity.REPEATS, Quantity.WITH_KEY),
      Family.VOICE,
      Unit.SHARE,
      Better.LOWER,
      "Repeat requests",
      "Herhaalde aanvragen",
      "Share of the period's requests by a known client who asked for the same regulation at most"
          + " 90 days earlier.",
      "cases received in P that are repeats / cases received in P that have a client_key"),
  OUTCOME_MEASURED_RATE(
      new Formula.Rate(Quantity.MEASURED, Quantity.DECIDED),
      Family.EFFECT,
      Unit.SHARE,
      Better.HIGHER,
      "Outcomes measured",
      "Gemeten uitkomsten",
      "Share of the period's decisions with at least one outcome measured within the outcome"
          + " window.",
      "cases decided in P with at least one measurement in their window / cases decided in P"),
  OUTCOME_ACHIEVEMENT_RATE(
      new Formula.Rate(Quantity.ACHIEVED, Quantity.MEASURED),
      Family.EFFECT,
      Unit.SHARE,
      Better.HIGHER,
      "Intended outcomes achieved",
      "Beoogde uitkomsten bereikt",
      "Share of measured cases that achieved an intended outcome within the outcome window.",
      "measured cases with an achieved intended outcome in their window / measured cases"),
  COST_PER_ACHIEVED_OUTCOME(
      new Formula.Ratio(1, Quantity.COST_SUM, Quantity.ACHIEVED_COST, Quantity.ACHIEVED_COST),
      Family.EFFECT,
      Unit.EUR,
      Better.LOWER,
      "Cost per achieved outcome",
      "Kosten per bereikte uitkomst",
      "Handling cost of the period's decided cases for every case that achieved an intended"
          + " outcome.",
      "sum of cost_eur / number with an achieved intended outcome in their window, over cases"
          + " decided in P that have a cost"),
  SOCIETAL_VALUE_PER_EURO(
      new Formula.Ratio(1, Quantity.VALUE_SUM, Quantity.COST_SUM, Quantity.COST_CASES),
      Family.EFFECT,
      Unit.RATIO,
      Better.HIGHER,
      "Societal value per euro",
      "Maatschappelijke waarde per euro",
      "Agreed societal value of the outcomes achieved in their window, per euro of handling cost.",
      "sum of the societal_value_eur of each distinct outcome type achieved in the window / sum of"
          + " cost_eur, over cases decided in P that have a cost"),
  MUNICIPAL_OUTCOME_GAP(
      new Formula.Gap(),
      Family.EQUITY,
      Unit.SHARE,
      Better.LOWER,
      "Outcome gap between municipalities",
      "Uitkomstverschil tussen gemeenten",
      "Spread (90th minus 10th percentile) of the outcome achievement rate across municipalities.",
      "90th minus 10th percentile of outcome_achievement_rate over the ok cells one level down by"
          + " municipality; needs at least 5 such cells"),
  SEGMENT_OUTCOME_GAP(
      new Formula.Gap(),
      Family.EQUITY,
      Unit.SHARE,
      Better.LOWER,
      "Outcome gap between client segments",
      "Uitkomstverschil tussen cliëntgroepen",
      "Highest minus lowest outcome achievement rate across known client segments.",
      "highest minus lowest outcome_achievement_rate over the ok client_segment cells; needs at"
          + " least 2");

  /** Whether a higher or a lower value is better. */
  public enum Better {
    HIGHER,
    LOWER;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Version of the catalogue's definitions, recorded in every manifest. */
  public static final String CATALOGUE_VERSION = "1.0";

  @SuppressWarnings("ImmutableEnumChecker") // every Formula is a record of final values
  private final Formula formula;

  private final Family family;
  private final Unit unit;
  private final Better better;
  private final String titleEn;
  private final String titleNl;
  private final String description;
  private final String computation;

  Indicator(
      Formula formula,
      Family family,
      Unit unit,
      Better better,
      String titleEn,
      String titleNl,
      String description,
      String computation) {
    this.formula = formula;
    this.family = family;
    this.unit = unit;
    this.better = better;
    this.titleEn = titleEn;
    this.titleNl = titleNl;
    this.description = description;
    this.computation = computation;
  }

  /** The indicator's id in the published table, e.g. {@code timely_decision_rate}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How the indicator follows from its cell's quantities. */
  public Formula formula() {
    return formula;
  }

  public Family family() {
    return family;
  }

  public Unit unit() {
    return unit;
  }

  /** Which direction is better, or null where neither is. */
  public Better better() {
    return better;
  }

  public String titleEn() {
    return titleEn;
  }

  public String titleNl() {
    return titleNl;
  }

  public String description() {
    return description;
  }

  public String computation() {
    return computation;
  }

  /** Whether the value carries a 95% Wilson score interval: the rates do. */
  public boolean hasInterval() {
    return formula instanceof Formula.Rate;
  }

  public boolean isGap() {
    return formula instanceof Formula.Gap;
  }

  /**
   * Whether every quantity the indicator shows counts within its base's population, so that a
   * published base of 0 tells that they are 0 too: not so for complaints per 1000 decisions
   * (complaints are no decisions) and the cost per achieved outcome (its cost counts every case
   * with a cost), nor for the equity gaps, which show no quantity.
   */
  public boolean partsCountWithinBase() {
    return !isGap() && this != COMPLAINTS_PER_1000_DECISIONS && this != COST_PER_ACHIEVED_OUTCOME;
  }

  /** The breakdowns the indicator is published for. */
  public Set<Breakdown> breakdowns() {
    return switch (this) {
      case MUNICIPAL_OUTCOME_GAP -> EnumSet.of(ORGANISATION_, ORGANISATION_REGULATION, REGULATION_);
      case SEGMENT_OUTCOME_GAP -> EnumSet.of(ORGANISATION_REGULATION);
      default -> EnumSet.allOf(Breakdown.class);
    };
  }

  /** Whether the indicator is published for this breakdown at this granularity. */
  public boolean isDefinedFor(Breakdown breakdown, Granularity granularity) {
    if (!breakdowns().contains(breakdown) || !breakdown.existsAt(granularity)) {
      return false;
    }
    return !isGap() || granularity != Granularity.MONTH;
  }

  public static Indicator fromId(String id) {
    for (Indicator indicator : values()) {
      if (indicator.id().equals(id)) {
        return indicator;
      }
    }
    throw new IllegalArgumentException("Unknown indicator: " + id);
  }
}
