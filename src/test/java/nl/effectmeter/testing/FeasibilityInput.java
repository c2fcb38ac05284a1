package nl.effectmeter.testing;

import java.nio.file.Path;

/**
 * A tiny input location with both feasibility datasets: UWV decides 12 WW cases a month from
 * January to June 2025 (all within the legal term), but only 4 in March, whose monthly values
 * disclosure control therefore hides; a noodsignaal is raised in March and answered, a knelpunt in
 * May; UWV assessed WW, the municipalities (a UDO) PW.
 */
public final class FeasibilityInput {
  private FeasibilityInput() {}

  public static Path write(Path dir) {
    InputLocation input = new InputLocation(dir);
    for (int month = 1; month <= 6; month++) {
      int cases = month == 3 ? 4 : 12;
      for (int i = 0; i < cases; i++) {
        input.service(
            String.format(
                "S%d-%02d,UWV,WW,GM0363,2025-%02d-03,2025-%02d-13,granted,online,,,100",
                month, i, month, month));
      }
    }
    return input
        .feasibilitySignal(
            "NS-1,UWV,WW,noodsignaal,2025-03-15,Niet uitvoerbaar,2025-03-20,adjusted")
        .feasibilitySignal("K-2,UWV,WW,knelpunt,2025-05-10,Te druk,,")
        .feasibilityAssessment("UT-1,WW,UWV,,2024-10-01,2025-01-01,feasible,12,0.9,80,")
        .feasibilityAssessment("UDO-1,PW,,gemeente,2025-05-01,2025-09-01,feasible,5,,,")
        .write();
  }
}
