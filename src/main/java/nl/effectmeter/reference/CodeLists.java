package nl.effectmeter.reference;

import java.util.List;

/**
 * The fixed code lists of the inputs: ingest validates them, the API offers some as filters, the
 * generator writes them.
 */
public final class CodeLists {
  /** An organisation's {@code government_layer}: central government (het Rijk). */
  public static final String CENTRAL_GOVERNMENT_LAYER = "rijk";

  /**
   * An organisation's {@code government_layer}: an independent administrative body (zelfstandig
   * bestuursorgaan).
   */
  public static final String INDEPENDENT_BODY_LAYER = "zbo";

  /** An organisation's {@code government_layer}: a municipality (gemeente). */
  public static final String MUNICIPALITY_LAYER = "gemeente";

  /** An organisation's {@code government_layer}: a province (provincie). */
  public static final String PROVINCE_LAYER = "provincie";

  /** An organisation's {@code government_layer}: a water board (waterschap). */
  public static final String WATER_BOARD_LAYER = "waterschap";

  /** An organisation's {@code government_layer}. */
  public static final List<String> GOVERNMENT_LAYERS =
      List.of(
          CENTRAL_GOVERNMENT_LAYER,
          INDEPENDENT_BODY_LAYER,
          MUNICIPALITY_LAYER,
          PROVINCE_LAYER,
          WATER_BOARD_LAYER);

  /** A feasibility signal's {@code kind}: an emergency signal, the policy cannot be carried out. */
  public static final String NOODSIGNAAL = "noodsignaal";

  /** A feasibility signal's {@code kind}: a bottleneck in carrying the policy out. */
  public static final String KNELPUNT = "knelpunt";

  /** A feasibility signal's {@code kind}. */
  public static final List<String> FEASIBILITY_KINDS = List.of(NOODSIGNAAL, KNELPUNT);

  /** A feasibility signal's {@code response}: the policy was adjusted. */
  public static final String ADJUSTED_RESPONSE = "adjusted";

  /** A feasibility signal's {@code response}: the policy's start was postponed. */
  public static final String POSTPONED_RESPONSE = "postponed";

  /** A feasibility signal's {@code response}: the organisation was given more resources. */
  public static final String RESOURCES_RESPONSE = "resources";

  /** A feasibility signal's {@code response}: the signal was rejected. */
  public static final String REJECTED_RESPONSE = "rejected";

  /** A feasibility signal's {@code response}. */
  public static final List<String> FEASIBILITY_RESPONSES =
      List.of(ADJUSTED_RESPONSE, POSTPONED_RESPONSE, RESOURCES_RESPONSE, REJECTED_RESPONSE);

  /** A case's {@code decision}: granted. */
  public static final String GRANTED = "granted";

  /** A case's {@code decision}: rejected. */
  public static final String REJECTED = "rejected";

  /** A case's {@code decision}: withdrawn by the client. */
  public static final String WITHDRAWN = "withdrawn";

  /** A case's {@code decision}. */
  public static final List<String> DECISIONS = List.of(GRANTED, REJECTED, WITHDRAWN);

  /** A case's {@code channel}. */
  public static final List<String> CHANNELS =
      List.of("online", "phone", "counter", "mail", "other");

  /** A complaint's {@code category}. */
  public static final List<String> COMPLAINT_CATEGORIES =
      List.of("timeliness", "treatment", "decision", "information", "accessibility", "other");

  /** A feasibility assessment's {@code verdict}. */
  public static final List<String> VERDICTS =
      List.of("feasible", "feasible_with_conditions", "not_feasible");

  private CodeLists() {}
}
