package nl.effectmeter.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a handler answers, for any format to write: the JSON body, and for tabular answers the
 * published rows it holds (which CSV and SDMX-CSV write).
 */
record Answer(Object body, List<ObservationJson> observations) {
  Answer {
    requireNonNull(body, "body is null");
    observations = List.copyOf(observations);
  }

  static Answer of(Object body) {
    return new Answer(body, List.of());
  }

  static Answer of(ObservationPage page) {
    return new Answer(page, page.observations());
  }
}
