package nl.effectmeter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a tiny input location for a test: the reference datasets (small defaults, replaceable) and
 * the three fact CSVs from the lines a test gives.
 */
public final class InputLocation {
  public static final String SERVICES_HEADER =
      "case_id,organisation_code,regulation_code,municipality_code,requested_at,decided_at,decision,channel,client_key,client_segment,cost_eur";
  public static final String COMPLAINTS_HEADER =
      "complaint_id,case_id,organisation_code,regulation_code,municipality_code,received_at,category,resolved_at,upheld,escalated_to_ombudsman";
  public static final String OUTCOMES_HEADER = "case_id,outcome_type,measured_at,achieved";
  public static final String FEASIBILITY_SIGNALS_HEADER =
      "signal_id,organisation_code,regulation_code,kind,raised_at,summary,responded_at,response";
  public static final String FEASIBILITY_ASSESSMENTS_HEADER =
      "assessment_id,regulation_code,organisation_code,government_layer,assessed_at,effective_from,verdict,expected_cases_per_month,expected_timely_decision_rate,expected_cost_per_case,expected_outcome_achievement_rate";

  private final Path root;
  private final List<String> services = new ArrayList<>();
  private final List<String> complaints = new ArrayList<>();
  private final List<String> outcomes = new ArrayList<>();
  private final List<String> feasibilitySignals = new ArrayList<>();
  private final List<String> feasibilityAssessments = new ArrayList<>();
  private String organisations =
      "organisation_code,name,government_layer\nUWV,Uitvoeringsinstituut Werknemersverzekeringen,zbo\nSVB,Sociale Verzekeringsbank,zbo\nGM0363,Gemeente Amsterdam,gemeente\n";
  private String regulations =
      "regulation_code,name,legal_term_days,outcome_window_days\nWW,Werkloosheidswet,56,180\nAOW,Algemene Ouderdomswet,28,90\nPW,Participatiewet,56,365\n";
  private String municipalities =
      "municipality_code,name,province_code,population\nGM0363,Amsterdam,PV27,931298\nGM0599,Rotterdam,PV28,664311\nGM0344,Utrecht,PV26,374238\nGM0014,Groningen,PV20,238147\nGM0193,Zwolle,PV23,132411\nGM0855,Tilburg,PV30,227004\n";
  private String outcomeTypes =
      "outcome_type,name,intended,societal_value_eur\nemployed,Werk gevonden,true,12000\ndebt_reduced,Schuld verminderd,false,1500\n";

  public InputLocation(Path root) {
    this.root = root;
  }

  public InputLocation service(String line) {
    services.add(line);
    return this;
  }

  public InputLocation complaint(String line) {
    complaints.add(line);
    return this;
  }

  public InputLocation outcome(String line) {
    outcomes.add(line);
    return this;
  }

  /** A line of feasibility_signals; without any, the optional dataset is not written. */
  public InputLocation feasibilitySignal(String line) {
    feasibilitySignals.add(line);
    return this;
  }

  /** A line of feasibility_assessments; without any, the optional dataset is not written. */
  public InputLocation feasibilityAssessment(String line) {
    feasibilityAssessments.add(line);
    return this;
  }

  public InputLocation organisations(String csv) {
    organisations = csv;
    return this;
  }

  public InputLocation regulations(String csv) {
    regulations = csv;
    return this;
  }

  public InputLocation municipalities(String csv) {
    municipalities = csv;
    return this;
  }

  public InputLocation outcomeTypes(String csv) {
    outcomeTypes = csv;
    return this;
  }

  /** Writes the files and returns the input location's path. */
  public Path write() {
    try {
      Files.createDirectories(root.resolve("reference"));
      write("reference/organisations.csv", organisations);
      write("reference/regulations.csv", regulations);
      write("reference/municipalities.csv", municipalities);
      write("reference/outcome_types.csv", outcomeTypes);
      write("services.csv", SERVICES_HEADER + "\n" + lines(services));
      write("complaints.csv", COMPLAINTS_HEADER + "\n" + lines(complaints));
      write("outcomes.csv", OUTCOMES_HEADER + "\n" + lines(outcomes));
      if (!feasibilitySignals.isEmpty()) {
        write(
            "feasibility_signals.csv",
            FEASIBILITY_SIGNALS_HEADER + "\n" + lines(feasibilitySignals));
      }
      if (!feasibilityAssessments.isEmpty()) {
        write(
            "feasibility_assessments.csv",
            FEASIBILITY_ASSESSMENTS_HEADER + "\n" + lines(feasibilityAssessments));
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lines(List<String> lines) {
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  private void write(String relative, String content) throws IOException {
    Files.writeString(root.resolve(relative), content, StandardCharsets.UTF_8);
  }
}
