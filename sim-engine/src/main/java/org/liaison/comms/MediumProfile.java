package org.liaison.comms;

import java.util.EnumMap;
import java.util.Map;
import org.liaison.scenario.Medium;
import org.liaison.scenario.MediumQuality;

/**
 * What a channel opened during a run is like, from its medium and the distance it spans: latency,
 * reliability and exposure to interception. Channels declared in a scenario give their own values
 * and take these for what they leave out; channels the trainees open (a liaison officer, an alert network, a deconfliction line) and the
 * fallbacks senders use when their channel is down take these. A scenario can change any value
 * for its area (its {@code media} section); the defaults are below.
 *
 * <p>Radio is immediate but its reliability falls beyond line of sight and it is easy to listen
 * to; mobile phones are quick and fairly reliable where there is coverage, and their traffic can be
 * monitored; satellite links are reliable and hard to intercept; a courier or a face-to-face
 * meeting takes the travel time at road speed, and a courier can be stopped and searched.
 */
public final class MediumProfile {
  /** Floor under a radio link's reliability however far it reaches. */
  private static final double RADIO_FLOOR = 0.5;
  /** Reliability a radio link loses per km beyond its range. */
  private static final double RADIO_LOSS_PER_KM = 0.01;

  /** The default quality of each medium. */
  public static final Map<Medium, MediumQuality> DEFAULTS = defaults();

  private final Map<Medium, MediumQuality> quality = new EnumMap<>(Medium.class);

  /** The defaults, with the scenario's values where it gives them. */
  public MediumProfile(Map<Medium, MediumQuality> overrides) {
    for (Medium m : Medium.values()) {
      MediumQuality d = DEFAULTS.get(m);
      MediumQuality o = overrides.get(m);
      quality.put(m, o == null ? d : new MediumQuality(
          or(o.latencyHours(), d.latencyHours()), or(o.reliability(), d.reliability()),
          or(o.interception(), d.interception()), or(o.rangeKm(), d.rangeKm()), or(o.speedKmh(), d.speedKmh())));
    }
  }

  /** The defaults alone. */
  public static MediumProfile standard() {
    return new MediumProfile(Map.of());
  }

  private static Map<Medium, MediumQuality> defaults() {
    Map<Medium, MediumQuality> d = new EnumMap<>(Medium.class);
    d.put(Medium.RADIO, new MediumQuality(0.25, 0.95, 0.1, 30.0, null));
    d.put(Medium.MOBILE, new MediumQuality(0.5, 0.9, 0.02, null, null));
    d.put(Medium.SATELLITE, new MediumQuality(0.5, 0.97, 0.01, null, null));
    d.put(Medium.DATA_PLATFORM, new MediumQuality(1.0, 0.95, 0.03, null, null));
    d.put(Medium.COURIER, new MediumQuality(1.0, 0.9, 0.05, null, 25.0));
    d.put(Medium.FACE_TO_FACE, new MediumQuality(1.0, 0.99, 0.0, null, 25.0));
    return java.util.Collections.unmodifiableMap(d);
  }

  private static Double or(Double value, Double fallback) {
    return value == null ? fallback : value;
  }

  public double latencyHours(Medium medium, double km) {
    MediumQuality q = quality.get(medium);
    return q.speedKmh() == null ? q.latencyHours() : Math.max(q.latencyHours(), km / q.speedKmh());
  }

  public double reliability(Medium medium, double km) {
    MediumQuality q = quality.get(medium);
    if (q.rangeKm() == null || km <= q.rangeKm()) {
      return q.reliability();
    }
    return Math.max(Math.min(q.reliability(), RADIO_FLOOR), q.reliability() - RADIO_LOSS_PER_KM * (km - q.rangeKm()));
  }

  public double interception(Medium medium) {
    return quality.get(medium).interception();
  }
}
