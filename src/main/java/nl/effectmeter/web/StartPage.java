package nl.effectmeter.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.effectmeter.answer.DimensionService;
import nl.effectmeter.answer.RunRef;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.reference.CodeLists;
import nl.effectmeter.store.Run;

/** The start page: the run, the organisations by government layer, and the run's signals. */
final class StartPage {
  /** Layers in the order of government, central first; others follow by name. */
  private static final List<String> LAYERS =
      List.of(
          CodeLists.CENTRAL_GOVERNMENT_LAYER,
          CodeLists.INDEPENDENT_BODY_LAYER,
          CodeLists.PROVINCE_LAYER,
          CodeLists.MUNICIPALITY_LAYER,
          CodeLists.WATER_BOARD_LAYER);

  private StartPage() {}

  static String render(Run run, Language language) {
    RunRef ref = RunRef.of(run);
    HtmlWriter html =
        Layout.begin(language, Words.START_TITLE.in(language), Link.to(WebPages.START));
    html.element("h1", Words.START_TITLE.in(language), "class", "utrecht-heading-1");
    html.element("p", Words.START_INTRO.in(language), "class", "utrecht-paragraph");
    html.open("dl", "class", "em-facts");
    fact(html, Words.RUN.in(language), ref.id(), "run-id");
    fact(html, Words.AS_OF.in(language), ref.asOf(), "as-of");
    if (ref.publishedAt() != null) {
      fact(html, Words.PUBLISHED_AT.in(language), ref.publishedAt(), "published-at");
    }
    html.close("dl");

    html.element("h2", Words.ORGANISATIONS.in(language), "class", "utrecht-heading-2");
    Map<String, List<DimensionService.Code>> byLayer = byLayer(run);
    for (Map.Entry<String, List<DimensionService.Code>> layer : byLayer.entrySet()) {
      html.element("h3", Terms.layer(layer.getKey(), language), "class", "utrecht-heading-3");
      html.open("ul", "class", "utrecht-unordered-list em-organisations");
      for (DimensionService.Code code : layer.getValue()) {
        html.open("li", "class", "utrecht-unordered-list__item");
        html.element(
            "a",
            code.name() == null ? code.code() : code.name() + " (" + code.code() + ")",
            "class",
            "utrecht-link",
            "href",
            Link.scorecard(code.code()).lang(language).toString(),
            "data-organisation",
            code.code());
        html.close("li");
      }
      html.close("ul");
    }

    html.element("h2", Words.SIGNALS.in(language), "class", "utrecht-heading-2");
    SignalTable.write(html, run.signals(), language, "signals");
    return Layout.end(html, language, ref);
  }

  private static void fact(HtmlWriter html, String term, String value, String id) {
    html.element("dt", term);
    html.element("dd", value, "id", id);
  }

  private static Map<String, List<DimensionService.Code>> byLayer(Run run) {
    Map<String, List<DimensionService.Code>> unordered = new TreeMap<>();
    for (DimensionService.Code code : DimensionService.codes(run, Dimension.ORGANISATION)) {
      if (code.code().startsWith("_")) {
        continue;
      }
      Object layer = code.attributes().get(Dimension.Attribute.GOVERNMENT_LAYER.key());
      unordered
          .computeIfAbsent(layer == null ? "" : layer.toString(), l -> new java.util.ArrayList<>())
          .add(code);
    }
    Map<String, List<DimensionService.Code>> ordered = new LinkedHashMap<>();
    for (String layer : LAYERS) {
      if (unordered.containsKey(layer)) {
        ordered.put(layer, unordered.remove(layer));
      }
    }
    ordered.putAll(unordered);
    return ordered;
  }
}
