package org.liaison.comms;

import org.liaison.scenario.Medium;

/**
 * What a channel opened during a run is like, from its medium and the distance it spans: latency,
 * reliability and exposure to interception. Channels declared in a scenario give their own values;
 * channels the trainees open (a liaison officer, an alert network, a deconfliction line) take
 * these.
 *
 * <p>Radio is immediate but its reliability falls beyond line of sight and it is easy to listen
 * to; mobile phones are quick and fairly reliable where there is coverage, and their traffic can be
 * monitored; satellite links are reliable and hard to intercept; a courier or a face-to-face
 * meeting takes the travel time at road speed, and a courier can be stopped and searched.
 */
public final class MediumProfile {
  /** Kilometres beyond which a radio link's reliability starts to fall. */
  static final double RADIO_RANGE_KM = 30;
  /** Road speed of couriers and of people travelling to meet, km/h. */
  static final double ROAD_SPEED_KMH = 25;

  private MediumProfile() {}

  public static double latencyHours(Medium medium, double km) {
    return switch (medium) {
      case RADIO -> 0.25;
      case MOBILE, SATELLITE -> 0.5;
      case DATA_PLATFORM -> 1.0;
      case COURIER, FACE_TO_FACE -> Math.max(1.0, km / ROAD_SPEED_KMH);
    };
  }

  public static double reliability(Medium medium, double km) {
    return switch (medium) {
      case RADIO -> km <= RADIO_RANGE_KM ? 0.95 : Math.max(0.5, 0.95 - 0.01 * (km - RADIO_RANGE_KM));
      case MOBILE -> 0.9;
      case SATELLITE -> 0.97;
      case DATA_PLATFORM -> 0.95;
      case COURIER -> 0.9;
      case FACE_TO_FACE -> 0.99;
    };
  }

  public static double interception(Medium medium) {
    return switch (medium) {
      case RADIO -> 0.1;
      case MOBILE -> 0.02;
      case SATELLITE -> 0.01;
      case DATA_PLATFORM -> 0.03;
      case COURIER -> 0.05;
      case FACE_TO_FACE -> 0.0;
    };
  }
}
