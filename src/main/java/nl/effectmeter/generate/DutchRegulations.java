package nl.effectmeter.generate;

import static nl.effectmeter.generate.SimulatedRegulation.EVERY_MUNICIPALITY;

import java.util.List;

/** Regulations with realistic legal decision terms (beslistermijnen) and outcome windows. */
final class DutchRegulations {
  static final List<SimulatedRegulation> ALL =
      List.of(
          new SimulatedRegulation(
              "WW", "Werkloosheidswet", 56, 180, "UWV", 0.14, 120, 0.80, 0.55, List.of("employed")),
          new SimulatedRegulation(
              "WIA",
              "Wet werk en inkomen naar arbeidsvermogen",
              56,
              365,
              "UWV",
              0.15,
              480,
              0.60,
              0.45,
              List.of("income_secured", "employed")),
          new SimulatedRegulation(
              "AOW",
              "Algemene Ouderdomswet",
              28,
              90,
              "SVB",
              0.08,
              55,
              0.97,
              0.92,
              List.of("income_secured")),
          new SimulatedRegulation(
              "KB",
              "Kinderbijslag (Algemene Kinderbijslagwet)",
              28,
              120,
              "SVB",
              0.08,
              40,
              0.93,
              0.90,
              List.of("income_secured")),
          new SimulatedRegulation(
              "SF",
              "Studiefinanciering (Wet studiefinanciering 2000)",
              56,
              365,
              "DUO",
              0.11,
              25,
              0.90,
              0.75,
              List.of("enrolled")),
          new SimulatedRegulation(
              "ZT",
              "Zorgtoeslag",
              56,
              180,
              "BDT",
              0.11,
              15,
              0.85,
              0.80,
              List.of("income_secured", "repayment_claim")),
          new SimulatedRegulation(
              "HT",
              "Huurtoeslag",
              56,
              180,
              "BDT",
              0.08,
              18,
              0.80,
              0.75,
              List.of("income_secured", "repayment_claim")),
          new SimulatedRegulation(
              "PW",
              "Participatiewet (bijstand)",
              56,
              365,
              EVERY_MUNICIPALITY,
              0.09,
              320,
              0.70,
              0.40,
              List.of("employed", "self_sufficient")),
          new SimulatedRegulation(
              "WMO",
              "Wet maatschappelijke ondersteuning 2015",
              56,
              180,
              EVERY_MUNICIPALITY,
              0.08,
              260,
              0.80,
              0.70,
              List.of("self_sufficient")),
          new SimulatedRegulation(
              "SUB",
              "Subsidieregeling energietransitie Provincie Utrecht",
              91,
              365,
              "PV26",
              0.03,
              420,
              0.65,
              0.60,
              List.of("project_completed")),
          new SimulatedRegulation(
              "WVG",
              "Watervergunning (Waterwet)",
              56,
              180,
              "HDSR",
              0.02,
              380,
              0.85,
              0.80,
              List.of("permit_used")));

  private DutchRegulations() {}
}
