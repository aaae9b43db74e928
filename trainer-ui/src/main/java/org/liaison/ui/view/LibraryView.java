package org.liaison.ui.view;

import java.io.File;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.liaison.scenario.read.Problem;
import org.liaison.ui.I18n;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ScenarioEntry;

/** The scenario library: scenarios on the left, the selected one's summary or errors on the right. */
public final class LibraryView extends BorderPane {
  public LibraryView(AppViewModel app) {
    getStyleClass().add("screen");
    setId("library");
    Label heading = new Label(I18n.t("library.heading"));
    heading.getStyleClass().add("h1");
    Button open = new Button(I18n.t("library.open"));
    open.setId("open-folder");
    open.setOnAction(e -> {
      File dir = new DirectoryChooser().showDialog(getScene().getWindow());
      if (dir != null) {
        app.library().addFolder(dir.toPath());
      }
    });
    Button resume = new Button(I18n.t("library.resume"));
    resume.setId("resume");
    resume.setOnAction(e -> {
      FileChooser chooser = new FileChooser();
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("library.saves"), "*.json"));
      File f = chooser.showOpenDialog(getScene().getWindow());
      if (f != null) {
        app.resume(f.toPath());
      }
    });
    Label error = new Label();
    error.getStyleClass().add("error");
    error.textProperty().bind(app.errorProperty());
    error.setWrapText(true);
    error.setMaxWidth(360);
    Button back = new Button(I18n.t("library.return"));
    back.setId("return-to-exercise");
    back.getStyleClass().add("primary");
    back.setOnAction(e -> app.showExercise());
    boolean running = app.exerciseProperty().get() != null && !app.exerciseProperty().get().finishedProperty().get();
    back.setVisible(running);
    back.setManaged(running);
    javafx.scene.control.ComboBox<java.util.Locale> language = new javafx.scene.control.ComboBox<>(
        javafx.collections.FXCollections.observableArrayList(java.util.Locale.ENGLISH, java.util.Locale.FRENCH));
    language.setId("language");
    language.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(java.util.Locale l) {
        return l == null ? "" : l.getDisplayLanguage(l).substring(0, 1).toUpperCase(l) + l.getDisplayLanguage(l).substring(1);
      }

      @Override
      public java.util.Locale fromString(String s) {
        return null;
      }
    });
    language.setValue(java.util.Locale.FRENCH.getLanguage().equals(I18n.locale().getLanguage())
        ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH);
    language.valueProperty().addListener((o, a, b) -> app.setLanguage(b));
    Header top = Bars.header(heading, heading, error, ProjectorToggle.of(app), language, open, resume, back);
    setTop(top);

    ListView<ScenarioEntry> list = new ListView<>(app.library().entries());
    list.setId("scenario-list");
    list.setPrefWidth(380);
    list.setCellFactory(v -> new ListCell<ScenarioEntry>() {
      @Override
      protected void updateItem(ScenarioEntry item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("invalid");
        if (empty || item == null) {
          setText(null);
          setGraphic(null);
          return;
        }
        Label title = new Label(item.title());
        title.getStyleClass().add("entry-title");
        Label sub = new Label(item.valid()
            ? I18n.t("library.entry", item.scenario().metadata().durationDays(), item.scenario().actors().size(),
                item.fileName())
            : I18n.t("library.invalid", item.problems().size()));
        sub.getStyleClass().add(item.valid() ? "muted" : "error");
        if (!item.valid()) {
          getStyleClass().add("invalid");
        }
        title.setWrapText(true);
        sub.setWrapText(true);
        VBox box = new VBox(2, title, sub);
        box.maxWidthProperty().bind(list.widthProperty().subtract(30));
        title.maxWidthProperty().bind(box.maxWidthProperty());
        sub.maxWidthProperty().bind(box.maxWidthProperty());
        setGraphic(box);
        setText(null);
      }
    });
    list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> app.library().select(b));
    list.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        app.brief(list.getSelectionModel().getSelectedItem());
      }
    });
    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        app.brief(list.getSelectionModel().getSelectedItem());
      }
    });
    if (!app.library().entries().isEmpty()) {
      list.getSelectionModel().select(0);
    }
    setLeft(list);
    BorderPane.setMargin(list, new Insets(0, 12, 0, 0));

    VBox detail = new VBox(10);
    detail.setId("library-detail");
    detail.getStyleClass().add("detail");
    ScrollPane scroll = new ScrollPane(detail);
    scroll.setFitToWidth(true);
    setCenter(scroll);
    Consumer<ScenarioEntry> show = entry -> {
      detail.getChildren().clear();
      if (entry == null) {
        detail.getChildren().add(new Label(I18n.t("library.choose")));
        return;
      }
      Label title = new Label(entry.title());
      title.getStyleClass().add("h2");
      title.setWrapText(true);
      detail.getChildren().add(title);
      if (entry.valid()) {
        var m = entry.scenario().metadata();
        Label summary = new Label(m.summary());
        summary.setWrapText(true);
        Label facts = new Label(I18n.t("library.facts", m.durationDays(),
            m.startDate() == null ? I18n.t("library.dayOne") : m.startDate(), m.roles().size(), m.objectives().size(),
            entry.scenario().decisionPoints().size(), m.author(), m.version()));
        facts.getStyleClass().add("muted");
        facts.setWrapText(true);
        Button brief = new Button(I18n.t("library.brief"));
        brief.setId("brief");
        brief.getStyleClass().add("primary");
        brief.setDefaultButton(true);
        brief.setOnAction(e -> app.brief(entry));
        detail.getChildren().addAll(summary, facts, brief, new CheckPanel(app.check(), entry));
      } else {
        Label intro = new Label(I18n.t("library.problems", entry.fileName()));
        intro.setWrapText(true);
        detail.getChildren().add(intro);
        VBox problems = new VBox(4);
        problems.setId("problems");
        for (Problem p : entry.problems()) {
          Label l = new Label(org.liaison.ui.Problems.line(p));
          l.getStyleClass().addAll("problem", "error");
          l.setWrapText(true);
          problems.getChildren().add(l);
        }
        detail.getChildren().add(problems);
      }
    };
    app.library().selectedProperty().addListener((o, a, b) -> show.accept(b));
    show.accept(app.library().selectedProperty().get());
  }
}
