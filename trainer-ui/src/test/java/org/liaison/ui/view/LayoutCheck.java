package org.liaison.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.text.Text;

/**
 * Finds what a person could not read or reach in a window: a button or a label whose text is cut
 * short (JavaFX draws "…" in its place; rows of lists and tables may), a wrapping label that breaks
 * a word across two lines for want of width, or a control lying outside the window. Controls inside a
 * scroll pane's content count as reachable when the scroll pane itself is in the window.
 */
public final class LayoutCheck {
  private LayoutCheck() {}

  /** One line per problem found, empty if none. */
  public static List<String> problems(Scene scene) {
    List<String> out = new ArrayList<>();
    walk(scene.getRoot(), scene, false, out);
    return out;
  }

  private static void walk(Node node, Scene scene, boolean scrolled, List<String> out) {
    // A tab's content is laid out by its tab pane, not managed by it, and is what the tab shows.
    boolean tabContent = node.getStyleClass().contains("tab-content-area");
    if (!node.isVisible() || (node.getParent() != null && !node.isManaged() && !(node instanceof Control) && !tabContent)) {
      return;
    }
    if (node instanceof Control c && !scrolled && !insideSkinOfAnotherControl(c)) {
      Bounds b = c.localToScene(c.getLayoutBounds());
      if (b.getWidth() > 0 && (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
          || b.getMaxY() > scene.getHeight() + 0.5)) {
        out.add("outside the window: " + describe(c) + " at " + round(b));
      }
    }
    if (node instanceof ButtonBase || node instanceof ComboBoxBase<?>) {
      Control c = (Control) node;
      String shown = shownText(c);
      String full = node instanceof ButtonBase bb ? bb.getText() : null;
      if (shown != null && full != null && !full.isEmpty() && !shown.equals(full)) {
        out.add("text cut: " + describe(c) + " shows '" + shown + "'");
      }
      if (node instanceof ComboBoxBase<?> && c.lookup(".list-cell") instanceof javafx.scene.control.Labeled cell
          && cell.getText() != null && !cell.getText().equals(shownText(cell))) {
        out.add("text cut: " + describe(c) + " shows '" + shownText(cell) + "' of '" + cell.getText() + "'");
      }
    }
    if (node instanceof javafx.scene.control.Label l && l.getText() != null && !l.getText().isEmpty()
        && !insideCell(l)) {
      String shown = shownText(l);
      if (shown != null && !shown.equals(l.getText()) && (shown.endsWith("...") || shown.endsWith("…"))) {
        out.add("text cut: " + describe(l) + " shows '" + shown + "'");
      }
    }
    if (node instanceof javafx.scene.control.Label l && l.isWrapText()) {
      String broken = brokenWord(l);
      if (broken != null) {
        out.add("word broken: " + describe(l) + " breaks " + broken);
      }
    }
    if (node instanceof javafx.scene.control.TextField f) {
      hint(f, out);
    }
    if (node instanceof ScrollPane sp) {
      if (sp.getContent() != null) {
        walk(sp.getContent(), scene, true, out);
      }
      return;
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        walk(child, scene, scrolled, out);
      }
    }
  }

  /**
   * The first word of a wrapping label wider than the label's lines, said with its width and the
   * line's, or null: JavaFX breaks a word that does not fit on a line inside it ("Biblio" / "thèque").
   */
  private static String brokenWord(javafx.scene.control.Label l) {
    for (Node n : l.getChildrenUnmodifiable()) {
      if (n instanceof Text t && t.isVisible() && t.getWrappingWidth() > 0 && t.getText() != null) {
        for (String word : t.getText().split("\\s+")) {
          Text probe = new Text(word);
          probe.setFont(t.getFont());
          double w = probe.getLayoutBounds().getWidth();
          if (w > t.getWrappingWidth() + 0.5) {
            return String.format(java.util.Locale.ROOT, "'%s' (%.0f px on a line of %.0f px)", word, w,
                t.getWrappingWidth());
          }
        }
      }
    }
    return null;
  }

  /**
   * Only the empty fields of the window too narrow for their hints, shown or scrolled to: the part
   * of the check a walk in another language makes, where the rest is the English walks'.
   */
  public static List<String> cutHints(Scene scene) {
    List<String> out = new ArrayList<>();
    hints(scene.getRoot(), out);
    return out;
  }

  private static void hints(Node node, List<String> out) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof javafx.scene.control.TextField f) {
      hint(f, out);
    }
    if (node instanceof ScrollPane sp) {
      if (sp.getContent() != null) {
        hints(sp.getContent(), out);
      }
    } else if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        hints(child, out);
      }
    }
  }

  /** An empty field's hint is what says what it is for: a field too narrow for it reads as "partic". */
  private static void hint(javafx.scene.control.TextField f, List<String> out) {
    if (f.getWidth() > 0 && (f.getText() == null || f.getText().isEmpty()) && f.getPromptText() != null
        && !f.getPromptText().isEmpty()) {
      javafx.scene.text.Text hint = new javafx.scene.text.Text(f.getPromptText());
      hint.setFont(f.getFont());
      double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
      if (hint.getLayoutBounds().getWidth() > room + 0.5) {
        out.add("hint cut: " + describe(f) + " '" + f.getPromptText() + "' needs "
            + Math.round(hint.getLayoutBounds().getWidth()) + " px, has " + Math.round(room));
      }
    }
  }

  /**
   * A row of a list or a table, or a table's column header, which may cut its text short: the row's
   * full text is elsewhere, and a column can be widened.
   */
  private static boolean insideCell(Node n) {
    for (Parent p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof javafx.scene.control.Cell<?> || p instanceof javafx.scene.control.TableView<?>) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideSkinOfAnotherControl(Control c) {
    for (Parent p = c.getParent(); p != null; p = p.getParent()) {
      if (p instanceof Control && !(p instanceof ScrollPane)) {
        Skin<?> skin = ((Control) p).getSkin();
        return skin != null && !(p instanceof javafx.scene.control.TabPane)
            && !(p instanceof javafx.scene.control.SplitPane);
      }
    }
    return false;
  }

  private static String shownText(Node n) {
    StringBuilder b = new StringBuilder();
    collectText(n, b);
    return b.length() == 0 ? null : b.toString();
  }

  private static void collectText(Node n, StringBuilder b) {
    if (n instanceof Text t) {
      b.append(t.getText());
      return;
    }
    if (n instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        if (child.isVisible()) {
          collectText(child, b);
        }
      }
    }
  }

  private static String describe(Control c) {
    String text = c instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : "";
    return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + text;
  }

  private static String round(Bounds b) {
    return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
        b.getHeight());
  }
}
