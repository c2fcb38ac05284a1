package nl.effectmeter.web;

import nl.effectmeter.warehouse.RevisionColumns;

/** Every fixed text of the pages, in Dutch and English. */
enum Words {
  SITE("Effectmeter", "Effectmeter"),
  SKIP("Naar de inhoud", "Skip to content"),
  OTHER_LANGUAGE("English", "Nederlands"),
  START_TITLE("Maatschappelijk effect van de uitvoering", "Societal effect of public services"),
  START_INTRO(
      "Kies een organisatie voor haar verantwoordingskaart: wat zij deed, hoe goed, of iemand"
          + " er beter van werd en of het eerlijk ging, met betrouwbaarheidsintervallen en de"
          + " vergelijking met organisaties van dezelfde bestuurslaag.",
      "Choose an organisation for its accountability scorecard: what it did, how well, whether"
          + " anyone is better off and whether it was fair, with confidence intervals and the"
          + " comparison with organisations of the same government layer."),
  RUN("Publicatie", "Run"),
  AS_OF("Peildatum", "As of"),
  PUBLISHED_AT("Gepubliceerd", "Published"),
  ORGANISATIONS("Organisaties", "Organisations"),
  SIGNALS("Signalen", "Signals"),
  NO_SIGNALS("Geen signalen.", "No signals."),
  ORGANISATION("Organisatie", "Organisation"),
  REGULATION("Regeling", "Regulation"),
  MONTH("Maand", "Month"),
  SIGNAL("Signaal", "Signal"),
  SEVERITY("Ernst", "Severity"),
  MESSAGE("Toelichting", "Message"),
  SCORECARD("Verantwoordingskaart", "Scorecard"),
  PERIOD("Periode", "Period"),
  SHOW("Toon", "Show"),
  PREVIOUS_PERIOD("vorige periode", "previous period"),
  INDICATOR("Indicator", "Indicator"),
  VALUE("Waarde", "Value"),
  INTERVAL("95%-interval", "95% interval"),
  PREVIOUS("Vorige", "Previous"),
  CHANGE("Verandering", "Change"),
  TREND("Trend", "Trend"),
  PEER_MEDIAN("Mediaan bestuurslaag", "Layer median"),
  RANK("Positie", "Rank"),
  OF("van", "of"),
  CONFIDENTIAL("vertrouwelijk", "confidential"),
  REVISED("herzien", "revised"),
  NEWLY_PUBLISHED("nieuw gepubliceerd", "newly published"),
  NEWLY_SUPPRESSED("nu vertrouwelijk", "now confidential"),
  WITHDRAWN("ingetrokken", "withdrawn"),
  PREVIOUS_RUN("Vorige publicatie", "Previous run"),
  NO_DATA("geen gegevens", "no data"),
  NOT_ASSESSED("niet beoordeeld", "not assessed"),
  IMPROVED("verbeterd", "improved"),
  WORSENED("verslechterd", "worsened"),
  NO_SIGNIFICANT_CHANGE("geen significante verandering", "no significant change"),
  TREND_NOTE(
      "Een pijl is gekleurd als de verandering significant is: het 95%-interval van de"
          + " verandering (Newcombe, methode 10) ligt helemaal aan één kant van nul. Alleen de zes"
          + " percentages krijgen een trend. Vertrouwelijk betekent: niet gepubliceerd om de"
          + " privacy van kleine aantallen mensen te beschermen.",
      "An arrow is coloured when the change is significant: the 95% interval of the change"
          + " (Newcombe, method 10) lies wholly on one side of zero. Only the six rates get a"
          + " trend. Confidential means: not published, to protect the privacy of small numbers of"
          + " people."),
  REGULATIONS_TRENDS("Verloop per regeling", "Trends per regulation"),
  TREND_TITLE("Verloop per maand", "Monthly trend"),
  CHART_OF("Grafiek van", "Chart of"),
  BAND("95%-interval", "95% interval"),
  SIGNAL_MARK("signaal", "signal"),
  CONFIDENTIAL_MONTHS("Vertrouwelijke maanden", "Confidential months"),
  NONE("geen", "none"),
  TABLE_OF("Dezelfde cijfers als tabel", "The same numbers as a table"),
  OTHER_INDICATORS("Andere indicator", "Other indicator"),
  BACK_TO_SCORECARD("Terug naar de verantwoordingskaart", "Back to the scorecard"),
  BACK_TO_START("Alle organisaties", "All organisations"),
  NUMBERS_FROM(
      "Alle cijfers komen uit de gepubliceerde tabellen van deze publicatie; dezelfde cijfers"
          + " geeft de API onder /api/v1.",
      "Every number comes from this run's published tables; the API serves the same numbers"
          + " under /api/v1."),
  FEASIBILITY_SIGNALS("Uitvoerbaarheidssignalen", "Feasibility signals"),
  NO_FEASIBILITY_SIGNALS(
      "Geen uitvoerbaarheidssignalen in deze periode.", "No feasibility signals in this period."),
  SIGNAL_ID("Kenmerk", "Id"),
  KIND("Soort", "Kind"),
  NOODSIGNAAL("noodsignaal", "emergency signal (noodsignaal)"),
  KNELPUNT("knelpunt", "bottleneck (knelpunt)"),
  RAISED_AT("Gemeld op", "Raised"),
  RESPONSE("Reactie", "Response"),
  RESPONDED_AT("Reactie op", "Responded"),
  LEAD_MONTHS("Voorsprong van het bewijs (maanden)", "Evidence lead time (months)"),
  ADJUSTED("aangepast", "adjusted"),
  POSTPONED("uitgesteld", "postponed"),
  RESOURCES("extra middelen", "resources added"),
  REJECTED("afgewezen", "rejected"),
  UNVOICED_DISTRESS("Onuitgesproken nood", "Unvoiced distress"),
  NO_UNVOICED_DISTRESS("Geen onuitgesproken nood.", "No unvoiced distress."),
  UNVOICED_NOTE(
      "De gegevens geven signalen van hoge ernst in minstens 3 van de laatste 6 maanden tot de"
          + " peildatum, terwijl niemand een uitvoerbaarheidssignaal gaf.",
      "The data gave high-severity signals in at least 3 of the last 6 months up to the as-of"
          + " date, while no one raised a feasibility signal."),
  HIGH_SIGNAL_MONTHS("Maanden met hoge signalen", "Months with high signals"),
  OF_THE_LAST("van de laatste", "of the last"),
  MONTHS("maanden", "months"),
  FIRST_MONTH("Eerste maand", "First month"),
  LAST_MONTH("Laatste maand", "Last month"),
  ERROR("Fout", "Error"),
  HIGH("hoog", "high"),
  MEDIUM("middel", "medium");

  private final String nl;
  private final String en;

  Words(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  String in(Language language) {
    return language == Language.NL ? nl : en;
  }

  /** The mark of a kind of revision (the revisions table's {@code kind}). */
  static Words revision(String kind) {
    return switch (kind) {
      case RevisionColumns.REVISED -> REVISED;
      case RevisionColumns.NEWLY_PUBLISHED -> NEWLY_PUBLISHED;
      case RevisionColumns.NEWLY_SUPPRESSED -> NEWLY_SUPPRESSED;
      case RevisionColumns.WITHDRAWN -> WITHDRAWN;
      default -> throw new IllegalArgumentException("Unknown kind of revision " + kind);
    };
  }
}
