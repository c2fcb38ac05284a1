package nl.effectmeter.privacy;

import java.util.List;

/** The audit found suppressed values that the published output gives away: nothing is published. */
public final class DisclosureAuditException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<DisclosureAudit.Finding> findings;

  public DisclosureAuditException(List<DisclosureAudit.Finding> findings) {
    super(message(findings));
    this.findings = List.copyOf(findings);
  }

  public List<DisclosureAudit.Finding> findings() {
    return findings;
  }

  private static String message(List<DisclosureAudit.Finding> findings) {
    StringBuilder out =
        new StringBuilder("the disclosure audit found ")
            .append(findings.size())
            .append(findings.size() == 1 ? " suppressed value" : " suppressed values")
            .append(" that the published numbers give away; first: ");
    int shown = Math.min(5, findings.size());
    for (int i = 0; i < shown; i++) {
      out.append(i == 0 ? "" : "; ").append(findings.get(i).describe());
    }
    return out.toString();
  }
}
