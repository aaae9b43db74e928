package org.liaison.scenario.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionParserTest {

  private static ToDoubleFunction<String> values(Map<String, Double> values) {
    return name -> values.getOrDefault(name, 0.0);
  }

  @Nested
  class ValidConditions {
    @Test
    void aComparisonReadsItsNameOperatorAndNumber() {
      assertEquals(new Condition.Comparison("attacksExecuted", Condition.Operator.GE, 2),
          Condition.parse("attacksExecuted >= 2"));
    }

    @ParameterizedTest
    @CsvSource({
        "'x < 2', LT", "'x <= 2', LE", "'x > 2', GT", "'x >= 2', GE", "'x == 2', EQ", "'x != 2', NE", "'x>=2', GE"})
    void everyOperatorIsRecognised(String text, Condition.Operator operator) {
      assertEquals(operator, ((Condition.Comparison) Condition.parse(text)).operator());
    }

    @Test
    void negativeAndDecimalNumbersAreRead() {
      assertEquals(-0.25, ((Condition.Comparison) Condition.parse("trustInMission > -0.25")).number());
      assertEquals(12.5, ((Condition.Comparison) Condition.parse("day <= +12.5")).number());
    }

    @Test
    void keywordsAreCaseInsensitiveAndWhitespaceIsFree() {
      assertEquals(Condition.parse("day >= 2 and not hour < 6 or score > 50"),
          Condition.parse("  day>=2   AND NOT hour<6\n Or score>50 "));
    }

    @Test
    void aNameThatBeginsWithAKeywordIsAName() {
      assertEquals("order", ((Condition.Comparison) Condition.parse("order >= 1")).name());
      assertEquals("android", ((Condition.Comparison) Condition.parse("android >= 1")).name());
      assertEquals("not_yet", ((Condition.Comparison) Condition.parse("not_yet >= 1")).name());
    }

    @Test
    void namesListsEveryNameReadOnceInOrder() {
      assertEquals(Set.of("attacksExecuted", "day", "score"),
          Condition.parse("(day >= 2 and score < 10) or not (attacksExecuted > 0 and day < 5)").names());
      assertEquals(List.of("a", "b", "c"), List.copyOf(Condition.parse("c > 1 or b > 1 or a > 1 or c > 2").names()));
    }
  }

  @Nested
  class Precedence {
    @Test
    void andBindsTighterThanOr() {
      Condition c = Condition.parse("a > 0 or b > 0 and c > 0");
      Condition.Any any = assertInstanceOf(Condition.Any.class, c);
      assertInstanceOf(Condition.Comparison.class, any.parts().get(0));
      assertInstanceOf(Condition.All.class, any.parts().get(1));
      assertTrue(c.holds(values(Map.of("a", 1.0))));
      assertFalse(c.holds(values(Map.of("b", 1.0))));
    }

    @Test
    void notBindsTighterThanAnd() {
      Condition c = Condition.parse("not a > 0 and b > 0");
      Condition.All all = assertInstanceOf(Condition.All.class, c);
      assertInstanceOf(Condition.Not.class, all.parts().get(0));
      assertTrue(c.holds(values(Map.of("b", 1.0))));
      assertFalse(c.holds(values(Map.of("a", 1.0, "b", 1.0))));
    }

    @Test
    void parenthesesOverridePrecedence() {
      Condition c = Condition.parse("(a > 0 or b > 0) and c > 0");
      assertInstanceOf(Condition.All.class, c);
      assertFalse(c.holds(values(Map.of("a", 1.0))));
      assertTrue(c.holds(values(Map.of("a", 1.0, "c", 1.0))));
    }

    @Test
    void notAppliesToAWholeParenthesisedCondition() {
      Condition c = Condition.parse("not (a > 0 or b > 0)");
      assertTrue(c.holds(values(Map.of())));
      assertFalse(c.holds(values(Map.of("b", 1.0))));
    }
  }

  @Nested
  class InvalidConditions {
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "day", "day >=", ">= 2", "2 >= day", "day = 2", "day >= two", "day >= 1 and",
        "day >= 1 or or hour > 2", "(day >= 1", "day >= 1)", "day >= 1 day >= 2", "day >= 1.2.3", "day >= 1e5",
        "day >= --1", "not", "()", "day >= 1 and_x >= 2", "day >= 1e400", "hour < 123456789012345678901234567"})
    void isRejectedWithASyntaxError(String text) {
      assertThrows(ConditionSyntaxException.class, () -> Condition.parse(text));
    }

    @Test
    void theErrorNamesTheOffendingPosition() {
      ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> Condition.parse("day >= 1 and hour ?? 3"));
      assertEquals(18, e.position());
      assertTrue(e.getMessage().contains("at character 19"), e.getMessage());
      assertTrue(e.getMessage().contains("< <= > >= == !="), e.getMessage());
    }

    @Test
    void aMissingClosingParenthesisIsNamed() {
      assertTrue(assertThrows(ConditionSyntaxException.class, () -> Condition.parse("(day >= 1")).getMessage()
          .contains("missing ')'"));
    }

    @Test
    void nestingIsBoundedSoHostileTextCannotOverflowTheStack() {
      String deep = "(".repeat(100) + "day >= 1" + ")".repeat(100);
      assertTrue(assertThrows(ConditionSyntaxException.class, () -> Condition.parse(deep)).getMessage()
          .contains("nests deeper than"));
      assertTrue(assertThrows(ConditionSyntaxException.class, () -> Condition.parse("not ".repeat(200) + "day >= 1"))
          .getMessage().contains("nests deeper than"));
    }

    @Test
    void nestingJustWithinTheBoundParses() {
      String nested = "(".repeat(20) + "day >= 1" + ")".repeat(20);
      assertEquals(Condition.parse("day >= 1"), Condition.parse(nested));
    }

    @Test
    void overlongTextIsRejectedBeforeParsing() {
      String longText = "day >= 1 or ".repeat(1_000) + "day >= 1";
      assertTrue(assertThrows(ConditionSyntaxException.class, () -> Condition.parse(longText)).getMessage()
          .contains("longer than"));
    }

    @Test
    void nullTextIsAnEmptyCondition() {
      assertTrue(assertThrows(ConditionSyntaxException.class, () -> Condition.parse(null)).getMessage().contains("empty"));
    }
  }
}
