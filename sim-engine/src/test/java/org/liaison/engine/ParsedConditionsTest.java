package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.liaison.scenario.condition.Condition;
import org.liaison.scenario.condition.ConditionSyntaxException;

class ParsedConditionsTest {

  @Test
  void aTextIsParsedOnceAndTheSameConditionSharedAfterwards() {
    ParsedConditions parsed = new ParsedConditions();
    Condition first = parsed.parse("attacksExecuted >= 2 or day >= 10");
    assertSame(first, parsed.parse("attacksExecuted >= 2 or day >= 10"));
    assertEquals(Condition.parse("attacksExecuted >= 2 or day >= 10"), first);
    assertEquals(1, parsed.size());
  }

  @Test
  void aTextThatDoesNotParseFailsEachTimeAndIsNotKept() {
    ParsedConditions parsed = new ParsedConditions();
    assertThrows(ConditionSyntaxException.class, () -> parsed.parse("day >="));
    assertThrows(ConditionSyntaxException.class, () -> parsed.parse("day >="));
    assertEquals(0, parsed.size());
  }

  @Test
  void itKeepsNoMoreThanItsCapacity() {
    ParsedConditions parsed = new ParsedConditions();
    for (int i = 0; i <= ParsedConditions.CAPACITY + 10; i++) {
      parsed.parse("day >= " + i);
    }
    assertEquals(11, parsed.size());
  }
}
