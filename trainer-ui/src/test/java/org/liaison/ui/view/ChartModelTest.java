package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.indicators.Indicator;

/** The legend, the y scale and the position of values in a chart, without painting. */
class ChartModelTest {
  private static final ChartView.Series SCORE = new ChartView.Series(Indicator.SCORE, Palette.BLACK);
  private static final ChartView.Series CASUALTIES = new ChartView.Series(Indicator.CIVILIAN_CASUALTIES, Palette.VERMILLION);
  private static final ChartView.Series SENT = new ChartView.Series(Indicator.MESSAGES_SENT, Palette.BLUE);

  /** Hours of history with the given values of one indicator, the others 0. */
  private static float[][] history(Indicator indicator, float... values) {
    float[][] h = new float[values.length][Indicator.values().length];
    for (int t = 0; t < values.length; t++) {
      h[t][indicator.ordinal()] = values[t];
    }
    return h;
  }

  @Test
  void theLegendNamesTheIndicatorWithItsUnitAndItsLatestValue() {
    float[][] h = history(Indicator.SCORE, 20, 47.25f, 63.5f);
    assertEquals("Score (0–100): 64", ChartModel.legendLabel(SCORE, h), "above 10, whole");
    assertEquals("Civilian casualties (people): 0", ChartModel.legendLabel(CASUALTIES, h));
    assertEquals("Score (0–100): 0.25", ChartModel.legendLabel(SCORE, history(Indicator.SCORE, 3, 0.25f)),
        "below 10, two decimals");
    assertEquals("Score (0–100): 4", ChartModel.legendLabel(SCORE, history(Indicator.SCORE, 4)), "whole: no decimals");
    assertEquals("Score (0–100): not observed", ChartModel.legendLabel(SCORE, history(Indicator.SCORE, 50, Float.NaN)));
    assertEquals("Score (0–100): –", ChartModel.legendLabel(SCORE, new float[0][]), "nothing played yet");
    assertEquals("Score (0–100): –", ChartModel.legendLabel(SCORE, null));
  }

  @Test
  void aFixedScaleIsKeptWhateverTheValues() {
    assertEquals(100, ChartModel.scaleTop(List.of(SCORE), history(Indicator.SCORE, 250), 100));
    assertEquals(1, ChartModel.scaleTop(List.of(SCORE), history(Indicator.SCORE, 0.2f), 1));
    assertEquals(List.of("0", "25", "50", "75", "100"), ChartModel.axisLabels(100));
    assertEquals(List.of("0", "0.25", "0.50", "0.75", "1"), ChartModel.axisLabels(1));
  }

  @Test
  void countsShareOneScaleRoundedUpFromTheHighestLine() {
    float[][] h = new float[3][Indicator.values().length];
    h[0][Indicator.CIVILIAN_CASUALTIES.ordinal()] = 3;
    h[1][Indicator.CIVILIAN_CASUALTIES.ordinal()] = Float.NaN;
    h[2][Indicator.CIVILIAN_CASUALTIES.ordinal()] = 7;
    h[2][Indicator.MESSAGES_SENT.ordinal()] = 140;
    assertEquals(10, ChartModel.scaleTop(List.of(CASUALTIES), h, 0), "7 rounds up to 10; a gap is skipped");
    assertEquals(200, ChartModel.scaleTop(List.of(CASUALTIES, SENT), h, 0), "the highest of all lines, 140, to 200");
    assertEquals(1, ChartModel.scaleTop(List.of(CASUALTIES), new float[2][Indicator.values().length], 0),
        "nothing counted yet: 0 to 1");
    assertEquals(1, ChartModel.scaleTop(List.of(CASUALTIES), null, 0));
    assertEquals(List.of("0", "2.50", "5", "7.50", "10"), ChartModel.axisLabels(10));
  }

  @Test
  void theScaleTopIsOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(1, ChartModel.niceCeiling(1), 1e-12);
    assertEquals(2, ChartModel.niceCeiling(1.01), 1e-12);
    assertEquals(5, ChartModel.niceCeiling(2.5), 1e-12);
    assertEquals(5, ChartModel.niceCeiling(5), 1e-12);
    assertEquals(10, ChartModel.niceCeiling(5.2), 1e-12);
    assertEquals(50, ChartModel.niceCeiling(37), 1e-12);
    assertEquals(1000, ChartModel.niceCeiling(999), 1e-9);
  }

  @Test
  void aValueLandsAtItsShareOfThePlotsHeightAndAnHourAtItsShareOfItsWidth() {
    ChartModel.Plot plot = new ChartModel.Plot(40, 440, 30, 130, 100, 200);
    assertEquals(130, plot.y(0), 1e-12, "0 on the axis");
    assertEquals(30, plot.y(100), 1e-12, "the top of the scale at the top");
    assertEquals(130 - 100 * 0.4, plot.y(40), 1e-12);
    assertEquals(30, plot.y(250), 1e-12, "held inside the plot");
    assertEquals(130, plot.y(-5), 1e-12);
    assertEquals(40, plot.x(0), 1e-12);
    assertEquals(240, plot.x(100), 1e-12, "hour 100 of 200 half way");
    assertEquals(440, plot.x(200), 1e-12);
  }
}
