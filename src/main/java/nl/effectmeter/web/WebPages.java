package nl.effectmeter.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import nl.effectmeter.store.RunRegistry;

/**
 * The HTML pages for accountability officers, registered beside the API: a start page, an
 * organisation's scorecard and a trend per organisation and regulation. They read the same run
 * snapshot and services as the JSON routes.
 */
public final class WebPages {
  static final String START = "/";
  static final String SCORECARDS = "/scorecards";
  static final String TRENDS = "/trends";
  static final String ASSETS = "/assets/";

  private WebPages() {}

  /**
   * Registers the pages; {@code access} runs before each page (the API's bearer-token check when
   * tokens are configured), never before the style sheets.
   */
  public static void register(RoutesConfig routes, RunRegistry registry, Handler access) {
    PageHandlers pages = new PageHandlers(registry);
    routes.exception(PageException.class, (e, ctx) -> PageHandlers.error(ctx, e));
    for (String path :
        new String[] {
          START, SCORECARDS + "/{organisation}", TRENDS + "/{organisation}/{regulation}"
        }) {
      routes.before(path, access);
    }
    routes.get(START, pages::start);
    routes.get(SCORECARDS + "/{organisation}", pages::scorecard);
    routes.get(TRENDS + "/{organisation}/{regulation}", pages::trend);
    routes.get(ASSETS + "{file}", Assets::serve);
  }
}
