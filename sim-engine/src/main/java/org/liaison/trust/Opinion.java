package org.liaison.trust;

/**
 * A subjective-logic opinion: belief, disbelief and uncertainty summing to 1, with base rate 1/2.
 *
 * <p>From beta evidence (Jøsang and Ismail 2002): b = r/(r+s+2), d = s/(r+s+2), u = 2/(r+s+2);
 * the expected value b + u/2 equals (r+1)/(r+s+2).
 */
public record Opinion(double belief, double disbelief, double uncertainty) {

  /** Base rate of every opinion in the model: no evidence means an even chance. */
  public static final double BASE_RATE = 0.5;

  /** Complete ignorance: no evidence either way. */
  public static final Opinion VACUOUS = new Opinion(0, 0, 1);

  public static Opinion fromEvidence(double r, double s) {
    double n = r + s + 2.0;
    return new Opinion(r / n, s / n, 2.0 / n);
  }

  /** Expected trust: belief plus the base rate's share of uncertainty. */
  public double expected() {
    return belief + BASE_RATE * uncertainty;
  }

  /**
   * Trust in z through an intermediary y: this is x's opinion of y, the argument y's opinion of
   * z. b = b_xy*b_yz, d = b_xy*d_yz, u = d_xy + u_xy + b_xy*u_yz.
   */
  public Opinion discount(Opinion yz) {
    return new Opinion(belief * yz.belief, belief * yz.disbelief,
        disbelief + uncertainty + belief * yz.uncertainty);
  }
}
