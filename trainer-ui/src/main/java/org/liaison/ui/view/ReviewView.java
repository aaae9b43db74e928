package org.liaison.ui.view;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.FileChooser;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.ObjectiveRater;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.ui.I18n;
import org.liaison.ui.Names;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ReviewViewModel;
import org.liaison.policy.DecisionLog;
import org.liaison.ui.exercise.ReviewReport;

/** The after-action review: score, objectives with evidence, decisions over time, comparisons, what if. */
public final class ReviewView extends BorderPane {
  public ReviewView(AppViewModel app, ReviewViewModel vm) {
    getStyleClass().add("screen");
    setId("review-screen");
    Label heading = new Label(I18n.t("review.heading", vm.scenario().metadata().title()));
    heading.getStyleClass().add("h1");
    Button back = new Button(I18n.t("review.back"));
    back.setOnAction(e -> app.showExercise());
    Button library = new Button(I18n.t("review.library"));
    library.setOnAction(e -> app.backToLibrary());
    Button export = new Button(I18n.t("review.export"));
    export.setId("export");
    export.setOnAction(e -> {
      FileChooser chooser = new FileChooser();
      chooser.setInitialFileName(vm.scenario().metadata().id() + "-review.html");
      File f = chooser.showSaveDialog(getScene().getWindow());
      if (f != null) {
        try {
          vm.export(f.toPath());
        } catch (IOException ex) {
          org.liaison.ui.Windows.error(getScene().getWindow(), I18n.t("review.exportFailed",
              org.liaison.ui.Problems.say(org.liaison.scenario.read.InputFiles.describe(ex))));
        }
      }
    });
    Label status = new Label();
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add("muted");
    status.setWrapText(true);
    status.setMaxWidth(220);
    Header top = Bars.header(heading, back, heading, status, ProjectorToggle.of(app), library, export);
    setTop(top);

    VBox left = new VBox(10);
    left.getStyleClass().add("detail");
    Label score = new Label(Double.isNaN(vm.result().score()) ? I18n.t("review.scoreNone")
        : I18n.t("review.score", vm.result().score()));
    score.setId("score");
    score.getStyleClass().add("score");
    left.getChildren().add(score);
    Label objectives = new Label(I18n.t("briefing.objectives"));
    objectives.getStyleClass().add("h2");
    left.getChildren().add(objectives);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    int row = 0;
    for (ObjectiveRater.ObjectiveRating o : vm.result().objectives()) {
      Label rating = new Label(o.rating().name());
      rating.getStyleClass().addAll("rating", "rating-" + o.rating().name());
      rating.setId("rating-" + o.id());
      rating.setMinWidth(Region.USE_PREF_SIZE);
      VBox text = new VBox(2);
      Label t = new Label(I18n.t("review.objective", o.text(), o.met(), o.total()));
      t.setWrapText(true);
      t.getStyleClass().add("entry-title");
      text.getChildren().add(t);
      for (ObjectiveRater.Criterion c : o.criteria()) {
        Label l = new Label((!c.status().rated() ? "– " : c.met() ? "✓ " : "✗ ") + Names.humanise(c.description())
            + " — " + new org.liaison.ui.Measurements(new Names(vm.scenario())).say(c.measured()));
        l.setWrapText(true);
        l.getStyleClass().add(!c.status().rated() ? "not-rated" : c.met() ? "met" : "not-met");
        text.getChildren().add(l);
      }
      grid.add(rating, 0, row);
      grid.add(text, 1, row);
      GridPane.setValignment(rating, VPos.TOP);
      GridPane.setHgrow(text, Priority.ALWAYS);
      row++;
    }
    Label key = new Label(I18n.t("review.key"));
    key.setId("rating-key");
    key.setWrapText(true);
    key.getStyleClass().add("muted");
    left.getChildren().addAll(key, grid);
    left.getChildren().addAll(participants(vm), notes(vm));
    ScrollPane leftScroll = new ScrollPane(left);
    leftScroll.setFitToWidth(true);
    // The objectives and their evidence are the review's main reading: two fifths of a large window.
    leftScroll.prefWidthProperty().bind(Bindings.max(560, widthProperty().multiply(0.4)));
    setLeft(leftScroll);

    VBox right = new VBox(10);
    right.setPadding(new Insets(0, 0, 0, 12));
    Label timeline = new Label(I18n.t("review.timeline"));
    timeline.getStyleClass().add("h2");
    int total = vm.scenario().durationHours();
    ChartView chart = new ChartView(I18n.t("chart.review"), List.of(
        new ChartView.Series(Indicator.TRUST_IN_MISSION, Palette.BLUE),
        new ChartView.Series(Indicator.WARNING_COVERAGE, Palette.ORANGE),
        new ChartView.Series(Indicator.HUMANITARIAN_ACCESS, Palette.GREEN)), vm::history, total, 1);
    ChartView scoreChart = new ChartView(I18n.t("chart.score"), List.of(
        new ChartView.Series(Indicator.SCORE, Palette.BLACK)), vm::history, total, 100);
    scoreChart.setMarks(() -> vm.log().choices().stream().mapToLong(DecisionLog.Entry::tick).toArray());
    chart.setMarks(() -> vm.log().choices().stream().mapToLong(DecisionLog.Entry::tick).toArray());
    chart.setPrefHeight(200);
    VBox decisions = new VBox(2);
    for (DecisionLog.Entry d : vm.log().entries()) {
      String text;
      if (d.phase() == DecisionLog.Phase.OPTION || d.kind() == DecisionLog.Kind.CONTROL) {
        continue;
      } else if (d.kind() == DecisionLog.Kind.CHOICE) {
        text = ReviewReport.clock(d.tick()) + " · " + title(vm, d.point()) + " → " + option(vm, d.point(), d.option())
            + " (" + new Names(vm.scenario()).role(d.role()) + participant(vm, d.role()) + ")"
            + (ReviewReport.byDoctrine(d) ? " — " + I18n.t("review.byDoctrine") : "");
      } else {
        text = ReviewReport.clock(d.tick()) + " · " + new Names(vm.scenario()).role(d.role()) + ": "
            + org.liaison.ui.exercise.ActionCatalogue.typeName(d.action().type()) + " "
            + org.liaison.ui.exercise.ActionCatalogue.label(vm.scenario(), d.action())
            + (d.taken() ? "" : I18n.t("review.refused", new org.liaison.ui.Refusals(new Names(vm.scenario())).say(d.reason())));
      }
      Label l = new Label(text);
      l.setWrapText(true);
      if (d.kind() == DecisionLog.Kind.CHOICE && ReviewReport.byDoctrine(d)) {
        l.getStyleClass().add("by-doctrine");
      }
      decisions.getChildren().add(l);
    }
    Label compare = new Label(I18n.t("review.compare"));
    compare.getStyleClass().add("h2");
    Bars.wrapWhole(compare);
    ProgressBar progress = new ProgressBar();
    progress.setId("comparison-progress");
    progress.progressProperty().bind(vm.progressProperty());
    progress.setMaxWidth(Double.MAX_VALUE);
    Label progressText = new Label();
    progressText.textProperty().bind(Bindings.createStringBinding(() -> vm.progressProperty().get() >= 1
        ? I18n.t("review.runs", ReviewViewModel.REPLICATIONS)
        : I18n.t("review.computing", vm.progressProperty().get()),
        vm.progressProperty()));
    progressText.getStyleClass().add("muted");
    progressText.setId("comparison-text");
    Bars.wrapWhole(progressText);
    Distribution dist = new Distribution(vm);
    vm.noneScoresProperty().addListener(o -> dist.redraw());
    vm.doctrineScoresProperty().addListener(o -> dist.redraw());

    Label whatIf = new Label(I18n.t("review.whatIf"));
    whatIf.getStyleClass().add("h2");
    ComboBox<DecisionLog.Entry> point = new ComboBox<>(FXCollections.observableArrayList(vm.log().choices()));
    point.setId("whatif-point");
    point.setPromptText(I18n.t("review.whatIfPoint"));
    point.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(DecisionLog.Entry d) {
        return d == null ? "" : title(vm, d.point());
      }

      @Override
      public DecisionLog.Entry fromString(String s) {
        return null;
      }
    });
    ComboBox<DecisionOption> option = new ComboBox<>();
    option.setId("whatif-option");
    option.setPromptText(I18n.t("review.whatIfOption"));
    option.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(DecisionOption o) {
        return o == null ? "" : o.label();
      }

      @Override
      public DecisionOption fromString(String s) {
        return null;
      }
    });
    point.valueProperty().addListener((o, a, d) -> {
      DecisionPoint p = point(vm, d.point());
      option.getItems().setAll(p == null ? List.of()
          : p.options().stream().filter(x -> !x.id().equals(d.option())).toList());
      if (!option.getItems().isEmpty()) {
        option.getSelectionModel().select(0);
      }
    });
    Button run = new Button(I18n.t("review.whatIfRun"));
    run.setId("whatif-run");
    run.disableProperty().bind(option.valueProperty().isNull());
    run.setOnAction(e -> vm.whatIf(point.getSelectionModel().getSelectedIndex(), option.getValue().id()));
    Label answer = new Label();
    answer.setId("whatif-answer");
    answer.setWrapText(true);
    answer.textProperty().bind(vm.whatIfProperty());
    javafx.scene.layout.FlowPane whatIfRow = Bars.wrapping(8, point, option, run);
    if (vm.log().choices().isEmpty()) {
      whatIfRow.setDisable(true);
    }
    VBox whatIfObjectives = new VBox(2);
    whatIfObjectives.setId("whatif-objectives");
    ChartView whatIfChart = new ChartView(I18n.t("chart.whatIf"), List.of(
        new ChartView.Series(Indicator.SCORE, Palette.BLACK)), () -> vm.whatIfRunProperty().get() == null ? null
            : vm.whatIfRunProperty().get().branchHistory(), total, 100);
    whatIfChart.setId("whatif-chart");
    whatIfChart.setPrefHeight(140);
    whatIfChart.setMarks(() -> vm.log().choices().stream().mapToLong(DecisionLog.Entry::tick).toArray());
    whatIfChart.visibleProperty().bind(vm.whatIfRunProperty().isNotNull());
    whatIfChart.managedProperty().bind(whatIfChart.visibleProperty());
    vm.whatIfRunProperty().addListener((o, a, w) -> {
      whatIfObjectives.getChildren().clear();
      if (w == null) {
        return;
      }
      Label head = new Label(I18n.t("review.whatIfObjectives"));
      head.getStyleClass().add("h3");
      whatIfObjectives.getChildren().add(head);
      for (org.liaison.ui.exercise.WhatIf.ObjectiveDifference d : w.objectives()) {
        Label l = new Label(I18n.t("review.whatIfObjective", d.objective(), d.logged().name(), d.loggedMet(),
            d.branch().name(), d.branchMet(), d.total()));
        l.setWrapText(true);
        if (d.logged() != d.branch()) {
          l.getStyleClass().add("entry-title");
        }
        whatIfObjectives.getChildren().add(l);
      }
      whatIfChart.redraw();
    });
    right.getChildren().addAll(timeline, chart, scoreChart, decisions, compare, progress, progressText, dist, whatIf,
        whatIfRow, answer, whatIfObjectives, whatIfChart);
    ScrollPane rightScroll = new ScrollPane(right);
    rightScroll.setFitToWidth(true);
    setCenter(rightScroll);
  }

  /** Who sat in each role, or that the doctrine or no one did. */
  private static VBox participants(ReviewViewModel vm) {
    VBox box = new VBox(2);
    box.setId("review-participants");
    Label title = new Label(I18n.t("review.participants"));
    title.getStyleClass().add("h2");
    box.getChildren().add(title);
    for (org.liaison.scenario.Role r : vm.scenario().metadata().roles()) {
      String who = vm.participants().get(r.id());
      Label l = new Label(who == null ? I18n.t("review.roleUnnamed", r.title()) : I18n.t("review.role", r.title(), who));
      l.setWrapText(true);
      box.getChildren().add(l);
    }
    return box;
  }

  /** Exercise control's notes on participants, each with its time, who it is about and who wrote it. */
  private static VBox notes(ReviewViewModel vm) {
    VBox box = new VBox(2);
    box.setId("review-notes");
    Label title = new Label(I18n.t("review.notes"));
    title.getStyleClass().add("h2");
    box.getChildren().add(title);
    if (vm.notes().isEmpty()) {
      Label none = new Label(I18n.t("review.noNotes"));
      none.getStyleClass().add("muted");
      none.setWrapText(true);
      box.getChildren().add(none);
    }
    for (org.liaison.ui.exercise.ObserverNote n : vm.notes()) {
      Label l = new Label(I18n.t("review.note", ReviewReport.clock(n.tick()), n.participant(), n.text(), n.by()));
      l.setWrapText(true);
      l.getStyleClass().add("review-note");
      box.getChildren().add(l);
    }
    return box;
  }

  private static DecisionPoint point(ReviewViewModel vm, String id) {
    return vm.scenario().decisionPoints().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }

  private static String participant(ReviewViewModel vm, String role) {
    String who = vm.participants().get(role);
    return who == null ? "" : ", " + who;
  }

  private static String title(ReviewViewModel vm, String id) {
    DecisionPoint p = point(vm, id);
    return p == null ? id : p.title();
  }

  private static String option(ReviewViewModel vm, String pointId, String optionId) {
    DecisionPoint p = point(vm, pointId);
    return p == null ? optionId : p.options().stream().filter(o -> o.id().equals(optionId)).map(DecisionOption::label)
        .findFirst().orElse(optionId);
  }

  /** Strip plot of the background scores per policy, with the trainee's score as a line. */
  static final class Distribution extends CanvasPane {
    private final ReviewViewModel vm;

    Distribution(ReviewViewModel vm) {
      this.vm = vm;
      setId("distribution");
    }

    /** The plot's texts: the policies' names, the trainee's score and the axis, in the palette's inks on its ground. */
    static List<CanvasPalette.TextInk> texts(CanvasPalette p) {
      return List.of(new CanvasPalette.TextInk("review plot names", p.ink(), List.of(p.ground())),
          new CanvasPalette.TextInk("review plot summary and axis", p.secondaryInk(), List.of(p.ground())));
    }

    @Override
    protected void fontChanged() {
      // Two rows, the trainee's score and the axis: about nine lines of its text.
      setPrefHeight(120 * em() / CanvasFonts.DEFAULT_EM);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
      CanvasPalette p = palette();
      CanvasFonts f = fonts();
      Font font = f.label();
      double lh = f.lineHeight();
      g.setFill(p.ground());
      g.fillRect(0, 0, w, h);
      String[] names = {I18n.t("review.policyNone"), I18n.t("review.policyDoctrine")};
      double left = 20 + Math.max(CanvasFonts.width(names[0], font), CanvasFonts.width(names[1], font));
      double right = w - 16;
      List<List<Double>> sets = List.of(vm.noneScoresProperty().get(), vm.doctrineScoresProperty().get());
      Color[] colours = {Palette.VERMILLION, Palette.BLUE};
      double row = Math.max(35, 2.4 * lh);
      double dot = 10 * p.markerScale();
      double firstRow = lh + 10;
      for (int k = 0; k < 2; k++) {
        double y = firstRow + k * row;
        g.setFill(p.ink());
        write(g, names[k], font, left - 10, y, TextAlignment.RIGHT, VPos.CENTER);
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeLine(left, y, right, y);
        g.setFill(colours[k].deriveColor(0, 1, 1, 0.75));
        for (double s : sets.get(k)) {
          double x = left + (right - left) * s / 100;
          g.fillOval(x - dot / 2, y - dot / 2, dot, dot);
        }
        if (!sets.get(k).isEmpty()) {
          g.setFill(p.secondaryInk());
          write(g, ReviewReport.summary(sets.get(k)), font, left, y + lh, TextAlignment.LEFT, VPos.CENTER);
        }
      }
      double lineBottom = firstRow + row + lh + lh / 2 + 2;
      double x = left + (right - left) * vm.result().score() / 100;
      g.setStroke(p.ink());
      g.setLineWidth(2 * p.lineScale());
      g.strokeLine(x, 8, x, lineBottom);
      g.setFill(p.ink());
      write(g, I18n.t("review.you", vm.result().score()), font, x, lineBottom + 2, TextAlignment.CENTER, VPos.TOP);
      g.setFill(p.secondaryInk());
      for (int v = 0; v <= 100; v += 25) {
        write(g, Integer.toString(v), font, left + (right - left) * v / 100, h - 2, TextAlignment.CENTER,
            VPos.BOTTOM);
      }
      g.setLineWidth(1);
    }
  }
}
