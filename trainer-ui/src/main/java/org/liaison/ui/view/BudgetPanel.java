package org.liaison.ui.view;

import java.util.List;
import javafx.geometry.Insets;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.liaison.ui.I18n;
import org.liaison.ui.Names;
import org.liaison.ui.app.Commitment;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.exercise.ActionCatalogue;
import org.liaison.ui.exercise.Snapshot;

/**
 * The mission's coordination capacity as a first-class panel: today's staff-hours split into
 * standing arrangements, spent today and left, the arrangements with their daily cost and a way to
 * end each (the role that made it only, after a confirmation), and what each kind of action costs.
 */
final class BudgetPanel extends VBox {
  private final ExerciseViewModel vm;
  private final Consumer<Commitment> confirmEnd;
  private final Label summary = new Label();
  private final Region standingBar = new Region();
  private final Region spentBar = new Region();
  private final Region leftBar = new Region();
  private final VBox commitments = new VBox(3);
  private double shownLeft = Double.NaN;
  private double shownStanding = Double.NaN;
  private List<?> shownCommitments = List.of();

  /** @param confirmEnd asks the trainee to confirm ending an arrangement, and ends it if they do */
  BudgetPanel(ExerciseViewModel vm, Consumer<Commitment> confirmEnd) {
    super(6);
    this.vm = vm;
    this.confirmEnd = confirmEnd;
    setId("budget");
    getStyleClass().add("detail");
    setPadding(new Insets(8));
    Label title = new Label(I18n.t("budget.title"));
    title.getStyleClass().add("h3");
    summary.setId("budget-summary");
    summary.setWrapText(true);
    standingBar.getStyleClass().add("bar-standing");
    spentBar.getStyleClass().add("bar-spent");
    leftBar.getStyleClass().add("bar-left");
    HBox bar = new HBox(standingBar, spentBar, leftBar);
    bar.getStyleClass().add("budget-bar");
    bar.setMinHeight(16);
    for (Region r : List.of(standingBar, spentBar, leftBar)) {
      r.setMinWidth(0);
      r.setMinHeight(16);
    }
    bar.widthProperty().addListener(o -> resizeBars());
    Label key = new Label(I18n.t("budget.key"));
    key.getStyleClass().add("muted");
    key.setWrapText(true);
    Label standingTitle = new Label(I18n.t("budget.standing"));
    standingTitle.getStyleClass().add("h3");
    commitments.setId("commitments");
    Label costsTitle = new Label(I18n.t("budget.costs"));
    costsTitle.getStyleClass().add("h3");
    for (Label heading : List.of(title, standingTitle, costsTitle)) {
      Bars.wrapWhole(heading);
    }
    VBox costs = new VBox(2);
    for (var type : org.liaison.scenario.ActionType.values()) {
      if (!type.coordinates()) {
        continue;
      }
      Label l = new Label(I18n.t(type.standing() ? "budget.costStanding" : "budget.costOnce", Names.action(type),
          vm.scenario().coordination().costOf(type)));
      l.setWrapText(true);
      costs.getChildren().add(l);
    }
    getChildren().addAll(title, summary, bar, key, standingTitle, commitments, costsTitle, costs);
    vm.snapshotProperty().addListener((o, a, s) -> show(s));
    // Who may end an arrangement depends on the role acting; the list is drawn again when it changes.
    vm.actingRoleProperty().addListener(o -> redraw());
    vm.finishedProperty().addListener(o -> redraw());
    show(vm.snapshotProperty().get());
  }

  private void redraw() {
    shownLeft = Double.NaN;
    show(vm.snapshotProperty().get());
  }

  private void show(Snapshot s) {
    if (s == null || (s.budgetLeft() == shownLeft && s.standingPerDay() == shownStanding
        && shownCommitments.equals(s.commitments()))) {
      return;
    }
    shownCommitments = s.commitments();
    shownLeft = s.budgetLeft();
    shownStanding = s.standingPerDay();
    double spent = Math.max(0, s.budgetPerDay() - s.standingPerDay() - Math.max(0, s.budgetLeft()));
    summary.setText(I18n.t("budget.summary", Math.max(0, s.budgetLeft()), s.budgetPerDay(), s.standingPerDay(), spent));
    resizeBars();
    commitments.getChildren().clear();
    List<Commitment> list = vm.commitments();
    if (list.isEmpty()) {
      Label none = new Label(I18n.t("budget.noStanding"));
      none.getStyleClass().add("muted");
      commitments.getChildren().add(none);
    }
    Names names = new Names(vm.scenario());
    for (Commitment c : list) {
      String label = ActionCatalogue.label(vm.scenario(), c.action());
      String who = "policy".equals(c.role()) ? I18n.t("budget.byDoctrine") : names.role(c.role());
      long day = c.since() / 24 + 1;
      Label l = new Label("—".equals(label)
          ? I18n.t("budget.commitmentPlain", Names.action(c.action().type()), c.perDay(), day, who)
          : I18n.t("budget.commitment", Names.action(c.action().type()), label, c.perDay(), day, who));
      l.setWrapText(true);
      l.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(l, Priority.ALWAYS);
      Button end = new Button(I18n.t("budget.end"));
      end.setMinWidth(Region.USE_PREF_SIZE);
      end.getStyleClass().add("end-arrangement");
      String why = vm.endRefusal(c);
      end.setDisable(why != null);
      end.setTooltip(new Tooltip(why == null ? I18n.t("budget.endTip") : why));
      end.setAccessibleHelp(why == null ? I18n.t("budget.endTip") : why);
      end.setOnAction(e -> confirmEnd.accept(c));
      HBox row = new HBox(6, l, end);
      row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      row.getStyleClass().add("commitment");
      commitments.getChildren().add(row);
    }
  }

  private void resizeBars() {
    Snapshot s = vm.snapshotProperty().get();
    double w = standingBar.getParent() == null ? 0 : ((Region) standingBar.getParent()).getWidth();
    if (s == null || w <= 0 || s.budgetPerDay() <= 0) {
      return;
    }
    double total = s.budgetPerDay();
    double left = Math.max(0, s.budgetLeft());
    double standing = Math.min(total, s.standingPerDay());
    double spent = Math.max(0, total - standing - left);
    standingBar.setPrefWidth(w * standing / total);
    spentBar.setPrefWidth(w * spent / total);
    leftBar.setPrefWidth(w * left / total);
    HBox.setHgrow(leftBar, Priority.NEVER);
  }
}
