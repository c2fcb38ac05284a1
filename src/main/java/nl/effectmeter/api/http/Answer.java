package nl.effectmeter.api.http;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.effectmeter.answer.ObservationJson;
import nl.effectmeter.answer.ObservationPage;

/**
 * What a handler answers, for any format to write: the JSON body, and for tabular answers the
 * published rows it holds (which CSV and SDMX-CSV write).
 */
public record Answer(Object body, List<ObservationJson> observations) {
  public Answer {
    requireNonNull(body, "body is null");
    observations = List.copyOf(observations);
  }

  public static Answer of(Object body) {
    return new Answer(body, List.of());
  }

  public static Answer of(ObservationPage page) {
    return new Answer(page, page.observations());
  }
}
