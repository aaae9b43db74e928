package org.liaison.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.liaison.scenario.DecisionOption;
import org.liaison.ui.I18n;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.exercise.ActionCatalogue;
import org.liaison.ui.exercise.ExerciseSession;
import org.liaison.ui.exercise.Snapshot;

/**
 * A decision point as its own modal step: the dilemma, the staff-hours left today, each option with
 * its cost against them (an option the day cannot pay for is refused with the reason), and a
 * confirm step, so that no single key or click answers a decision by accident.
 */
final class DecisionDialog extends VBox {
  private final ExerciseViewModel vm;
  private final ExerciseSession.PendingDecision decision;
  private final ToggleGroup group = new ToggleGroup();
  private final List<ToggleButton> options = new ArrayList<>();
  private final List<Label> reasons = new ArrayList<>();
  private final Label budget = new Label();
  private final Label noneFits = new Label();
  private final Label chosen = new Label();
  private final Button confirm = new Button();
  private final ScrollPane scroll = new ScrollPane();

  DecisionDialog(ExerciseViewModel vm, ExerciseSession.PendingDecision d) {
    this.vm = vm;
    this.decision = d;
    setId("decision");
    getStyleClass().add("decision-scroll");
    setMaxWidth(760);
    setMaxHeight(Region.USE_PREF_SIZE);
    setMinHeight(120);
    // The dilemma and options scroll; the confirm row stays below them, in sight at any window height.
    scroll.setId("decision-options");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setMinHeight(0);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    VBox card = new VBox();
    card.getStyleClass().add("decision-card");
    Label when = new Label(I18n.t("decision.header", ExerciseViewModel.clockText(vm.scenario(), d.tick())));
    when.getStyleClass().add("muted");
    Label title = new Label(d.point().title());
    title.getStyleClass().add("h2");
    title.setWrapText(true);
    String role = d.role().title();
    Label who = new Label(d.participant() == null ? I18n.t("decision.decides", role)
        : I18n.t("decision.decidesWho", role, d.participant()));
    who.setId("decision-role");
    who.getStyleClass().add("role");
    who.setWrapText(true);
    Label dilemma = new Label(d.point().dilemma().replaceAll("\\s+", " ").strip());
    dilemma.setWrapText(true);
    budget.setId("decision-budget");
    budget.getStyleClass().add("budget-line");
    budget.setWrapText(true);
    noneFits.getStyleClass().add("error");
    noneFits.setWrapText(true);
    Label how = new Label(I18n.t("decision.choose"));
    how.getStyleClass().add("muted");
    how.setWrapText(true);
    card.getChildren().addAll(when, title, who, dilemma, budget, noneFits, how);
    for (DecisionOption o : d.point().options()) {
      ToggleButton b = new ToggleButton(optionText(o));
      b.setId("option-" + o.id());
      b.setUserData(o);
      b.getStyleClass().add("option");
      b.setToggleGroup(group);
      b.setMaxWidth(Double.MAX_VALUE);
      b.setWrapText(true);
      b.setOnKeyPressed(e -> {
        if (e.getCode() == KeyCode.ENTER && !b.isDisabled()) {
          b.setSelected(true);
          confirm.requestFocus();
          e.consume();
        }
      });
      Label reason = new Label();
      reason.setId("option-reason-" + o.id());
      reason.getStyleClass().add("error");
      reason.setWrapText(true);
      reason.managedProperty().bind(reason.visibleProperty());
      options.add(b);
      reasons.add(reason);
      card.getChildren().addAll(b, reason);
    }
    chosen.setId("decision-chosen");
    chosen.setWrapText(true);
    confirm.setId("decision-confirm");
    confirm.setText(I18n.t("decision.confirm"));
    confirm.getStyleClass().add("primary");
    confirm.setMinWidth(Region.USE_PREF_SIZE);
    confirm.setOnAction(e -> confirm());
    confirm.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        confirm();
        e.consume();
      }
    });
    HBox.setHgrow(chosen, Priority.ALWAYS);
    chosen.setMaxWidth(Double.MAX_VALUE);
    HBox confirmRow = new HBox(12, chosen, confirm);
    confirmRow.setAlignment(Pos.CENTER_LEFT);
    Label waits = new Label(I18n.t("decision.waits"));
    waits.getStyleClass().add("muted");
    Bars.wrapWhole(waits);
    VBox footer = new VBox(6, confirmRow, waits);
    footer.getStyleClass().addAll("decision-card", "decision-footer");
    footer.setId("decision-footer");
    scroll.setContent(card);
    getChildren().addAll(scroll, footer);
    group.selectedToggleProperty().addListener(o -> showChoice());
    update(vm.snapshotProperty().get());
    showChoice();
  }

  /**
   * Focuses the dilemma, not an option: a key meant for the screen behind (Enter pressed again on
   * "To next day" as the decision opens) then chooses nothing. Tab reaches the first option, and
   * the arrows scroll a dilemma longer than the window.
   */
  void focusDilemma() {
    scroll.requestFocus();
  }

  /** Shows the budget of a new snapshot: staff-hours may have changed while the dialog is open. */
  void update(Snapshot s) {
    if (s != null) {
      budget.setText(I18n.t("decision.budget", Math.max(0, s.budgetLeft()), s.budgetPerDay(), s.standingPerDay()));
    }
    boolean fits = vm.anyOptionFits(decision);
    noneFits.setText(fits ? "" : I18n.t("decision.noneFits"));
    noneFits.setVisible(!fits);
    noneFits.setManaged(!fits);
    for (int i = 0; i < options.size(); i++) {
      DecisionOption o = (DecisionOption) options.get(i).getUserData();
      boolean affordable = vm.optionCost(o) <= vm.budgetLeft() + 1e-9;
      boolean refused = fits && !affordable;
      options.get(i).setDisable(refused);
      reasons.get(i).setText(refused ? I18n.t("decision.overBudget", vm.optionCost(o), Math.max(0, vm.budgetLeft())) : "");
      reasons.get(i).setVisible(refused);
      if (refused && options.get(i).isSelected()) {
        options.get(i).setSelected(false);
      }
    }
    showChoice();
  }

  private void showChoice() {
    DecisionOption o = selected();
    confirm.setDisable(o == null);
    chosen.setText(o == null ? "" : I18n.t("decision.confirmWhat", o.label()));
  }

  private DecisionOption selected() {
    return group.getSelectedToggle() == null ? null : (DecisionOption) group.getSelectedToggle().getUserData();
  }

  private void confirm() {
    DecisionOption o = selected();
    if (o != null) {
      vm.decide(o.id());
    }
  }

  private String optionText(DecisionOption o) {
    StringBuilder b = new StringBuilder(o.label());
    if (o.description() != null) {
      b.append('\n').append(o.description().replaceAll("\\s+", " ").strip());
    }
    double cost = vm.optionCost(o);
    b.append('\n').append(o.actions().isEmpty() ? I18n.t("decision.costNone") : I18n.t("decision.cost", cost));
    for (var a : o.actions()) {
      String label = ActionCatalogue.label(vm.scenario(), a);
      b.append("\n  • ").append("—".equals(label) ? ActionCatalogue.typeName(a.type())
              : I18n.t("decision.actionWith", ActionCatalogue.typeName(a.type()), label))
          .append(' ').append(I18n.t(a.type().standing() ? "decision.actionCostStanding" : "decision.actionCost",
              vm.scenario().coordination().costOf(a.type())));
    }
    return b.toString();
  }
}
