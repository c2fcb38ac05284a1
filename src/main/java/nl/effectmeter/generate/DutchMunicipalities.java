package nl.effectmeter.generate;

import java.util.List;
import nl.effectmeter.reference.Municipality;

/** Real municipalities with their CBS codes, provinces and rounded populations. */
final class DutchMunicipalities {
  /** The province served by the provincial and water-board regulations. */
  static final String UTRECHT_PROVINCE = "PV26";

  static final List<Municipality> ALL =
      List.of(
          m("GM0014", "Groningen", "PV20", 243_800),
          m("GM1966", "Het Hogeland", "PV20", 48_300),
          m("GM0080", "Leeuwarden", "PV21", 127_500),
          m("GM0090", "Smallingerland", "PV21", 57_200),
          m("GM0072", "Harlingen", "PV21", 16_200),
          m("GM0088", "Schiermonnikoog", "PV21", 950),
          m("GM0106", "Assen", "PV22", 69_600),
          m("GM0114", "Emmen", "PV22", 108_000),
          m("GM0118", "Hoogeveen", "PV22", 56_400),
          m("GM0153", "Enschede", "PV23", 161_300),
          m("GM0193", "Zwolle", "PV23", 133_100),
          m("GM0150", "Deventer", "PV23", 102_000),
          m("GM0164", "Hengelo", "PV23", 82_000),
          m("GM0034", "Almere", "PV24", 226_500),
          m("GM0995", "Lelystad", "PV24", 82_500),
          m("GM0268", "Nijmegen", "PV25", 183_500),
          m("GM0202", "Arnhem", "PV25", 166_600),
          m("GM0200", "Apeldoorn", "PV25", 168_000),
          m("GM0228", "Ede", "PV25", 122_300),
          m("GM0344", "Utrecht", "PV26", 374_200),
          m("GM0307", "Amersfoort", "PV26", 161_600),
          m("GM0356", "Nieuwegein", "PV26", 64_800),
          m("GM0355", "Zeist", "PV26", 66_600),
          m("GM0345", "Veenendaal", "PV26", 68_400),
          m("GM0321", "Houten", "PV26", 50_900),
          m("GM0310", "De Bilt", "PV26", 43_800),
          m("GM1904", "Stichtse Vecht", "PV26", 65_500),
          m("GM0632", "Woerden", "PV26", 53_300),
          m("GM0353", "IJsselstein", "PV26", 35_000),
          m("GM0342", "Soest", "PV26", 47_300),
          m("GM0363", "Amsterdam", "PV27", 933_100),
          m("GM0392", "Haarlem", "PV27", 165_400),
          m("GM0479", "Zaanstad", "PV27", 160_400),
          m("GM0394", "Haarlemmermeer", "PV27", 161_600),
          m("GM0361", "Alkmaar", "PV27", 111_800),
          m("GM0402", "Hilversum", "PV27", 92_800),
          m("GM0599", "Rotterdam", "PV28", 664_300),
          m("GM0518", "'s-Gravenhage", "PV28", 562_800),
          m("GM0546", "Leiden", "PV28", 128_300),
          m("GM0503", "Delft", "PV28", 107_000),
          m("GM0505", "Dordrecht", "PV28", 121_100),
          m("GM0637", "Zoetermeer", "PV28", 127_000),
          m("GM0687", "Middelburg", "PV29", 49_600),
          m("GM0718", "Vlissingen", "PV29", 45_000),
          m("GM0664", "Goes", "PV29", 39_600),
          m("GM0772", "Eindhoven", "PV30", 246_400),
          m("GM0855", "Tilburg", "PV30", 229_800),
          m("GM0758", "Breda", "PV30", 186_400),
          m("GM0796", "'s-Hertogenbosch", "PV30", 160_800),
          m("GM0748", "Bergen op Zoom", "PV30", 69_200),
          m("GM0935", "Maastricht", "PV31", 122_400),
          m("GM0984", "Venlo", "PV31", 102_700),
          m("GM0917", "Heerlen", "PV31", 87_300),
          m("GM0957", "Roermond", "PV31", 59_500));

  private static Municipality m(String code, String name, String province, long population) {
    return new Municipality(code, name, province, population, null);
  }

  private DutchMunicipalities() {}
}
