package org.liaison.engine;

import java.util.List;
import java.util.Map;
import org.liaison.indicators.ObjectiveRater.ObjectiveRating;

/**
 * What a finished run produced, for summaries.
 *
 * @param indicators final value of every indicator by key, in {@link org.liaison.indicators.Indicator} order
 */
public record RunResult(String scenarioId, long seed, String policy, int ticks,
    Map<String, Double> indicators, double score, List<ObjectiveRating> objectives) {}
