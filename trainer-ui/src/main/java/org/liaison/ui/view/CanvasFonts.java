package org.liaison.ui.view;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The text sizes of canvas drawings, derived from the text size of the screen around them so the
 * map, the charts and the trust network grow with Ctrl+= and the projector mode as every label
 * does. Labels are {@value #LABEL_EM} em and titles {@value #TITLE_EM} em bold, never below
 * {@value #MIN_LABEL} and {@value #MIN_TITLE} px: the sizes they had before they followed the text,
 * which stay the smallest a canvas writes when the text is made smaller.
 *
 * @param em the screen's text size these derive from
 * @param label labels, legends and axis values
 * @param title a chart's title
 * @param lineHeight the height of a line of label text, to space lines and size label boxes by
 */
public record CanvasFonts(double em, Font label, Font title, double lineHeight) {
  public static final double LABEL_EM = 0.85;
  public static final double TITLE_EM = 0.92;
  public static final double MIN_LABEL = 11;
  public static final double MIN_TITLE = 12;
  /** The text size of the screens unless changed: 13 px. */
  public static final double DEFAULT_EM = 13;

  public static CanvasFonts of(double em) {
    Font label = Font.font("System", FontWeight.NORMAL, Math.max(MIN_LABEL, LABEL_EM * em));
    Font title = Font.font("System", FontWeight.BOLD, Math.max(MIN_TITLE, TITLE_EM * em));
    Text probe = new Text("Ág");
    probe.setFont(label);
    return new CanvasFonts(em, label, title, Math.ceil(probe.getLayoutBounds().getHeight()));
  }

  /** The width of a text in a font, as drawn. */
  public static double width(String text, Font font) {
    return bounds(text, font).getWidth();
  }

  /** The box a text takes in a font, as drawn. */
  public static javafx.geometry.Bounds bounds(String text, Font font) {
    Text t = new Text(text);
    t.setFont(font);
    return t.getLayoutBounds();
  }
}
