package nl.effectmeter.privacy;

import nl.effectmeter.indicator.IndicatorRow;

/**
 * A rule of primary suppression: a published value that it hits is confidential for what it shows
 * on its own (too few cases, say), before secondary suppression protects it against every linked
 * margin. A new rule is a class implementing this and one entry in {@link PrimaryRules#from}.
 */
public interface PrimaryRule {

  /** The rule's name as the settings and the docs use it. */
  String name();

  /** Whether this row must be confidential by itself. */
  boolean hits(IndicatorRow row);
}
