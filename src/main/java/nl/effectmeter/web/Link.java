package nl.effectmeter.web;

import java.util.ArrayList;
import java.util.List;

/** A link to a page: a path and its query, percent-encoded as it is written. */
final class Link {
  private final String path;
  private final List<String[]> query = new ArrayList<>();

  private Link(String path) {
    this.path = path;
  }

  static Link to(String path) {
    return new Link(path);
  }

  static Link scorecard(String organisation) {
    return new Link(WebPages.SCORECARDS + "/" + Html.url(organisation));
  }

  static Link trend(String organisation, String regulation) {
    return new Link(WebPages.TRENDS + "/" + Html.url(organisation) + "/" + Html.url(regulation));
  }

  Link with(String name, String value) {
    if (value != null) {
      query.add(new String[] {name, value});
    }
    return this;
  }

  Link lang(Language language) {
    Link copy = new Link(path);
    for (String[] pair : query) {
      if (!pair[0].equals("lang")) {
        copy.query.add(pair);
      }
    }
    copy.query.add(new String[] {"lang", language.code()});
    return copy;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(path);
    char separator = '?';
    for (String[] pair : query) {
      out.append(separator).append(Html.url(pair[0])).append('=').append(Html.url(pair[1]));
      separator = '&';
    }
    return out.toString();
  }
}
