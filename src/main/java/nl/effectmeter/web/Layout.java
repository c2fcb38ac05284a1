package nl.effectmeter.web;

import nl.effectmeter.answer.RunRef;

/** The frame every page shares: head with the NL Design System styles, header, footer. */
final class Layout {
  static final String STYLES = WebPages.ASSETS;

  private Layout() {}

  /**
   * Starts a page; {@code self} is the page's own link without {@code lang}, for the link to the
   * other language.
   */
  static HtmlWriter begin(Language language, String title, Link self) {
    HtmlWriter html = new HtmlWriter();
    html.trusted("<!DOCTYPE html>");
    html.open("html", "lang", language.code(), "class", "utrecht-root");
    html.open("head");
    html.empty("meta", "charset", "utf-8");
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.element("title", title + " · " + Words.SITE.in(language));
    for (String sheet :
        new String[] {"utrecht-components.css", "voorbeeld-theme.css", "effectmeter.css"}) {
      html.empty("link", "rel", "stylesheet", "href", STYLES + sheet);
    }
    html.close("head");
    html.open("body", "class", "voorbeeld-theme utrecht-document utrecht-page-body");
    html.element(
        "a",
        Words.SKIP.in(language),
        "class",
        "utrecht-skip-link utrecht-skip-link--visible-on-focus",
        "href",
        "#main");
    html.open("header", "class", "utrecht-page-header em-header");
    html.open("div", "class", "em-bar");
    html.element(
        "a",
        Words.SITE.in(language),
        "class",
        "utrecht-link em-site",
        "href",
        Link.to("/").lang(language).toString());
    Language other = language == Language.NL ? Language.EN : Language.NL;
    html.element(
        "a",
        Words.OTHER_LANGUAGE.in(language),
        "class",
        "utrecht-link",
        "href",
        self.lang(other).toString(),
        "hreflang",
        other.code(),
        "lang",
        other.code());
    html.close("div");
    html.close("header");
    html.open("main", "id", "main", "class", "utrecht-page-content em-main");
    return html;
  }

  static String end(HtmlWriter html, Language language, RunRef run) {
    html.close("main");
    html.open("footer", "class", "utrecht-page-footer em-footer");
    html.open("p", "class", "utrecht-paragraph");
    if (run != null) {
      html.text(
          Words.RUN.in(language)
              + " "
              + run.id()
              + " · "
              + Words.AS_OF.in(language)
              + " "
              + run.asOf()
              + ". ");
    }
    html.text(Words.NUMBERS_FROM.in(language));
    html.close("p");
    html.close("footer");
    html.close("body");
    html.close("html");
    return html.toString();
  }
}
