package org.liaison.policy;

import java.util.ArrayList;
import java.util.List;
import org.liaison.scenario.Zone;

/**
 * The mission's own picture of where the threat lies, kept day by day: warnings and sightings
 * received and attacks known in each zone, so that the doctrine can ask what happened in the
 * last days rather than since the start. It reads only what the mission's seat sees.
 */
final class ThreatPicture {
  /** Warnings plus known attacks per zone at the start of each day seen, oldest first. */
  private final List<int[]> days = new ArrayList<>();
  private final java.util.Map<String, Integer> index = new java.util.HashMap<>();

  /** Records the picture at the start of a day; once a day, days in order. */
  void update(WorldView view) {
    List<Zone> zones = view.scenario().map().zones();
    if (index.isEmpty()) {
      for (int i = 0; i < zones.size(); i++) {
        index.put(zones.get(i).id(), i);
      }
    }
    int[] counts = new int[zones.size()];
    for (int i = 0; i < counts.length; i++) {
      String z = zones.get(i).id();
      counts[i] = view.warningsReceived(z) + view.attacksKnown(z);
    }
    days.add(counts);
  }

  /**
   * Warnings, sightings and attacks known in a zone over the last days (up to today's start): the
   * count now less the count that many days ago, or since the first day seen.
   */
  int recent(String zone, int window) {
    Integer i = index.get(zone);
    if (i == null || days.isEmpty()) {
      return 0;
    }
    int now = days.get(days.size() - 1)[i];
    int then = days.size() - 1 - window;
    return now - (then < 0 ? 0 : days.get(then)[i]);
  }
}
