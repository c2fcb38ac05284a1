package nl.effectmeter.api.format;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.effectmeter.answer.ObservationJson;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.api.http.JsonObjects;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.Status;

/**
 * SDMX-CSV 2.0 of observations: one header line, then one line per published row, against the
 * dataflow {@code EFFECTMETER:INDICATORS(2.0)}. A suppressed value's numbers are empty fields,
 * never 0; its status says {@code Q} (suppressed) and {@code C} (confidential).
 */
public final class SdmxCsvFormat implements ResponseFormat {
  public static final SdmxCsvFormat INSTANCE = new SdmxCsvFormat();
  static final String MEDIA_TYPE = "application/vnd.sdmx.data+csv";
  static final String VERSION = "2.0.0";
  static final String STRUCTURE_ID = "EFFECTMETER:INDICATORS(2.0)";

  private SdmxCsvFormat() {}

  @Override
  public String name() {
    return "sdmx-csv";
  }

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public String contentType() {
    return MEDIA_TYPE + "; version=" + VERSION + "; charset=utf-8";
  }

  /** {@code application/vnd.sdmx.data+csv} of version 2.0.0, or of no version given. */
  @Override
  public boolean answers(String mediaRange) {
    String version = MediaRanges.parameter(mediaRange, "version");
    return MediaRanges.type(mediaRange).equalsIgnoreCase(MEDIA_TYPE)
        && (version == null || version.equals(VERSION) || version.equals("2.0"));
  }

  @Override
  public Map<String, Object> schema(String jsonSchema) {
    return JsonObjects.of("schema", JsonObjects.of("type", "string"));
  }

  static List<String> header() {
    List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
    header.add("INDICATOR");
    header.add("BREAKDOWN");
    for (Dimension dimension : Dimension.values()) {
      header.add(dimension.name());
    }
    header.addAll(
        List.of(
            "TIME_PERIOD",
            "OBS_VALUE",
            "OBS_STATUS",
            "CONF_STATUS",
            "UNIT_MEASURE",
            "LOWER_BOUND",
            "UPPER_BOUND",
            "BASE"));
    return header;
  }

  @Override
  public byte[] render(Answer answer) {
    List<Object[]> lines = new ArrayList<>();
    for (ObservationJson row : answer.observations()) {
      lines.add(line(row));
    }
    return Csv.write(header(), lines).getBytes(StandardCharsets.UTF_8);
  }

  static Object[] line(ObservationJson row) {
    Status status = Status.fromLabel(row.status());
    boolean suppressed = status.isSuppressed();
    List<Object> line = new ArrayList<>(List.of("dataflow", STRUCTURE_ID, "I"));
    line.add(row.indicator());
    line.add(row.breakdown());
    line.add(row.organisation());
    line.add(row.regulation());
    line.add(row.municipality());
    line.add(row.province());
    line.add(row.governmentLayer());
    line.add(row.clientSegment());
    line.add(row.channel());
    line.add(row.period());
    line.add(suppressed ? null : number(row.value()));
    line.add(
        switch (status) {
          case OK -> "A";
          case CONFIDENTIAL -> "Q";
          case NO_DATA -> "M";
        });
    line.add(suppressed ? "C" : "F");
    line.add(Indicator.fromId(row.indicator()).unit().label().toUpperCase(Locale.ROOT));
    line.add(suppressed ? null : number(row.ciLow()));
    line.add(suppressed ? null : number(row.ciHigh()));
    line.add(suppressed ? null : row.base());
    return line.toArray();
  }

  /** A number as plain decimal digits (never an exponent), or null. */
  private static String number(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return null;
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
