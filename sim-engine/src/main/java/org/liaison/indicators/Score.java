package org.liaison.indicators;

import org.liaison.scenario.ScoreWeights;

/**
 * The composite score, 0 to 100: a weighted mean of three parts, each normalised to 0..1.
 *
 * <ul>
 *   <li>trust: {@code trustInMission} (already 0..1);
 *   <li>communication: mean of the delivery ratio (delivered / sent), the share of deliveries
 *       understood (1 - misunderstood / delivered) and {@code warningCoverage}, each 1 when its
 *       denominator is empty;
 *   <li>outcomes: mean of h/(h + casualties) with h = scoreCasualtyHalf, the share of ended
 *       attacks not executed, {@code humanitarianAccess}, v/(v + violations + deviations) with
 *       v = scoreViolationHalf, and {@code inclusivity}.
 * </ul>
 * Weights are normalised by their sum; all zero gives 0.
 */
public final class Score {
  private Score() {}

  public static double trustPart(double[] v) {
    return clamp(v[Indicator.TRUST_IN_MISSION.ordinal()]);
  }

  public static double communicationPart(double[] v) {
    double sent = v[Indicator.MESSAGES_SENT.ordinal()];
    double delivered = v[Indicator.MESSAGES_DELIVERED.ordinal()];
    double misunderstood = v[Indicator.MESSAGES_MISUNDERSTOOD.ordinal()];
    double deliveryRatio = sent == 0 ? 1 : delivered / sent;
    double understood = delivered == 0 ? 1 : 1 - misunderstood / delivered;
    return clamp((deliveryRatio + understood + v[Indicator.WARNING_COVERAGE.ordinal()]) / 3);
  }

  public static double outcomesPart(double[] v, double casualtyHalf, double violationHalf) {
    double casualties = v[Indicator.CIVILIAN_CASUALTIES.ordinal()];
    double deterred = v[Indicator.ATTACKS_DETERRED.ordinal()];
    double executed = v[Indicator.ATTACKS_EXECUTED.ordinal()];
    double harm = casualtyHalf / (casualtyHalf + casualties);
    double prevented = deterred + executed == 0 ? 1 : deterred / (deterred + executed);
    double access = v[Indicator.HUMANITARIAN_ACCESS.ordinal()];
    double breaches = v[Indicator.COMPLIANCE_VIOLATIONS.ordinal()] + v[Indicator.MANDATE_DEVIATIONS.ordinal()];
    double integrity = violationHalf / (violationHalf + breaches);
    double inclusion = v[Indicator.INCLUSIVITY.ordinal()];
    return clamp((harm + prevented + access + integrity + inclusion) / 5);
  }

  public static double composite(double[] v, ScoreWeights w, double casualtyHalf, double violationHalf) {
    double total = w.trust() + w.communication() + w.outcomes();
    if (total <= 0) {
      return 0;
    }
    double s = w.trust() * trustPart(v) + w.communication() * communicationPart(v)
        + w.outcomes() * outcomesPart(v, casualtyHalf, violationHalf);
    return 100 * s / total;
  }

  private static double clamp(double x) {
    return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
  }
}
