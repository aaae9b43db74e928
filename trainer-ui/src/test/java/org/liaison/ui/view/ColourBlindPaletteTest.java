package org.liaison.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.liaison.comms.ChannelCondition;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Medium;
import org.liaison.ui.view.ColourVision.Deficiency;

/**
 * Every set of colours the trainer uses to tell things apart stays told apart with protanopia,
 * deuteranopia and tritanopia (Machado et al. 2009, severity 1), or, where the trainer doubles the
 * colour with another cue, that cue differs. Two colours count as told apart at a CIEDE2000
 * difference of {@value #APART} or more: plainly different side by side, not a just-noticeable
 * step (about 2). What a canvas palette changes (zone shades, line widths and dashes, the ground)
 * is checked in the standard palette and in the projector mode's.
 */
class ColourBlindPaletteTest {
  static final double APART = 10;

  @Test
  void actorKindsDifferInShapeOrElseInColourForEveryone() {
    // The map and its legend draw each kind in a shape; kinds that share a shape rest on colour.
    List<String> problems = new ArrayList<>();
    ActorKind[] kinds = ActorKind.values();
    for (int i = 0; i < kinds.length; i++) {
      for (int j = i + 1; j < kinds.length; j++) {
        if (MapRenderer.markerShape(kinds[i]) == MapRenderer.markerShape(kinds[j])) {
          apart(kinds[i] + " / " + kinds[j], Palette.of(kinds[i]), Palette.of(kinds[j]), problems);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void unitsOnTheMapAreToldApartByColourForEveryone() {
    // A unit is a dot of a few pixels: its colour, that of its actor's kind, is its only cue.
    Map<String, Color> units = new LinkedHashMap<>();
    for (ActorKind k : ActorKind.values()) {
      units.put(k.name(), MapRenderer.unitColour(k));
    }
    assertEquals(List.of(), pairsTooClose(units));
  }

  @Test
  void channelConditionsDifferInColourOrElseInWidthOrMark() {
    // A channel's condition is its colour, doubled by its width and by a mark at its middle (a bar
    // where the road is closed, a cross where it is down): where two conditions look alike in
    // colour, the width or the mark must differ.
    List<String> problems = new ArrayList<>();
    ChannelCondition[] conditions = ChannelCondition.values();
    for (CanvasPalette p : CanvasPalette.ALL) {
      for (int i = 0; i < conditions.length; i++) {
        for (int j = i + 1; j < conditions.length; j++) {
          MapRenderer.ChannelStyle a = MapRenderer.channelStyle(p, Medium.FACE_TO_FACE, conditions[i]);
          MapRenderer.ChannelStyle b = MapRenderer.channelStyle(p, Medium.FACE_TO_FACE, conditions[j]);
          boolean otherCue = Math.abs(a.width() - b.width()) >= 1 || !java.util.Objects.equals(a.mark(), b.mark());
          if (!otherCue) {
            apart(p.name() + ": " + conditions[i] + " / " + conditions[j], onMap(p, a.colour()), onMap(p, b.colour()),
                problems);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyMediumHasItsOwnDash() {
    // The medium is told by the dash alone, the same colour for all: the dashes must differ.
    Medium[] media = ChannelLegend.MEDIA;
    for (CanvasPalette p : CanvasPalette.ALL) {
      for (int i = 0; i < media.length; i++) {
        for (int j = i + 1; j < media.length; j++) {
          double[] a = MapRenderer.channelStyle(p, media[i], ChannelCondition.WORKING).dashes();
          double[] b = MapRenderer.channelStyle(p, media[j], ChannelCondition.WORKING).dashes();
          assertTrue(!Arrays.equals(a, b), p.name() + ": " + media[i] + " and " + media[j] + " share a dash");
        }
      }
    }
  }

  @Test
  void incidentKindsDifferInFigureOrElseInColourForEveryone() {
    // An incident mark is a figure (cross, ring, square, chevron) in a colour; marks that share a
    // figure rest on colour.
    List<String> kinds = List.of("AttackExecuted", "CivilianHarm", "AidBlocked", "Displacement");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      for (int j = i + 1; j < kinds.size(); j++) {
        String a = kinds.get(i);
        String b = kinds.get(j);
        if (MapRenderer.markFigure(a) == MapRenderer.markFigure(b)) {
          apart(a + " / " + b, MapRenderer.markColour(a), MapRenderer.markColour(b), problems);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void chartLinesAreToldApartByColourForEveryone() {
    // A chart's lines differ only in colour (the legend names them by colour too): any two of the
    // colours a chart may use must stay apart, so any panel's lines do.
    Map<String, Color> lines = new LinkedHashMap<>();
    for (Color c : Palette.CHART_LINES) {
      lines.put(c.toString(), c);
    }
    assertEquals(List.of(), pairsTooClose(lines));
  }

  @Test
  void theStaffHourBarsPartsAreToldApartByColourForEveryone() throws IOException {
    // The budget bar's parts (standing commitments, spent today, left) differ only in colour; the
    // key beside the bar names them.
    Map<String, Color> parts = new LinkedHashMap<>();
    for (String part : List.of("bar-standing", "bar-spent", "bar-left")) {
      parts.put(part, cssBackground(part));
    }
    assertEquals(List.of(), pairsTooClose(parts));
  }

  @Test
  void theQuantityRampGetsLighterAllAlongForEveryone() {
    // Viridis rises in lightness from its dark end to its light end, so a quantity reads without
    // hue; this must hold as each dichromat sees it, for viridis itself and on the map and its key
    // (which paints the map's shades), where the zones are softened and laid over the map's background.
    List<String> problems = new ArrayList<>();
    monotonic("viridis", Palette::viridis, problems);
    for (CanvasPalette p : CanvasPalette.ALL) {
      monotonic("map, " + p.name(), v -> onMap(p, MapRenderer.zoneColour(p, v)), problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void trustReadsAsDistrustNeutralOrTrustForEveryone() {
    // The trust network's diverging scale: its two ends and its neutral middle must stay apart.
    Map<String, Color> scale = new LinkedHashMap<>();
    scale.put("distrust", Palette.trust(0));
    scale.put("neutral", Palette.trust(0.5));
    scale.put("trust", Palette.trust(1));
    assertEquals(List.of(), pairsTooClose(scale));
  }

  private static void monotonic(String where, Function<Double, Color> ramp, List<String> problems) {
    for (Deficiency d : Deficiency.values()) {
      double last = Double.NEGATIVE_INFINITY;
      for (int k = 0; k <= 100; k++) {
        double l = ColourVision.lab(ColourVision.simulate(ramp.apply(k / 100.0), d))[0];
        if (l <= last) {
          problems.add(String.format(java.util.Locale.ROOT, "%s, %s: L* %.2f at %.2f after %.2f", where, d, l,
              k / 100.0, last));
        }
        last = l;
      }
    }
  }

  /** Each pair whose colours come closer than {@link #APART} for normal vision or a dichromacy. */
  private static List<String> pairsTooClose(Map<String, Color> colours) {
    List<String> problems = new ArrayList<>();
    List<String> names = List.copyOf(colours.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        apart(names.get(i) + " / " + names.get(j), colours.get(names.get(i)), colours.get(names.get(j)), problems);
      }
    }
    return problems;
  }

  private static void apart(String pair, Color a, Color b, List<String> problems) {
    double normal = ColourVision.deltaE2000(a, b);
    if (normal < APART) {
      problems.add(String.format(java.util.Locale.ROOT, "%s: ΔE00 %.1f for normal vision", pair, normal));
    }
    for (Deficiency d : Deficiency.values()) {
      double e = ColourVision.deltaE2000(ColourVision.simulate(a, d), ColourVision.simulate(b, d));
      if (e < APART) {
        problems.add(String.format(java.util.Locale.ROOT, "%s: ΔE00 %.1f with %s", pair, e, d));
      }
    }
  }

  /** A colour as it shows over the map's background in a palette. */
  private static Color onMap(CanvasPalette p, Color c) {
    return Contrast.over(c, p.mapGround());
  }

  /** The background colour the trainer's style sheet gives a style class. */
  private static Color cssBackground(String styleClass) throws IOException {
    try (InputStream in = MainView.class.getResourceAsStream("/org/liaison/ui/liaison.css")) {
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("\\." + Pattern.quote(styleClass) + "\\s*\\{[^}]*-fx-background-color:\\s*(#[0-9A-Fa-f]{6})")
          .matcher(css);
      assertTrue(m.find(), "no background colour for ." + styleClass);
      return Color.web(m.group(1));
    }
  }
}
