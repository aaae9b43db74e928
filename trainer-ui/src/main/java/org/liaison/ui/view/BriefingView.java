package org.liaison.ui.view;

import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.liaison.scenario.Actor;
import org.liaison.scenario.Objective;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;
import org.liaison.ui.I18n;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ScenarioEntry;

/** The briefing: situation, map, actors and trust, objectives, roles and who plays them. */
public final class BriefingView extends BorderPane {
  public BriefingView(AppViewModel app, ScenarioEntry entry) {
    getStyleClass().add("screen");
    setId("briefing");
    Scenario s = entry.scenario();
    var m = s.metadata();
    Label heading = new Label(I18n.t("briefing.heading", m.title()));
    heading.getStyleClass().add("h1");
    Button back = new Button(I18n.t("exercise.back"));
    back.setOnAction(e -> app.backToLibrary());
    Label seedLabel = new Label(I18n.t("briefing.seed"));
    TextField seed = new TextField(Long.toString(app.seed()));
    seed.setId("seed");
    seed.setPrefColumnCount(6);
    seed.textProperty().addListener((o, a, b) -> {
      try {
        app.setSeed(Long.parseLong(b.strip()));
      } catch (NumberFormatException ex) {
        // keep the last valid seed
      }
    });
    Button start = new Button(I18n.t("briefing.start"));
    start.setId("start");
    start.getStyleClass().add("primary");
    start.setDefaultButton(true);
    start.setOnAction(e -> app.start());
    Header top = Bars.header(heading, back, heading, seedLabel, seed, ProjectorToggle.of(app), start);
    setTop(top);

    VBox text = new VBox(10);
    text.getStyleClass().add("detail");
    Label roles = new Label(I18n.t("briefing.roles"));
    roles.getStyleClass().add("h2");
    Bars.wrapWhole(roles);
    text.getChildren().add(roles);
    GridPane seats = new GridPane();
    seats.setHgap(10);
    seats.setVgap(6);
    int row = 0;
    for (Role r : m.roles()) {
      Label title = new Label(r.title());
      title.getStyleClass().add("entry-title");
      TextField who = new TextField();
      who.setId("participant-" + r.id());
      who.setPromptText(I18n.t("briefing.participant"));
      who.textProperty().addListener((o, a, b) -> app.setParticipant(r.id(), b));
      javafx.scene.control.CheckBox auto = new javafx.scene.control.CheckBox(I18n.t("briefing.doctrine"));
      auto.setId("autopilot-" + r.id());
      auto.setTooltip(new javafx.scene.control.Tooltip(I18n.t("briefing.doctrineTip")));
      auto.selectedProperty().addListener((o, a, b) -> app.setAutopilot(r.id(), b));
      who.disableProperty().bind(auto.selectedProperty());
      Label desc = new Label(r.description() == null ? "" : r.description().replaceAll("\\s+", " "));
      desc.setWrapText(true);
      desc.getStyleClass().add("muted");
      // The title has a row of its own so that the name field takes the column's whole width:
      // beside a long title it was left a few letters wide at large text.
      seats.add(title, 0, row, 2, 1);
      seats.add(who, 0, row + 1);
      auto.setMinWidth(Region.USE_PREF_SIZE);
      who.setMinWidth(80);
      who.setMaxWidth(Double.MAX_VALUE);
      title.setWrapText(true);
      title.setMinWidth(0);
      seats.add(auto, 1, row + 1);
      seats.add(desc, 0, row + 2, 2, 1);
      row += 3;
    }
    javafx.scene.layout.ColumnConstraints nameColumn = new javafx.scene.layout.ColumnConstraints();
    nameColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
    seats.getColumnConstraints().addAll(nameColumn, new javafx.scene.layout.ColumnConstraints());
    text.getChildren().add(seats);
    Label unseated = new Label();
    unseated.setId("unseated");
    unseated.getStyleClass().add("error");
    unseated.setWrapText(true);
    Runnable checkSeats = () -> {
      java.util.List<String> empty = m.roles().stream().filter(r -> !app.isSeated(r.id())).map(Role::title).toList();
      unseated.setText(empty.isEmpty() ? "" : I18n.t("briefing.unseated", String.join(", ", empty)));
      unseated.setVisible(!empty.isEmpty());
      unseated.setManaged(!empty.isEmpty());
    };
    for (javafx.scene.Node n : seats.getChildren()) {
      if (n instanceof TextField f) {
        f.textProperty().addListener((o, a, b) -> checkSeats.run());
      } else if (n instanceof javafx.scene.control.CheckBox c) {
        c.selectedProperty().addListener((o, a, b) -> checkSeats.run());
      }
    }
    checkSeats.run();
    text.getChildren().add(unseated);
    Label situation = new Label(I18n.t("briefing.situation"));
    situation.getStyleClass().add("h2");
    text.getChildren().add(situation);
    for (String para : m.briefing().split("\\n\\s*\\n")) {
      Label p = new Label(para.strip().replaceAll("\\s+", " "));
      p.setWrapText(true);
      p.getStyleClass().add("briefing-text");
      text.getChildren().add(p);
    }
    Label objectives = new Label(I18n.t("briefing.objectives"));
    objectives.getStyleClass().add("h2");
    text.getChildren().add(objectives);
    for (Objective o : m.objectives()) {
      Label l = new Label("• " + o.text());
      l.setWrapText(true);
      text.getChildren().add(l);
    }
    Label actors = new Label(I18n.t("briefing.actors"));
    actors.getStyleClass().add("h2");
    text.getChildren().add(actors);
    for (Actor a : s.actors()) {
      Label l = new Label(a.name() + " — " + Palette.name(a.kind()) + (a.isMission() ? I18n.t("briefing.mission") : "")
          + (a.mandate().text() == null ? "" : ". " + a.mandate().text().replaceAll("\\s+", " ")));
      l.setWrapText(true);
      text.getChildren().add(l);
    }
    ScrollPane scroll = new ScrollPane(text);
    scroll.setFitToWidth(true);
    scroll.setPrefWidth(520);
    setLeft(scroll);

    MapView map = new MapView(s, null, new SimpleObjectProperty<>(MapRenderer.Layer.NEED), null, null);
    map.setPrefHeight(420);
    Label mapCaption = new Label(I18n.t("briefing.mapCaption"));
    mapCaption.getStyleClass().add("muted");
    mapCaption.setWrapText(true);
    mapCaption.setMinHeight(Region.USE_PREF_SIZE);
    TrustNetworkView network = new TrustNetworkView(s, () -> TrustNetworkView.priors(s));
    network.setPrefHeight(320);
    Label netCaption = new Label(I18n.t("briefing.networkCaption"));
    netCaption.getStyleClass().add("muted");
    Bars.wrapWhole(netCaption);
    VBox right = new VBox(6, mapCaption, map, new Legend(), netCaption, network);
    VBox.setVgrow(map, Priority.ALWAYS);
    VBox.setVgrow(network, Priority.ALWAYS);
    right.setPadding(new Insets(0, 0, 0, 12));
    setCenter(right);
  }
}
