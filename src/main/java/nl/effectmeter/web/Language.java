package nl.effectmeter.web;

import java.util.Locale;

/** The two languages of the pages; chosen by {@code ?lang=} or else {@code Accept-Language}. */
enum Language {
  NL,
  EN;

  /** The code of {@code lang=} and of the page's {@code lang} attribute. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Language fromCode(String code) {
    for (Language language : values()) {
      if (language.code().equals(code)) {
        return language;
      }
    }
    throw new IllegalArgumentException("Unknown language " + code + "; accepted: nl, en");
  }

  /**
   * The first of Dutch and English an {@code Accept-Language} header prefers (by its q values, then
   * its order); Dutch when it names neither.
   */
  static Language fromAcceptLanguage(String header) {
    if (header == null) {
      return NL;
    }
    Language best = null;
    double bestQ = 0;
    for (String part : header.split(",", -1)) {
      String[] pieces = part.trim().split(";", -1);
      String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < pieces.length; i++) {
        String parameter = pieces[i].trim().replace(" ", "");
        if (parameter.startsWith("q=")) {
          try {
            q = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      Language language =
          tag.equals("nl") || tag.startsWith("nl-")
              ? NL
              : tag.equals("en") || tag.startsWith("en-") ? EN : null;
      if (language != null && q > bestQ) {
        best = language;
        bestQ = q;
      }
    }
    return best == null ? NL : best;
  }
}
