package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.indicators.Indicator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a chart paints, read back from its pixels headless: the score line at its value hour by
 * hour, a gap where the score is not observed, and the legend with the latest value.
 */
@ExtendWith(ApplicationExtension.class)
class ChartDrawingTest {
  private static final int HOURS = 48;
  private static final Color LINE = Palette.VERMILLION;
  private ChartView chart;

  /** 40 for the first day, 80 for the second, not observed in hours 21 to 28. */
  private static float[][] history() {
    float[][] h = new float[HOURS][Indicator.values().length];
    for (int t = 0; t < HOURS; t++) {
      h[t][Indicator.SCORE.ordinal()] = t >= 20 && t < 28 ? Float.NaN : t < 24 ? 40 : 80;
    }
    return h;
  }

  @Start
  void start(Stage stage) {
    float[][] h = history();
    chart = new ChartView("Score", List.of(new ChartView.Series(Indicator.SCORE, LINE)), () -> h, HOURS, 100);
    // The trainer's first window sets a minimum size and a size on the stage the tests share.
    stage.setMinWidth(0);
    stage.setMinHeight(0);
    stage.setScene(new Scene(chart, 480, 220));
    stage.sizeToScene();
    stage.show();
  }

  private Image frame(FxRobot robot) {
    AtomicReference<Image> image = new AtomicReference<>();
    robot.interact(() -> {
      chart.redraw();
      image.set(chart.canvas.snapshot(null, null));
    });
    return image.get();
  }

  private static boolean near(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
        && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
  }

  /** The colour of the pixel holding the point (x, y). */
  private static Color at(Image image, double x, double y) {
    return image.getPixelReader().getColor((int) Math.floor(x), (int) Math.floor(y));
  }

  @Test
  void theLineIsDrawnAtTheValueOfEachHourAndLeftOutWhereNotObserved(FxRobot robot) {
    Image image = frame(robot);
    ChartModel.Plot plot = chart.plot();
    assertNotNull(plot, "the chart was drawn");
    assertEquals(100, plot.max());
    assertEquals(470, plot.right(), 1e-9, "the plot ends 10 px from the right edge");
    assertTrue(plot.left() > 10 && plot.left() < 60 && plot.top() > 30 && plot.bottom() > 180,
        "the plot fills the chart below its legend: " + plot);
    // Positions worked out here, not by the chart: a value at its share of the 0 to 100 scale
    // above the bottom, an hour at its share of the 48 hours right of the axis.
    java.util.function.DoubleUnaryOperator y = v -> plot.bottom() - (plot.bottom() - plot.top()) * v / 100;
    java.util.function.DoubleUnaryOperator x = h -> plot.left() + (plot.right() - plot.left()) * h / HOURS;
    for (int hour : new int[] {4, 12, 18}) {
      assertTrue(near(at(image, x.applyAsDouble(hour), y.applyAsDouble(40)), LINE), "hour " + hour + ": the line at 40");
      assertTrue(near(at(image, x.applyAsDouble(hour), y.applyAsDouble(80)), Color.WHITE), "hour " + hour + ": nothing at 80");
    }
    for (int hour : new int[] {32, 40, 46}) {
      assertTrue(near(at(image, x.applyAsDouble(hour), y.applyAsDouble(80)), LINE), "hour " + hour + ": the line at 80");
      assertTrue(near(at(image, x.applyAsDouble(hour), y.applyAsDouble(40)), Color.WHITE), "hour " + hour + ": nothing at 40");
    }
    for (double value : new double[] {40, 60, 80}) {
      assertTrue(near(at(image, x.applyAsDouble(24.5), y.applyAsDouble(value)), Color.WHITE),
          "no line while the score is not observed: " + value);
    }
  }

  @Test
  void theLegendGivesTheLatestValue(FxRobot robot) {
    frame(robot);
    assertEquals(List.of("Score (0–100): 80"), chart.legendLabels());
  }
}
