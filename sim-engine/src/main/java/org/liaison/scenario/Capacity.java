package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Size and means of an actor beyond its units. */
public record Capacity(
    @JsonPropertyDescription("Personnel of the whole actor; defaults to 50.") Integer personnel,
    @JsonPropertyDescription("Aid deliveries the actor can make per week (NGOs, agencies); defaults to 0.") Double deliveriesPerWeek) {

  public Capacity {
    personnel = personnel == null ? 50 : personnel;
    deliveriesPerWeek = deliveriesPerWeek == null ? 0.0 : deliveriesPerWeek;
  }
}
