package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** What an actor may do and where; acting outside it is a mandate deviation. */
public record Mandate(
    @JsonProperty(required = true) List<Task> tasks,
    @JsonPropertyDescription("Zones where the mandate applies; empty means the whole area.") List<String> zones,
    @JsonPropertyDescription("The mandate in words, as the briefing quotes it.") @Translatable String text,
    @JsonPropertyDescription("Actors the mission may not partner, train or patrol with (human rights due diligence: support would risk grave violations); empty by default.")
    List<String> noContact,
    @JsonPropertyDescription("Groups designated by the mandating authority: no partnering, training, joint patrols, information sharing or direct mediation; empty by default.")
    List<String> proscribed) {

  public Mandate {
    tasks = Lists.orEmpty(tasks);
    zones = Lists.orEmpty(zones);
    noContact = Lists.orEmpty(noContact);
    proscribed = Lists.orEmpty(proscribed);
  }

  /** Whether the mandate bars support (partnering, training, joint patrols) to an actor. */
  public boolean barsSupportTo(String actorId) {
    return noContact.contains(actorId) || proscribed.contains(actorId);
  }

  public boolean proscribes(String actorId) {
    return proscribed.contains(actorId);
  }

  public boolean allows(Task task) {
    return tasks.contains(task);
  }

  public boolean coversZone(String zoneId) {
    return zones.isEmpty() || zones.contains(zoneId);
  }
}
