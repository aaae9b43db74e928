package org.liaison.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Arranges the exercise screen for the room it has. Wide (a desktop monitor at normal text): the map
 * beside the side tabs, the inbox and the actions in a band below, all in sight at once. Compact (below
 * {@value #WIDE_MIN_WIDTH_EM} x {@value #WIDE_MIN_HEIGHT_EM} em, so a 1024 x 700 window, or larger text
 * on a larger one): the band below would leave the map a strip, so the map takes the whole height and
 * the inbox and the actions join the side tabs in one column, chosen by a row of buttons that wraps
 * rather than hiding tabs behind an overflow menu.
 */
final class ExerciseLayout extends StackPane {
  /** The narrowest width, in em of the screen's text, that still gets the wide arrangement. */
  static final double WIDE_MIN_WIDTH_EM = 96;
  /** The lowest height, in em, that still gets the wide arrangement. */
  static final double WIDE_MIN_HEIGHT_EM = 56;

  private final Region map;
  private final TabPane side;
  private final Region inbox;
  private final Region actions;
  private final List<Tab> band;
  private final Label probe;
  private final VBox column = new VBox(6);
  private final FlowPane switcher = new FlowPane(6, 4);
  private final ReadOnlyBooleanWrapper compact = new ReadOnlyBooleanWrapper();
  private final List<SplitPane> splits = new ArrayList<>();

  /**
   * @param inbox the inbox, headed by {@code inboxHeading}; below the map when wide, the first tab when compact
   * @param actions the action panel, headed by {@code actionsHeading}; beside the inbox or the second tab
   * @param probe a label in the screen's body text, whose font says what an em is
   */
  ExerciseLayout(Region map, TabPane side, Region inbox, Label inboxHeading, Region actions, Label actionsHeading,
      Label probe) {
    this.map = map;
    this.side = side;
    this.inbox = inbox;
    this.actions = actions;
    this.probe = probe;
    Tab inboxTab = new Tab();
    inboxTab.setId("inbox-tab");
    inboxTab.textProperty().bind(inboxHeading.textProperty());
    Tab actionsTab = new Tab();
    actionsTab.setId("actions-tab");
    actionsTab.textProperty().bind(actionsHeading.textProperty());
    band = List.of(inboxTab, actionsTab);
    // In the compact column the tab's button names the panel; its own heading would say it twice.
    for (Label h : List.of(inboxHeading, actionsHeading)) {
      h.managedProperty().bind(h.visibleProperty());
      h.visibleProperty().bind(compact.not());
    }
    switcher.setId("side-switcher");
    switcher.getStyleClass().add("side-switcher");
    VBox.setVgrow(side, Priority.ALWAYS);
    widthProperty().addListener(o -> arrange());
    heightProperty().addListener(o -> arrange());
    probe.fontProperty().addListener(o -> arrange());
    side.getSelectionModel().selectedItemProperty().addListener(o -> syncSwitcher());
    build(false);
  }

  /** True while the screen is in its compact arrangement. */
  ReadOnlyBooleanProperty compactProperty() {
    return compact.getReadOnlyProperty();
  }

  @Override
  protected void layoutChildren() {
    if (compact.get()) {
      // The column is never narrower than its widest panel needs (a long role's name at large text),
      // nor wider than three fifths of the screen, so the map keeps its share.
      double need = Math.max(inbox.minWidth(-1), actions.minWidth(-1)) + 2 * 8;
      column.setMinWidth(Math.min(need, 0.6 * getWidth()));
    } else {
      column.setMinWidth(Region.USE_COMPUTED_SIZE);
    }
    super.layoutChildren();
  }

  private void arrange() {
    double em = probe.getFont().getSize();
    if (getWidth() <= 0 || getHeight() <= 0 || em <= 0) {
      return;
    }
    boolean small = getWidth() < WIDE_MIN_WIDTH_EM * em || getHeight() < WIDE_MIN_HEIGHT_EM * em;
    if (small != compact.get()) {
      build(small);
    }
  }

  private void build(boolean small) {
    compact.set(small);
    for (SplitPane s : splits) {
      s.getItems().clear();
    }
    splits.clear();
    column.getChildren().clear();
    if (small) {
      band.get(0).setContent(inbox);
      band.get(1).setContent(actions);
      side.getTabs().addAll(0, band);
      // The trainee's first business in the column is the inbox; the map stays in sight beside it.
      side.getSelectionModel().select(band.get(0));
      side.getStyleClass().add("headless");
      side.setFocusTraversable(false);
      rebuildSwitcher();
      column.getChildren().addAll(switcher, side);
      SplitPane split = split(Orientation.HORIZONTAL, 0.56, map, column);
      getChildren().setAll(split);
    } else {
      side.getTabs().removeAll(band);
      for (Tab t : band) {
        t.setContent(null);
      }
      side.getStyleClass().remove("headless");
      side.setFocusTraversable(true);
      column.getChildren().add(side);
      SplitPane upper = split(Orientation.HORIZONTAL, 0.62, map, column);
      SplitPane lower = split(Orientation.HORIZONTAL, 0.55, inbox, actions);
      // The inbox and the actions keep room for several rows and a readable message however large
      // the text; the map takes what is left.
      lower.getStyleClass().add("lower-band");
      SplitPane main = split(Orientation.VERTICAL, 0.68, upper, lower);
      getChildren().setAll(main);
    }
  }

  private SplitPane split(Orientation orientation, double divider, Region... items) {
    SplitPane s = new SplitPane(items);
    s.setOrientation(orientation);
    s.setDividerPositions(divider);
    splits.add(s);
    return s;
  }

  /** One button per tab, in the tabs' order, wrapping onto a second row in a narrow column. */
  private void rebuildSwitcher() {
    ToggleGroup group = new ToggleGroup();
    switcher.getChildren().clear();
    for (Tab t : side.getTabs()) {
      ToggleButton b = new ToggleButton();
      b.textProperty().bind(t.textProperty());
      b.setToggleGroup(group);
      b.setUserData(t);
      if (t.getId() != null) {
        b.setId("show-" + t.getId());
      }
      b.setOnAction(e -> {
        side.getSelectionModel().select(t);
        syncSwitcher();
      });
      switcher.getChildren().add(b);
    }
    Bars.keepWhole(switcher.getChildren().toArray(javafx.scene.Node[]::new));
    syncSwitcher();
  }

  private void syncSwitcher() {
    Tab selected = side.getSelectionModel().getSelectedItem();
    switcher.getChildren().forEach(n -> ((ToggleButton) n).setSelected(((ToggleButton) n).getUserData() == selected));
  }
}
