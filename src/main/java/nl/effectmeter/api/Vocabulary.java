package nl.effectmeter.api;

import java.util.List;
import java.util.NavigableSet;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.reference.CodeLists;
import nl.effectmeter.reference.Municipality;
import nl.effectmeter.reference.ReferenceData;
import nl.effectmeter.store.Run;

/** The codes a filter of a run may name, per dimension. */
public final class Vocabulary {
  private static final int LISTED = 20;

  private Vocabulary() {}

  /** Whether a filter may name the code; cheap, so it runs on every request. */
  static boolean isAccepted(Run run, Dimension dimension, String code) {
    if (code.equals(Dimension.TOTAL)
        || code.equals(Dimension.UNKNOWN)
        || run.codesSeen(dimension).contains(code)) {
      return true;
    }
    ReferenceData reference = run.reference();
    return switch (dimension) {
      case ORGANISATION -> reference.organisations().containsKey(code);
      case REGULATION -> reference.regulations().containsKey(code);
      case MUNICIPALITY -> reference.municipalities().containsKey(code);
      case PROVINCE ->
          reference.municipalities().values().stream().anyMatch(m -> code.equals(m.provinceCode()));
      case GOVERNMENT_LAYER -> CodeLists.GOVERNMENT_LAYERS.contains(code);
      default -> false;
    };
  }

  /** Reference codes, codes seen in the run, and {@code _T} and {@code _U}. */
  public static NavigableSet<String> accepted(Run run, Dimension dimension) {
    NavigableSet<String> codes = new TreeSet<>(run.codesSeen(dimension));
    codes.add(Dimension.TOTAL);
    codes.add(Dimension.UNKNOWN);
    ReferenceData reference = run.reference();
    switch (dimension) {
      case ORGANISATION -> codes.addAll(reference.organisations().keySet());
      case REGULATION -> codes.addAll(reference.regulations().keySet());
      case MUNICIPALITY -> codes.addAll(reference.municipalities().keySet());
      case PROVINCE ->
          reference.municipalities().values().stream()
              .map(Municipality::provinceCode)
              .filter(code -> code != null)
              .forEach(codes::add);
      case GOVERNMENT_LAYER -> codes.addAll(CodeLists.GOVERNMENT_LAYERS);
      default -> {}
    }
    return codes;
  }

  /** Says which codes are accepted, listing at most twenty. */
  static String describe(String what, SortedSet<String> accepted, String more) {
    List<String> listed = accepted.stream().limit(LISTED).toList();
    String suffix =
        accepted.size() > LISTED ? ", ... (" + accepted.size() + " in all, see " + more + ")" : "";
    return "accepted " + what + ": " + String.join(", ", listed) + suffix;
  }
}
