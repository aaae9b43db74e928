package org.liaison.results.batch;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * How one parameter varies in a design: a list of values, or a range from/to (with a number of
 * evenly spaced steps for a factorial design).
 */
public record Factor(
    @JsonPropertyDescription("FACTORIAL: the values, in order. Give either values or from/to.")
    List<Double> values,
    @JsonPropertyDescription("Lower end of the range (inclusive).")
    Double from,
    @JsonPropertyDescription("Upper end of the range (inclusive for FACTORIAL steps).")
    Double to,
    @JsonPropertyDescription("FACTORIAL with a range: number of evenly spaced values from 'from' to 'to', at least 2.")
    Integer steps) {

  public Factor {
    values = values == null ? List.of() : List.copyOf(values);
  }
}
