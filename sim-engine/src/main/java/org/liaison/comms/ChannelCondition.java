package org.liaison.comms;

/**
 * How a channel works at one moment, as a user interface shows it.
 *
 * <ul>
 *   <li>{@link #WORKING}: carries messages as usual;
 *   <li>{@link #NEW}: opened during the run within the last {@link CommsNetwork#NEW_HOURS} hours
 *       (a liaison officer posted, an alert network set up, a fallback found in an outage);
 *   <li>{@link #DEGRADED}: its messengers travel on roads slowed by the season or insecurity, so
 *       messages take longer;
 *   <li>{@link #CLOSED}: its messengers travel on a closed road, so every message on it is lost;
 *   <li>{@link #DOWN}: an outage of its medium covers one of its ends.
 * </ul>
 */
public enum ChannelCondition {
  WORKING, NEW, DEGRADED, CLOSED, DOWN
}
