package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GeometryTest {

  private static List<double[]> polygon(double... xy) {
    List<double[]> points = new java.util.ArrayList<>();
    for (int i = 0; i < xy.length; i += 2) {
      points.add(new double[] {xy[i], xy[i + 1]});
    }
    return points;
  }

  @Nested
  class SimplePolygons {
    @Test
    void aSquareHasNoCrossing() {
      assertNull(Geometry.firstCrossing(polygon(0, 0, 4, 0, 4, 4, 0, 4)));
    }

    @Test
    void aTriangleHasNoCrossing() {
      assertNull(Geometry.firstCrossing(polygon(0, 0, 4, 0, 2, 3)));
    }

    @Test
    void aConcavePolygonHasNoCrossing() {
      assertNull(Geometry.firstCrossing(polygon(0, 0, 6, 0, 6, 6, 3, 2, 0, 6)));
    }

    @Test
    void theAreaOfASquareIsItsSideSquaredInEitherDirection() {
      assertEquals(16, Geometry.area(polygon(0, 0, 4, 0, 4, 4, 0, 4)), 1e-12);
      assertEquals(16, Geometry.area(polygon(0, 4, 4, 4, 4, 0, 0, 0)), 1e-12);
    }

    @Test
    void pointsOnOneLineHaveNoArea() {
      assertEquals(0, Geometry.area(polygon(0, 0, 1, 1, 2, 2)), 0);
    }
  }

  @Nested
  class CrossingPolygons {
    @Test
    void aBowTieCrossesBetweenItsFirstAndThirdEdges() {
      assertArrayEquals(new int[] {0, 2}, Geometry.firstCrossing(polygon(0, 0, 4, 4, 4, 0, 0, 4)));
    }

    @Test
    void aFigureEightThroughOneSharedCornerIsNotSimple() {
      assertNotNull(Geometry.firstCrossing(polygon(0, 0, 2, 2, 4, 0, 4, 4, 2, 2, 0, 4)));
    }

    @Test
    void anEdgeThatDoublesBackOverAnotherIsNotSimple() {
      assertNotNull(Geometry.firstCrossing(polygon(0, 0, 4, 0, 4, 2, 1, 0, 0, 2)));
    }

    @Test
    void aCornerTouchingAnotherEdgeIsNotSimple() {
      assertNotNull(Geometry.firstCrossing(polygon(0, 0, 4, 0, 4, 4, 2, 0, 0, 4)));
    }

    @Test
    void theSecondSelfIntersectionOfAStarIsFoundToo() {
      // A pentagram: every edge crosses two others.
      assertNotNull(Geometry.firstCrossing(polygon(5, 0, 8, 9, 0, 3, 10, 3, 2, 9)));
    }
  }
}
