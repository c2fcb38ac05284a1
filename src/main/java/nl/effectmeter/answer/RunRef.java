package nl.effectmeter.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.effectmeter.store.Run;

/** Which run an answer came from. */
public record RunRef(
    @JsonProperty("id") String id,
    @JsonProperty("as_of") String asOf,
    @JsonProperty("published_at") String publishedAt) {

  public static RunRef of(Run run) {
    return new RunRef(run.id(), run.manifest().asOf(), run.manifest().finishedAt());
  }
}
