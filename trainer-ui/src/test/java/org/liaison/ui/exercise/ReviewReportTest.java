package org.liaison.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.liaison.policy.DecisionLog;

class ReviewReportTest {
  private static DecisionLog.Entry choice(DecisionLog.Phase phase, String by) {
    return new DecisionLog.Entry(1, 12, 12, phase, "head-of-office", DecisionLog.Kind.CHOICE, "dp", "a", by, null,
        true, null);
  }

  @Test
  void aChoiceMadeWhenThePointWasReachedIsTheDoctrinesAndOneAtTheDeskIsATrainees() {
    assertTrue(ReviewReport.byDoctrine(choice(DecisionLog.Phase.POINT, "doctrine")));
    assertFalse(ReviewReport.byDoctrine(choice(DecisionLog.Phase.DESK, "head-of-office")));
  }
}
