package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** What an actor may do and where; acting outside it is a mandate deviation. */
public record Mandate(
    @JsonProperty(required = true) List<Task> tasks,
    @JsonPropertyDescription("Zones where the mandate applies; empty means the whole area.") List<String> zones,
    @JsonPropertyDescription("The mandate in words, as the briefing quotes it.") String text) {

  public Mandate {
    tasks = Lists.orEmpty(tasks);
    zones = Lists.orEmpty(zones);
  }

  public boolean allows(Task task) {
    return tasks.contains(task);
  }

  public boolean coversZone(String zoneId) {
    return zones.isEmpty() || zones.contains(zoneId);
  }
}
