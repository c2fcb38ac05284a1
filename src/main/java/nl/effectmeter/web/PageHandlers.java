package nl.effectmeter.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import nl.effectmeter.answer.DimensionService;
import nl.effectmeter.answer.ScorecardService;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;

/** The pages' handlers: read and check the request, call a service, write the HTML. */
final class PageHandlers {
  /** No script, no frames, styles from this server only. */
  private static final String POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private final RunRegistry registry;

  PageHandlers(RunRegistry registry) {
    this.registry = registry;
  }

  void start(Context ctx) {
    Language language = language(ctx, Set.of("lang"));
    Run run = current();
    write(ctx, language, StartPage.render(run, language));
  }

  void scorecard(Context ctx) {
    Language language = language(ctx, Set.of("lang", "period"));
    Run run = current();
    String organisation = organisation(ctx, run);
    List<String> years = run.observations().periods(Breakdown.ORGANISATION_, Granularity.YEAR);
    String period = single(ctx, "period");
    if (period == null) {
      if (years.isEmpty()) {
        throw new PageException(404, "Run " + run.id() + " publishes no year of organisations");
      }
      period = years.get(years.size() - 1);
    }
    Granularity granularity;
    try {
      granularity = Granularity.ofPeriod(period);
    } catch (IllegalArgumentException e) {
      throw new PageException(
          400, "Cannot read period " + period + "; write 2025, 2025-Q1 or 2025-03");
    }
    List<String> published = run.observations().periods(Breakdown.ORGANISATION_, granularity);
    if (!published.contains(period)) {
      throw new PageException(400, "Period " + period + " is not published in run " + run.id());
    }
    write(
        ctx,
        language,
        ScorecardPage.render(
            ScorecardService.build(run, organisation, period),
            Regulations.named(run, organisation),
            choices(run),
            language));
  }

  void trend(Context ctx) {
    Language language = language(ctx, Set.of("lang", "indicator"));
    Run run = current();
    String organisation = organisation(ctx, run);
    String regulation = ctx.pathParam("regulation");
    if (!Regulations.of(run, organisation).contains(regulation)) {
      throw new PageException(
          404,
          "No published regulation "
              + regulation
              + " of organisation "
              + organisation
              + "; published: "
              + String.join(", ", Regulations.of(run, organisation)));
    }
    String indicator = single(ctx, "indicator");
    if (indicator == null) {
      indicator = Indicator.TIMELY_DECISION_RATE.id();
    }
    if (!TrendSeries.INDICATORS.contains(indicator)) {
      throw new PageException(
          400,
          "Unknown monthly indicator "
              + indicator
              + "; accepted: "
              + String.join(", ", TrendSeries.INDICATORS));
    }
    write(
        ctx,
        language,
        TrendPage.render(TrendSeries.of(run, organisation, regulation, indicator), language));
  }

  static void error(Context ctx, PageException e) {
    Language language = Language.fromAcceptLanguage(ctx.header("Accept-Language"));
    HtmlWriter html = Layout.begin(language, Words.ERROR.in(language), Link.to(WebPages.START));
    html.element("h1", Words.ERROR.in(language) + " " + e.status(), "class", "utrecht-heading-1");
    html.element("p", e.getMessage(), "class", "utrecht-paragraph");
    html.open("p", "class", "utrecht-paragraph");
    html.element(
        "a",
        Words.BACK_TO_START.in(language),
        "class",
        "utrecht-link",
        "href",
        Link.to(WebPages.START).lang(language).toString());
    html.close("p");
    ctx.status(e.status());
    write(ctx, language, Layout.end(html, language, null));
  }

  private static void write(Context ctx, Language language, String page) {
    ctx.header("Content-Language", language.code());
    ctx.header("Vary", "Accept-Language, Authorization");
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.html(page);
  }

  private Run current() {
    return registry
        .snapshot()
        .current()
        .orElseThrow(() -> new PageException(503, "No published run is loaded yet"));
  }

  /** The language of {@code lang=}, else of Accept-Language; refuses undeclared parameters. */
  private static Language language(Context ctx, Set<String> accepted) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!accepted.contains(name)) {
        throw new PageException(
            400,
            "Unknown parameter "
                + name
                + "; accepted: "
                + String.join(", ", accepted.stream().sorted().toList()));
      }
    }
    String lang = single(ctx, "lang");
    if (lang == null) {
      return Language.fromAcceptLanguage(ctx.header("Accept-Language"));
    }
    try {
      return Language.fromCode(lang);
    } catch (IllegalArgumentException e) {
      throw new PageException(400, e.getMessage());
    }
  }

  private static String single(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw new PageException(400, "Give " + name + " once, not " + values.size() + " times");
    }
    return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).trim();
  }

  private static String organisation(Context ctx, Run run) {
    String organisation = ctx.pathParam("organisation");
    boolean known =
        !organisation.startsWith("_")
            && DimensionService.codes(run, Dimension.ORGANISATION).stream()
                .anyMatch(code -> code.code().equals(organisation));
    if (!known) {
      throw new PageException(404, "Unknown organisation " + organisation);
    }
    return organisation;
  }

  /** Every published period of the organisation breakdown, years first. */
  private static List<String> choices(Run run) {
    List<String> periods = new java.util.ArrayList<>();
    for (Granularity granularity :
        new Granularity[] {Granularity.YEAR, Granularity.QUARTER, Granularity.MONTH}) {
      periods.addAll(run.observations().periods(Breakdown.ORGANISATION_, granularity));
    }
    return periods;
  }
}
