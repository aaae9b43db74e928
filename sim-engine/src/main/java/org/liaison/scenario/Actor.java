package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** An organisation or group in the area, with its mandate, means and dispositions. */
public record Actor(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @Translatable String name,
    @JsonProperty(required = true) ActorKind kind,
    @JsonPropertyDescription("True for the actors that make up the mission the trainees play.") Boolean mission,
    @JsonProperty(required = true) @JsonPropertyDescription("Zone where the actor is based.") String homeZone,
    @JsonPropertyDescription("Movement speed on good terrain in km/h; defaults to 20.") Double speedKmh,
    @JsonPropertyDescription("Units deployed by this actor (patrols, teams, fighters' groups); none means the actor acts as one body in its home zone.") List<Unit> units,
    @JsonProperty(required = true) Mandate mandate,
    @JsonPropertyDescription("Size and means of the actor.") Capacity capacity,
    @JsonProperty(required = true) CommunicationProfile communication,
    @JsonProperty(required = true) Dispositions dispositions,
    @JsonPropertyDescription("Humanitarian or organisational principles that constrain coordination.") List<Principle> principles,
    @JsonPropertyDescription("For a PRIVATE_SECURITY company: the actor whose sites its guards protect under contract, and whom they warn first. Its GUARDS units guard the client's site in the zone where they are stationed, if the client is based there or has a unit there; without a client, the company's own.")
    String client) {

  public Actor {
    mission = mission != null && mission;
    speedKmh = speedKmh == null ? 20.0 : speedKmh;
    units = Lists.orEmpty(units);
    capacity = capacity == null ? new Capacity(null, null) : capacity;
    principles = Lists.orEmpty(principles);
  }

  @JsonIgnore
  public boolean isMission() {
    return mission;
  }

  /** Total number of deployed units, counting each group's count. */
  @JsonIgnore
  public int unitCount() {
    return units.stream().mapToInt(Unit::count).sum();
  }
}
