package nl.effectmeter.reference;

import java.util.List;

/**
 * The fixed code lists of the inputs that more than one step names: ingest validates them, the API
 * offers them as filters, the generator writes them.
 */
public final class CodeLists {
  /** An organisation's {@code government_layer}. */
  public static final List<String> GOVERNMENT_LAYERS =
      List.of("rijk", "zbo", "gemeente", "provincie", "waterschap");

  /** A feasibility signal's {@code kind}. */
  public static final List<String> FEASIBILITY_KINDS = List.of("noodsignaal", "knelpunt");

  /** A feasibility signal's {@code response}. */
  public static final List<String> FEASIBILITY_RESPONSES =
      List.of("adjusted", "postponed", "resources", "rejected");

  private CodeLists() {}
}
