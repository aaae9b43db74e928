package org.liaison.scenario.read;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.function.BiConsumer;
import org.liaison.scenario.Parameters;

/** The allowed range of every numeric model parameter. */
public final class ParameterRanges {
  private static final Map<String, double[]> RANGES = Map.ofEntries(
      Map.entry("trustForgettingPerDay", new double[] {0.5, 1}),
      Map.entry("warningTrustThreshold", new double[] {0, 1}),
      Map.entry("contactEvidence", new double[] {0, 10}),
      Map.entry("commitmentEvidence", new double[] {0, 10}),
      Map.entry("harmEvidence", new double[] {0, 50}),
      Map.entry("partialityEvidence", new double[] {0, 10}),
      Map.entry("attackRatePerDay", new double[] {0, 24}),
      Map.entry("attackPreparationHours", new double[] {1, 720}),
      Map.entry("observationProbabilityPerHour", new double[] {0, 1}),
      Map.entry("deterrenceStrength", new double[] {1, 100_000}),
      Map.entry("casualtyRate", new double[] {0, 1}),
      Map.entry("displacementPerCasualty", new double[] {0, 10_000}),
      Map.entry("languageBarrierDelayHours", new double[] {0, 240}),
      Map.entry("misunderstandingProbability", new double[] {0, 1}),
      Map.entry("associationHostilityPerDay", new double[] {0, 1}),
      Map.entry("partnerViolationRatePerDay", new double[] {0, 24}),
      Map.entry("harmHostilityPerCasualty", new double[] {0, 1}),
      Map.entry("aidBlockProbability", new double[] {0, 1}),
      Map.entry("unitObservationProbabilityPerHour", new double[] {0, 1}),
      Map.entry("situationReportsPerDay", new double[] {0, 240}),
      Map.entry("needReliefPerDelivery", new double[] {0, 1}),
      Map.entry("escortBlockFactor", new double[] {0, 1}),
      Map.entry("deconflictionIncidentProbability", new double[] {0, 1}),
      Map.entry("trainingIhlGain", new double[] {0, 1}),
      Map.entry("mediationHostilityReduction", new double[] {0, 1}),
      Map.entry("disputeGrievanceReduction", new double[] {0, 1}),
      Map.entry("lowComplianceThreshold", new double[] {0, 1}),
      Map.entry("interceptionHostility", new double[] {0, 1}),
      Map.entry("doctrineInitiativeShare", new double[] {0, 1}),
      Map.entry("doctrineForumIntervalDays", new double[] {1, 365}),
      Map.entry("responseHoldHours", new double[] {0, 720}),
      Map.entry("warningTrustSlope", new double[] {0, 100}),
      Map.entry("warningMemoryWeight", new double[] {0, 20}),
      Map.entry("reprisalFear", new double[] {0, 1}),
      Map.entry("falseAlarmRatePerDay", new double[] {0, 24}),
      Map.entry("consentTrustThreshold", new double[] {0, 1}),
      Map.entry("partnerStrengthGain", new double[] {0, 10}),
      Map.entry("partnerHostilityReduction", new double[] {0, 1}),
      Map.entry("associationEvidence", new double[] {0, 10}),
      Map.entry("patrolProbabilityPerHour", new double[] {0, 1}),
      Map.entry("patrolHours", new double[] {1, 720}),
      Map.entry("policeProtectionWeight", new double[] {0, 1}),
      Map.entry("observerProtectionWeight", new double[] {0, 1}),
      Map.entry("referencePopulation", new double[] {1, 100_000_000}),
      Map.entry("principledAssociationFactor", new double[] {0, 20}),
      Map.entry("responseDeterrenceGoal", new double[] {0, 0.999}),
      Map.entry("recruitmentPerGrievancePerDay", new double[] {0, 1}),
      Map.entry("missionAttackRatePerDay", new double[] {0, 24}),
      Map.entry("missionCasualtyRate", new double[] {0, 1}),
      Map.entry("missionAttackPreparationHours", new double[] {1, 720}),
      Map.entry("forewarnedHarmReduction", new double[] {0, 1}),
      Map.entry("guardProtectionWeight", new double[] {0, 1}),
      Map.entry("guardEscalationProbability", new double[] {0, 1}),
      Map.entry("guardEscalationHarm", new double[] {0, 10}),
      Map.entry("stateClashLossRate", new double[] {0, 1}),
      Map.entry("stateClashHarm", new double[] {0, 10}),
      Map.entry("siteAttackShare", new double[] {0, 1}),
      Map.entry("dispositionRecoveryPerDay", new double[] {0, 1}),
      Map.entry("forumLapseDays", new double[] {1, 365}),
      Map.entry("doctrineReviewDays", new double[] {1, 365}),
      Map.entry("stateForceProtectionWeight", new double[] {0, 1}),
      Map.entry("stateAbuseRatePerDay", new double[] {0, 24}),
      Map.entry("stateAbuseCasualties", new double[] {0, 1000}),
      Map.entry("alertNetworkContactsPerDay", new double[] {0, 24}),
      Map.entry("verificationHours", new double[] {0, 240}),
      Map.entry("cimicRelayHours", new double[] {0, 240}),
      Map.entry("forumRelayHours", new double[] {0, 720}),
      Map.entry("dataPlatformRelayHours", new double[] {0, 240}),
      Map.entry("forumRelayEvidence", new double[] {0, 10}));

  private ParameterRanges() {}

  /** The [min, max] of a numeric parameter, or null if it has none (booleans). */
  public static double[] rangeOf(String parameter) {
    return RANGES.get(parameter);
  }

  static void check(Parameters parameters, BiConsumer<String, ProblemText> report) {
    for (RecordComponent component : Parameters.class.getRecordComponents()) {
      double[] range = RANGES.get(component.getName());
      Object value = valueOf(parameters, component);
      if (range == null || !(value instanceof Number number)) {
        continue;
      }
      double v = number.doubleValue();
      if (!(v >= range[0] && v <= range[1])) {
        report.accept("/parameters/" + component.getName(), ProblemText.of(ProblemCode.OUT_OF_RANGE,
            ScenarioChecker.format(v), ScenarioChecker.format(range[0]), ScenarioChecker.format(range[1])));
      }
    }
  }

  static Object valueOf(Object record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }
}
