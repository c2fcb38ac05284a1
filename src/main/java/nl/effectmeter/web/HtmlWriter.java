package nl.effectmeter.web;

/**
 * Builds an HTML document in which every text and attribute value passes through {@link
 * Html#escape}: markup can only come from the tag and attribute names written here.
 */
final class HtmlWriter {
  private final StringBuilder out = new StringBuilder(16 * 1024);

  /** Opens {@code tag} with attributes given as name, value pairs (a null value is left out). */
  HtmlWriter open(String tag, String... attributes) {
    out.append('<').append(tag);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("Cannot write attributes of <" + tag + ">: odd count");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(Html.escape(attributes[i + 1]));
        out.append('"');
      }
    }
    out.append('>');
    return this;
  }

  HtmlWriter close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  HtmlWriter text(String text) {
    out.append(Html.escape(text));
    return this;
  }

  /** {@code <tag attributes>text</tag>}. */
  HtmlWriter element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A void element such as {@code <meta>} or an SVG shape closed with {@code />}. */
  HtmlWriter empty(String tag, String... attributes) {
    open(tag, attributes);
    out.setLength(out.length() - 1);
    out.append("/>");
    return this;
  }

  /** Markup this package wrote itself (the doctype, an SVG built by {@link TrendChart}). */
  HtmlWriter trusted(String markup) {
    out.append(markup);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
