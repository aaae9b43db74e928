package org.liaison.ui.view;

import java.util.List;
import javafx.scene.paint.Color;
import org.liaison.scenario.ActorKind;

/**
 * Colours of the trainer UI: Okabe-Ito for categories and viridis for quantities, both readable
 * with the common forms of colour blindness. Shapes double the colour for actor kinds.
 */
public final class Palette {
  private Palette() {}

  public static final Color BLACK = Color.web("#000000");
  public static final Color ORANGE = Color.web("#E69F00");
  public static final Color SKY = Color.web("#56B4E9");
  public static final Color GREEN = Color.web("#009E73");
  public static final Color YELLOW = Color.web("#F0E442");
  public static final Color BLUE = Color.web("#0072B2");
  public static final Color VERMILLION = Color.web("#D55E00");
  public static final Color PURPLE = Color.web("#CC79A7");

  /**
   * The colours a chart may give its lines: told apart with each common colour blindness, since a
   * line has no other cue than its colour and its legend entry.
   */
  public static final List<Color> CHART_LINES = List.of(BLUE, ORANGE, GREEN, VERMILLION, BLACK);

  private static final Color[] VIRIDIS = {
      Color.web("#440154"), Color.web("#482878"), Color.web("#3E4A89"), Color.web("#31688E"),
      Color.web("#26828E"), Color.web("#1F9E89"), Color.web("#35B779"), Color.web("#6DCD59"),
      Color.web("#B4DE2C"), Color.web("#FDE725")};

  /** Viridis at v in [0, 1]; grey for NaN (no data). */
  public static Color viridis(double v) {
    if (Double.isNaN(v)) {
      return Color.web("#BDBDBD");
    }
    double x = Math.max(0, Math.min(1, v)) * (VIRIDIS.length - 1);
    int i = (int) Math.floor(x);
    if (i >= VIRIDIS.length - 1) {
      return VIRIDIS[VIRIDIS.length - 1];
    }
    return VIRIDIS[i].interpolate(VIRIDIS[i + 1], x - i);
  }

  /** Diverging colour for trust: vermillion (distrust) through grey (0.5) to blue (trust). */
  public static Color trust(double t) {
    Color mid = Color.web("#9E9E9E");
    return t < 0.5 ? VERMILLION.interpolate(mid, Math.max(0, t) * 2)
        : mid.interpolate(BLUE, Math.min(1, (t - 0.5) * 2));
  }

  public static Color of(ActorKind kind) {
    return switch (kind) {
      case PEACEKEEPING_UNIT -> BLUE;
      case INTERNATIONAL_ORGANISATION -> SKY;
      case NGO -> GREEN;
      case COMMUNITY_GROUP -> ORANGE;
      case ARMED_FACTION -> VERMILLION;
      case PRIVATE_SECURITY -> YELLOW;
      case LOCAL_AUTHORITY -> PURPLE;
      case STATE_FORCES -> BLACK;
    };
  }

  /** A readable name of an actor kind. */
  public static String name(ActorKind kind) {
    return org.liaison.ui.Names.kind(kind);
  }
}
