package org.liaison.indicators;

import java.util.function.ToDoubleFunction;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.ScoreScales;
import org.liaison.scenario.ScoreWeights;
import org.liaison.scenario.Zone;

/**
 * The composite score, 0 to 100: a weighted mean of components, each 0 to 1 (1 best).
 *
 * <p>Outcomes come first: civilian harm, displacement, humanitarian access, attacks prevented
 * and the safety of the mission's own people. Trust and communication are process measures and
 * weigh less by default; conduct (partners' abuses, actions outside the mandate) is computed and
 * reported but weighs nothing unless a scenario says so, as {@link ScoreWeights} explains;
 * inclusion is not a component, it acts through the model (what community groups pass on, their
 * grievance).
 *
 * <p>Count-based components are {@code s / (s + count)}: 1 with nothing counted, one half at the
 * scale {@code s}, still falling at several times the scale, so they do not saturate over the
 * range a scenario produces as long as the scale is of the order of that range. Ratio-based
 * components are not observed when their denominator is empty (no attack ended, no delivery
 * planned, no message sent), and the safety of the mission's own people is not observed while
 * nothing put them at risk (no attack on the mission, no incident): such a component is NaN, left
 * out, and the weights of the others renormalised. The mission's safety counts each incident and
 * each of its people killed or injured. A score with no observed component of positive weight is NaN, not observed.
 */
public final class Score {
  private Score() {}

  /** The components, once: the composite is taken at the end of every hour of every run. */
  private static final Component[] COMPONENTS = Component.values();
  private static final Indicator[] INDICATORS = Indicator.values();

  /** The components of the score, by the keys used for their weights and indicators. */
  public enum Component {
    CIVILIAN_HARM("civilianHarm", true, ScoreWeights::civilianHarm),
    DISPLACEMENT("displacement", true, ScoreWeights::displacement),
    HUMANITARIAN_ACCESS("humanitarianAccess", true, ScoreWeights::humanitarianAccess),
    ATTACKS_PREVENTED("attacksPrevented", true, ScoreWeights::attacksPrevented),
    MISSION_SAFETY("missionSafety", true, ScoreWeights::missionSafety),
    CONDUCT("conduct", true, ScoreWeights::conduct),
    TRUST("trust", false, ScoreWeights::trust),
    COMMUNICATION("communication", false, ScoreWeights::communication);

    private final String key;
    private final boolean outcome;
    private final ToDoubleFunction<ScoreWeights> weight;

    Component(String key, boolean outcome, ToDoubleFunction<ScoreWeights> weight) {
      this.key = key;
      this.outcome = outcome;
      this.weight = weight;
    }

    /** The key of the component's weight in scenario files. */
    public String key() {
      return key;
    }

    /** True for an outcome, false for a process measure. */
    public boolean outcome() {
      return outcome;
    }

    public double weight(ScoreWeights w) {
      return weight.applyAsDouble(w);
    }

    /** The indicator that carries this component's value. */
    public Indicator indicator() {
      return INDICATORS[Indicator.SCORE_CIVILIAN_HARM.ordinal() + ordinal()];
    }
  }

  /** The scales of the count-based components, resolved for one scenario. */
  public record Scales(double civilianCasualties, double peopleDisplaced, double missionIncidents,
      double breaches) {

    /** People per casualty at which the default casualty scale sits: one casualty per 1,000 people. */
    public static final double PEOPLE_PER_CASUALTY = 1_000;
    /** Share of the population whose displacement makes the default displacement scale. */
    public static final double DISPLACED_SHARE = 0.025;
    public static final double MISSION_INCIDENTS = 2;
    public static final double BREACHES = 2;

    /** The scenario's scales, each absent one derived from the population living in the map's zones. */
    public static Scales of(Scenario scenario) {
      ScoreScales s = scenario.scoring().scales();
      double population = scenario.map().zones().stream().mapToDouble(Zone::population).sum();
      return new Scales(
          s.civilianCasualties() != null ? s.civilianCasualties() : Math.max(1, population / PEOPLE_PER_CASUALTY),
          s.peopleDisplaced() != null ? s.peopleDisplaced() : Math.max(1, population * DISPLACED_SHARE),
          s.missionIncidents() != null ? s.missionIncidents() : MISSION_INCIDENTS,
          s.breaches() != null ? s.breaches() : BREACHES);
    }
  }

  /** Every component's value from indicator values, NaN where not observed; indexed by ordinal. */
  public static double[] components(double[] v, Scales s) {
    double[] c = new double[Component.values().length];
    c[Component.CIVILIAN_HARM.ordinal()] = half(s.civilianCasualties(), v[Indicator.CIVILIAN_CASUALTIES.ordinal()]);
    c[Component.DISPLACEMENT.ordinal()] = half(s.peopleDisplaced(), v[Indicator.PEOPLE_DISPLACED.ordinal()]);
    c[Component.HUMANITARIAN_ACCESS.ordinal()] = v[Indicator.HUMANITARIAN_ACCESS.ordinal()];
    double deterred = v[Indicator.ATTACKS_DETERRED.ordinal()];
    double ended = deterred + v[Indicator.ATTACKS_EXECUTED.ordinal()];
    c[Component.ATTACKS_PREVENTED.ordinal()] = ended == 0 ? Double.NaN : deterred / ended;
    double incidents = v[Indicator.MISSION_INCIDENTS.ordinal()];
    c[Component.MISSION_SAFETY.ordinal()] = incidents == 0 ? Double.NaN
        : half(s.missionIncidents(), incidents + v[Indicator.MISSION_CASUALTIES.ordinal()]);
    c[Component.CONDUCT.ordinal()] = half(s.breaches(),
        v[Indicator.COMPLIANCE_VIOLATIONS.ordinal()] + v[Indicator.MANDATE_DEVIATIONS.ordinal()]);
    c[Component.TRUST.ordinal()] = v[Indicator.TRUST_IN_MISSION.ordinal()];
    c[Component.COMMUNICATION.ordinal()] = communication(v);
    for (int i = 0; i < c.length; i++) {
      c[i] = Double.isNaN(c[i]) ? Double.NaN : Math.max(0, Math.min(1, c[i]));
    }
    return c;
  }

  /**
   * The mean of the communication measures observed: delivered / sent, understood / delivered,
   * and warning coverage; NaN when none is.
   */
  static double communication(double[] v) {
    double sent = v[Indicator.MESSAGES_SENT.ordinal()];
    double delivered = v[Indicator.MESSAGES_DELIVERED.ordinal()];
    double misunderstood = v[Indicator.MESSAGES_MISUNDERSTOOD.ordinal()];
    double[] measures = {
        sent == 0 ? Double.NaN : delivered / sent,
        delivered == 0 ? Double.NaN : 1 - misunderstood / delivered,
        v[Indicator.WARNING_COVERAGE.ordinal()]};
    double sum = 0;
    int n = 0;
    for (double m : measures) {
      if (!Double.isNaN(m)) {
        sum += m;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /**
   * The composite, 0 to 100: the weighted mean of the observed components, weights renormalised
   * over them; NaN when no component of positive weight is observed.
   */
  public static double composite(double[] components, ScoreWeights w) {
    double sum = 0;
    double total = 0;
    for (Component c : COMPONENTS) {
      double value = components[c.ordinal()];
      double weight = c.weight(w);
      if (!Double.isNaN(value) && weight > 0) {
        sum += weight * value;
        total += weight;
      }
    }
    return total == 0 ? Double.NaN : 100 * sum / total;
  }

  private static double half(double scale, double count) {
    return scale / (scale + count);
  }
}
