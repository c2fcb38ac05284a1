package nl.effectmeter.web;

import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.reference.CodeLists;

/** Names of the published codes (questions, layers, signals, trends) in a language. */
final class Terms {
  private Terms() {}

  static String indicator(String id, Language language) {
    Indicator indicator = Indicator.fromId(id);
    return language == Language.NL ? indicator.titleNl() : indicator.titleEn();
  }

  static String question(String englishQuestion, Language language) {
    if (language == Language.EN) {
      return englishQuestion;
    }
    return switch (englishQuestion) {
      case "How much did we do?" -> "Hoeveel deden we?";
      case "How well did we do it?" -> "Hoe goed deden we het?";
      case "Is anyone better off?" -> "Is iemand er beter van geworden?";
      case "Is it fair?" -> "Is het eerlijk?";
      default -> englishQuestion;
    };
  }

  static String layer(String layer, Language language) {
    boolean nl = language == Language.NL;
    return switch (layer == null ? "" : layer) {
      case CodeLists.CENTRAL_GOVERNMENT_LAYER -> nl ? "Rijksoverheid" : "Central government";
      case CodeLists.INDEPENDENT_BODY_LAYER ->
          nl ? "Zelfstandige bestuursorganen" : "Independent administrative bodies";
      case CodeLists.MUNICIPALITY_LAYER -> nl ? "Gemeenten" : "Municipalities";
      case CodeLists.PROVINCE_LAYER -> nl ? "Provincies" : "Provinces";
      case CodeLists.WATER_BOARD_LAYER -> nl ? "Waterschappen" : "Water boards";
      case "" -> nl ? "Onbekende bestuurslaag" : "Unknown government layer";
      default -> layer;
    };
  }

  static String signal(String signal, Language language) {
    boolean nl = language == Language.NL;
    return switch (signal) {
      case "timeliness_breach" -> nl ? "Termijnoverschrijding" : "Timeliness breach";
      case "backlog_growth" -> nl ? "Groeiende achterstand" : "Backlog growth";
      case "complaint_surge" -> nl ? "Piek in klachten" : "Complaint surge";
      case "outcome_decline" -> nl ? "Dalende uitkomsten" : "Outcome decline";
      default -> signal;
    };
  }

  static String severity(String severity, Language language) {
    return switch (severity) {
      case "high" -> Words.HIGH.in(language);
      case "medium" -> Words.MEDIUM.in(language);
      default -> severity;
    };
  }

  static String trend(String trend, Language language) {
    return switch (trend) {
      case "improved" -> Words.IMPROVED.in(language);
      case "worsened" -> Words.WORSENED.in(language);
      case "no_significant_change" -> Words.NO_SIGNIFICANT_CHANGE.in(language);
      default -> trend;
    };
  }

  /** {@code noodsignaal} or {@code knelpunt}, FEASIBILITY.md's two kinds of feasibility signal. */
  static String feasibilityKind(String kind, Language language) {
    return switch (kind == null ? "" : kind) {
      case CodeLists.NOODSIGNAAL -> Words.NOODSIGNAAL.in(language);
      case CodeLists.KNELPUNT -> Words.KNELPUNT.in(language);
      default -> kind;
    };
  }

  /** The response to a feasibility signal; null when it was not answered. */
  static String response(String response, Language language) {
    if (response == null) {
      return null;
    }
    return switch (response) {
      case CodeLists.ADJUSTED_RESPONSE -> Words.ADJUSTED.in(language);
      case CodeLists.POSTPONED_RESPONSE -> Words.POSTPONED.in(language);
      case CodeLists.RESOURCES_RESPONSE -> Words.RESOURCES.in(language);
      case CodeLists.REJECTED_RESPONSE -> Words.REJECTED.in(language);
      default -> response;
    };
  }
}
