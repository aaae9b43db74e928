package org.liaison.ui.view;

import javafx.collections.MapChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.liaison.ui.I18n;
import org.liaison.ui.app.CheckViewModel;
import org.liaison.ui.app.ScenarioEntry;

/**
 * The library's sanity check of one scenario: a button that plays it without coordination, by the
 * doctrine and at random in the background, then the findings a trainer should read before using
 * the file (criteria nobody or everybody meets, decision points that never open, injects that
 * never fire, actors that never act, measures that never move).
 */
final class CheckPanel extends VBox {
  private final CheckViewModel check;
  private final ScenarioEntry entry;
  private final VBox body = new VBox(4);
  private final MapChangeListener<java.nio.file.Path, CheckViewModel.Status> listener;
  private final Button run = new Button(I18n.t("check.run"));

  CheckPanel(CheckViewModel check, ScenarioEntry entry) {
    super(6);
    this.check = check;
    this.entry = entry;
    setId("check-panel");
    Label heading = new Label(I18n.t("check.heading"));
    heading.getStyleClass().add("h3");
    Label about = new Label(I18n.t("check.about", CheckViewModel.SEEDS));
    about.getStyleClass().add("muted");
    about.setWrapText(true);
    run.setId("check");
    run.setOnAction(e -> check.check(entry));
    body.setId("check-findings");
    getChildren().addAll(heading, about, run, body);
    listener = change -> {
      if (entry.file().equals(change.getKey())) {
        show();
      }
    };
    // The panel is rebuilt whenever another scenario is selected; a weak listener lets the old one go.
    check.statuses().addListener(new javafx.collections.WeakMapChangeListener<>(listener));
    show();
  }

  private void show() {
    body.getChildren().clear();
    CheckViewModel.Status status = check.statuses().get(entry.file());
    run.setDisable(status instanceof CheckViewModel.Running);
    if (status instanceof CheckViewModel.Running) {
      ProgressIndicator spinner = new ProgressIndicator();
      spinner.setPrefSize(18, 18);
      Label running = new Label(I18n.t("check.running"));
      running.setId("check-running");
      body.getChildren().add(new HBox(8, spinner, running));
    } else if (status instanceof CheckViewModel.Failed f) {
      Label failed = new Label(I18n.t("check.failed", f.reason()));
      failed.getStyleClass().add("error");
      failed.setWrapText(true);
      body.getChildren().add(failed);
    } else if (status instanceof CheckViewModel.Done d) {
      if (d.findings().isEmpty()) {
        Label none = new Label(I18n.t("check.none", d.seeds()));
        none.setWrapText(true);
        body.getChildren().add(none);
      }
      for (CheckViewModel.Line line : d.findings()) {
        Label kind = new Label(line.kind());
        kind.getStyleClass().addAll("check-kind", CheckViewModel.warning(line.kind()) ? "error" : "muted");
        kind.setMinWidth(100);
        Label text = new Label(line.text());
        text.getStyleClass().add("check-finding");
        text.setWrapText(true);
        HBox row = new HBox(8, kind, text);
        text.maxWidthProperty().bind(body.widthProperty().subtract(110));
        body.getChildren().add(row);
      }
    }
  }
}
