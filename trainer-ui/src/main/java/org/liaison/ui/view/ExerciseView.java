package org.liaison.ui.view;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.liaison.comms.ChannelCondition;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Actor;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.Scenario;
import org.liaison.ui.I18n;
import org.liaison.ui.Names;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.InboxItem;
import org.liaison.ui.exercise.ActionCatalogue;
import org.liaison.ui.exercise.ExerciseSession;
import org.liaison.ui.exercise.Snapshot;

/** The exercise: time controls, map, inspector, trust network, charts, inbox, actions, decisions. */
public final class ExerciseView extends StackPane {
  private final ExerciseViewModel vm;
  private final Scenario scenario;
  private final VBox inspector = new VBox(6);
  private final StackPane decisionLayer = new StackPane();
  private final StackPane noticeLayer = new StackPane();
  private final BorderPane root = new BorderPane();
  private final Label capacity = new Label();
  private final Label inboxHeading = new Label();
  private final Label actionsHeading = new Label(I18n.t("actions.title"));
  private final SplitPane inboxPanes = new SplitPane();
  private final javafx.scene.control.ToggleButton mapKey = new javafx.scene.control.ToggleButton(I18n.t("map.key"));
  private DecisionDialog dialog;
  private final MapView map;
  private Node focusBeforeDecision;
  private FocusReturn dayFocus;

  public ExerciseView(AppViewModel app, ExerciseViewModel vm) {
    this.vm = vm;
    this.scenario = vm.scenario();
    setId("exercise");
    root.getStyleClass().add("screen");
    root.setTop(toolbar(app));

    map = new MapView(scenario, vm.snapshotProperty(), vm.layerProperty(), vm.selectedActorProperty(),
        vm::selectActor);
    map.inspectZones(vm.selectedZoneProperty(), vm::selectZone);
    VBox mapBox = new VBox(4, map, mapLegend());
    mapBox.setMinSize(0, 0);
    VBox.setVgrow(map, Priority.ALWAYS);

    TrustNetworkView network = new TrustNetworkView(scenario, () -> {
      Snapshot s = vm.snapshotProperty().get();
      return s == null ? TrustNetworkView.priors(scenario) : new double[][][] {s.trust(), s.uncertainty()};
    });
    vm.snapshotProperty().addListener(o -> network.redraw());
    vm.selectedActorProperty().addListener((o, a, b) -> network.setSelected(b));

    VBox charts = new VBox(6);
    charts.setId("charts");
    java.util.function.Supplier<float[][]> hist = () -> {
      Snapshot s = vm.snapshotProperty().get();
      return s == null ? null : s.history();
    };
    int total = scenario.durationHours();
    ChartView trust = new ChartView(I18n.t("chart.trust"), List.of(
        new ChartView.Series(Indicator.TRUST_IN_MISSION, Palette.BLUE),
        new ChartView.Series(Indicator.TRUST_IN_MISSION_COMMUNITY, Palette.ORANGE),
        new ChartView.Series(Indicator.TRUST_DENSITY, Palette.GREEN)), hist, total, 1);
    ChartView shares = new ChartView(I18n.t("chart.shares"), List.of(
        new ChartView.Series(Indicator.WARNING_COVERAGE, Palette.BLUE),
        new ChartView.Series(Indicator.HUMANITARIAN_ACCESS, Palette.GREEN),
        new ChartView.Series(Indicator.INCLUSIVITY, Palette.ORANGE)), hist, total, 1);
    ChartView counts = new ChartView(I18n.t("chart.counts"), List.of(
        new ChartView.Series(Indicator.MESSAGES_DELIVERED, Palette.GREEN),
        new ChartView.Series(Indicator.MESSAGES_LOST, Palette.ORANGE),
        new ChartView.Series(Indicator.CIVILIAN_CASUALTIES, Palette.VERMILLION)), hist, total, 0);
    ChartView score = new ChartView(I18n.t("chart.score"), List.of(
        new ChartView.Series(Indicator.SCORE, Palette.BLACK)), hist, total, 100);
    for (ChartView c : List.of(trust, shares, counts, score)) {
      VBox.setVgrow(c, Priority.ALWAYS);
      vm.snapshotProperty().addListener(o -> c.redraw());
      c.setMarks(() -> vm.log().choices().stream().mapToLong(d -> d.tick()).toArray());
    }
    charts.getChildren().addAll(trust, shares, counts, score);
    ScrollPane chartScroll = new ScrollPane(charts);
    chartScroll.setFitToWidth(true);
    chartScroll.setFitToHeight(true);

    ScrollPane inspectorScroll = new ScrollPane(inspector);
    inspectorScroll.setFitToWidth(true);
    inspector.setId("inspector");
    inspector.getStyleClass().add("detail");
    vm.selectedActorProperty().addListener(o -> showInspector());
    vm.selectedZoneProperty().addListener(o -> showInspector());
    vm.snapshotProperty().addListener(o -> {
      if ((vm.selectedActorProperty().get() != null || vm.selectedZoneProperty().get() != null)
          && !vm.playingProperty().get()) {
        showInspector();
      }
    });
    showInspector();

    ScrollPane budgetScroll = new ScrollPane(new BudgetPanel(vm, this::confirmEnd));
    budgetScroll.setFitToWidth(true);
    Tab budgetTab = new Tab(I18n.t("budget.tab"), budgetScroll);
    budgetTab.setId("budget-tab");
    Tab chartTab = new Tab(I18n.t("exercise.tab.indicators"), chartScroll);
    chartTab.setId("indicators-tab");
    Tab networkTab = new Tab(I18n.t("exercise.tab.network"), network);
    networkTab.setId("network-tab");
    Tab inspectorTab = new Tab(I18n.t("exercise.tab.actor"), inspectorScroll);
    inspectorTab.setId("actor-tab");
    TabPane tabs = new TabPane(chartTab, networkTab, inspectorTab, budgetTab);
    tabs.setId("side-tabs");
    Snapshot first = vm.snapshotProperty().get();
    if (!vm.runsExercise() && first != null && java.util.Arrays.stream(first.indicators()).allMatch(Double::isNaN)) {
      // A role's seat is not given the indicators: no charts of what it cannot know.
      tabs.getTabs().remove(0);
    }
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    javafx.beans.value.ChangeListener<String> inspect = (o, a, b) -> {
      if (b != null) {
        tabs.getSelectionModel().select(inspectorTab);
      }
    };
    vm.selectedActorProperty().addListener(inspect);
    vm.selectedZoneProperty().addListener(inspect);

    VBox inbox = inbox();
    VBox actions = actions();
    ExerciseLayout layout = new ExerciseLayout(mapBox, tabs, inbox, inboxHeading, actions, actionsHeading, capacity);
    layout.compactProperty().addListener((o, a, compact) -> {
      // A narrow column reads a message below the list; a wide band beside it, as a mail program does.
      inboxPanes.setOrientation(compact ? Orientation.VERTICAL : Orientation.HORIZONTAL);
      inboxPanes.setDividerPositions(compact ? 0.5 : 0.45);
      mapKey.setSelected(!compact);
    });
    root.setCenter(layout);

    decisionLayer.setId("decision-layer");
    decisionLayer.setMinSize(0, 0);
    decisionLayer.getStyleClass().add("backdrop");
    decisionLayer.setVisible(false);
    vm.decisionProperty().addListener((o, a, b) -> showDecision(b));
    vm.snapshotProperty().addListener((o, a, b) -> {
      if (dialog != null) {
        dialog.update(b);
      }
    });
    noticeLayer.setId("notice-layer");
    noticeLayer.getStyleClass().add("backdrop");
    noticeLayer.setMinSize(0, 0);
    noticeLayer.setVisible(false);
    StackPane.setMargin(noticeLayer, Insets.EMPTY);
    vm.finishedProperty().addListener((o, a, b) -> announceEnd(app));
    getChildren().addAll(root, decisionLayer, noticeLayer);
    javafx.application.Platform.runLater(() -> announceEnd(app));
    showDecision(vm.decisionProperty().get());
  }

  private javafx.scene.layout.FlowPane toolbar(AppViewModel app) {
    Button back = new Button(I18n.t("exercise.back"));
    back.setId("back-to-library");
    back.setOnAction(e -> {
      if (vm.finishedProperty().get()) {
        app.backToLibrary();
      } else {
        confirmLeave(app);
      }
    });
    Button play = new Button();
    play.setId("play");
    play.textProperty().bind(Bindings.when(vm.playingProperty()).then(I18n.t("exercise.pause")).otherwise(I18n.t("exercise.play")));
    play.setTooltip(new Tooltip(I18n.t("exercise.playTip")));
    play.setOnAction(e -> vm.togglePlay());
    play.disableProperty().bind(vm.finishedProperty());
    Button hour = new Button(I18n.t("exercise.hour"));
    hour.setId("step-hour");
    hour.setTooltip(new Tooltip(I18n.t("exercise.hourTip")));
    hour.setOnAction(e -> vm.stepHour());
    hour.disableProperty().bind(vm.finishedProperty().or(vm.playingProperty()));
    Button day = new Button(I18n.t("exercise.day"));
    day.setId("step-day");
    day.setTooltip(new Tooltip(I18n.t("exercise.dayTip")));
    day.setOnAction(e -> vm.stepDay());
    day.disableProperty().bind(vm.finishedProperty().or(vm.playingProperty()));
    dayFocus = new FocusReturn(day);
    ComboBox<Integer> speed = new ComboBox<>(FXCollections.observableArrayList(0, 1, 2, 3, 4));
    speed.setId("speed");
    speed.setTooltip(new Tooltip(I18n.t("exercise.speedTip")));
    speed.setCellFactory(v -> speedCell());
    speed.setButtonCell(speedCell());
    speed.setValue(vm.speedIndexProperty().get());
    speed.valueProperty().addListener((o, a, b) -> vm.setSpeed(b));
    vm.speedIndexProperty().addListener((o, a, b) -> speed.setValue(b.intValue()));
    Label clock = new Label();
    clock.setId("clock");
    clock.getStyleClass().add("clock");
    clock.textProperty().bind(vm.clockProperty());
    capacity.setId("capacity");
    capacity.getStyleClass().add("muted");
    java.util.function.Consumer<Snapshot> showCapacity = s -> capacity.setText(s == null ? ""
        : I18n.t("toolbar.capacity", Math.max(0, s.budgetLeft()), s.budgetPerDay()));
    vm.snapshotProperty().addListener((o, a, s) -> showCapacity.accept(s));
    showCapacity.accept(vm.snapshotProperty().get());
    capacity.setTooltip(new Tooltip(I18n.t("toolbar.capacityTip")));
    ComboBox<MapRenderer.Layer> layer = new ComboBox<>(FXCollections.observableArrayList(MapRenderer.Layer.values()));
    layer.setId("layer");
    layer.setTooltip(new Tooltip(I18n.t("exercise.layerTip")));
    layer.setValue(vm.layerProperty().get());
    layer.valueProperty().addListener((o, a, b) -> vm.setLayer(b));
    vm.layerProperty().addListener((o, a, b) -> layer.setValue(b));
    Button save = new Button(I18n.t("exercise.save"));
    save.setId("save");
    save.setTooltip(new Tooltip(I18n.t("exercise.saveTip")));
    save.setOnAction(e -> saveDialog());
    Button review = new Button(I18n.t("exercise.review"));
    review.setId("review");
    review.getStyleClass().add("primary");
    review.disableProperty().bind(vm.finishedProperty().not());
    review.setOnAction(e -> app.openReview());
    javafx.scene.layout.FlowPane bar;
    if (vm.runsExercise()) {
      Button note = new Button(I18n.t("note.button"));
      note.setId("note");
      note.setOnAction(e -> noteDialog());
      bar = Bars.wrapping(8, back, play, hour, day, speed, clock, capacity, layer, ProjectorToggle.of(app), save, note,
          review);
    } else {
      // A server's seat: the clock, saves and the review are exercise control's.
      Label seat = new Label();
      seat.setId("seat-status");
      seat.getStyleClass().add("h3");
      seat.textProperty().bind(vm.seatStatusProperty());
      bar = Bars.wrapping(8, clock, seat, capacity, layer, ProjectorToggle.of(app));
    }
    play.setPrefWidth(Region.USE_COMPUTED_SIZE);
    bar.getStyleClass().add("toolbar");
    return bar;
  }

  /** Asks before leaving a running exercise: it stays paused and can be resumed from the library. */
  private void confirmLeave(AppViewModel app) {
    boolean wasPlaying = vm.playingProperty().get();
    vm.pause();
    Label title = new Label(I18n.t("leave.title"));
    title.getStyleClass().add("h2");
    title.setWrapText(true);
    Label text = new Label(I18n.t("leave.text"));
    text.setWrapText(true);
    Button stay = new Button(I18n.t("leave.stay"));
    stay.setId("leave-stay");
    stay.setCancelButton(true);
    Button save = new Button(I18n.t("leave.save"));
    save.setId("leave-save");
    Button leave = new Button(I18n.t("leave.leave"));
    leave.setId("leave-confirm");
    leave.getStyleClass().add("primary");
    stay.setOnAction(e -> {
      closeNotice();
      if (wasPlaying) {
        vm.play();
      }
    });
    save.setOnAction(e -> {
      if (saveDialog()) {
        closeNotice();
        app.backToLibrary();
      }
    });
    leave.setOnAction(e -> {
      closeNotice();
      app.backToLibrary();
    });
    showNotice("leave-dialog", title, text, Bars.wrapping(10, stay, save, leave));
    stay.requestFocus();
  }

  /**
   * Asks before ending a standing arrangement, in the window like every other question: the officer
   * leaves and the line closes. Keeping it is the default answer (focused, and Escape).
   */
  private void confirmEnd(org.liaison.ui.app.Commitment c) {
    String label = ActionCatalogue.label(scenario, c.action());
    String what = ActionCatalogue.typeName(c.action().type()) + ("—".equals(label) ? "" : " — " + label);
    Label title = new Label(I18n.t("budget.endTitle"));
    title.getStyleClass().add("h2");
    title.setWrapText(true);
    Label text = new Label(I18n.t("budget.endConfirm", what, c.perDay()));
    text.setWrapText(true);
    Button keep = new Button(I18n.t("budget.endNo"));
    keep.setId("end-keep");
    keep.setCancelButton(true);
    Button end = new Button(I18n.t("budget.endYes"));
    end.setId("end-confirm");
    end.getStyleClass().add("primary");
    keep.setOnAction(e -> closeNotice());
    end.setOnAction(e -> {
      closeNotice();
      vm.end(c);
    });
    showNotice("end-dialog", title, text, Bars.wrapping(10, keep, end));
    keep.requestFocus();
  }

  /** An observer's note on a participant at the current hour: the exercise pauses while it is written. */
  private void noteDialog() {
    boolean wasPlaying = vm.playingProperty().get();
    vm.pause();
    Label title = new Label(I18n.t("note.title") + " — " + vm.clockProperty().get());
    title.getStyleClass().add("h2");
    title.setWrapText(true);
    ComboBox<String> about = new ComboBox<>(FXCollections.observableArrayList(
        vm.session().participants().values().stream().distinct().sorted().toList()));
    about.setId("note-about");
    about.setEditable(true);
    about.setPromptText(I18n.t("note.about"));
    javafx.scene.control.TextArea text = new javafx.scene.control.TextArea();
    text.setId("note-text");
    text.setPromptText(I18n.t("note.text"));
    text.setWrapText(true);
    text.setPrefRowCount(4);
    Button cancel = new Button(I18n.t("note.cancel"));
    cancel.setId("note-cancel");
    cancel.setCancelButton(true);
    Button save = new Button(I18n.t("note.save"));
    save.setId("note-save");
    save.getStyleClass().add("primary");
    save.disableProperty().bind(text.textProperty().isEmpty().or(about.getEditor().textProperty().isEmpty()));
    Runnable close = () -> {
      closeNotice();
      if (wasPlaying) {
        vm.play();
      }
    };
    cancel.setOnAction(e -> close.run());
    save.setOnAction(e -> {
      if (vm.note(about.getEditor().getText(), text.getText())) {
        close.run();
      }
    });
    showNotice("note-dialog", title, new Label(I18n.t("note.about")), about, new Label(I18n.t("note.text")), text,
        Bars.wrapping(10, cancel, save));
    about.requestFocus();
  }

    /** Tells the trainees the exercise has ended and where to go next; once per exercise. */
  private void announceEnd(AppViewModel app) {
    if (!vm.finishedProperty().get() || !vm.acknowledgeEnd()) {
      return;
    }
    Label title = new Label(I18n.t("end.title"));
    title.getStyleClass().add("h2");
    Snapshot s = vm.snapshotProperty().get();
    Label text = new Label(I18n.t("end.text", vm.scenario().metadata().durationDays(),
        vm.session().result() == null ? 0 : vm.session().result().score()));
    text.setWrapText(true);
    Button close = new Button(I18n.t("end.stay"));
    close.setId("end-stay");
    close.setOnAction(e -> closeNotice());
    Button review = new Button(I18n.t("end.review"));
    review.setId("end-review");
    review.getStyleClass().add("primary");
    review.setDefaultButton(true);
    review.setOnAction(e -> {
      closeNotice();
      app.openReview();
    });
    showNotice("end-dialog", title, text, Bars.wrapping(10, close, review));
    review.requestFocus();
  }

  private void showNotice(String id, javafx.scene.Node... content) {
    VBox card = new VBox(12, content);
    card.setId(id);
    card.getStyleClass().addAll("decision-card", "decision-scroll");
    card.setMaxWidth(560);
    card.setMaxHeight(Region.USE_PREF_SIZE);
    noticeLayer.getChildren().setAll(card);
    noticeLayer.setVisible(true);
    root.setDisable(true);
  }

  private void closeNotice() {
    noticeLayer.getChildren().clear();
    noticeLayer.setVisible(false);
    root.setDisable(vm.decisionProperty().get() != null);
  }

  /** Opens a save dialog and saves the exercise; true if it was saved. */
  public boolean saveDialog() {
    if (!vm.runsExercise()) {
      return false;
    }
    FileChooser chooser = new FileChooser();
    chooser.setInitialFileName(scenario.metadata().id() + "-day" + (vm.snapshotProperty().get() == null ? 1
        : vm.snapshotProperty().get().day()) + ".json");
    File f = chooser.showSaveDialog(getScene().getWindow());
    if (f == null) {
      return false;
    }
    try {
      vm.save(f.toPath());
      return true;
    } catch (IOException ex) {
      org.liaison.ui.Windows.error(getScene().getWindow(), I18n.t("save.failed",
          org.liaison.ui.Problems.say(org.liaison.scenario.read.InputFiles.describe(ex))));
      return false;
    }
  }

  private static ListCell<Integer> speedCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : ExerciseViewModel.speedLabel(item));
      }
    };
  }

  /**
   * The map's key: the shading's scale always, with the "Map key" button that shows the rest (actor
   * kinds in two columns, the incident marks, the channels). The rest is shown in the wide arrangement
   * and folded in the compact one, where the map needs the height more than a key learnt once.
   */
  private VBox mapLegend() {
    Legend legend = new Legend();
    legend.setOrientation(Orientation.VERTICAL);
    legend.setPrefWrapLength(4 * 24);
    Sample ramp = ShadingScale.ramp();
    Label layerName = new Label();
    layerName.setId("layer-legend");
    layerName.getStyleClass().add("h3");
    layerName.textProperty().bind(Bindings.createStringBinding(
        () -> I18n.t("map.layerLegend", vm.layerProperty().get().toString()), vm.layerProperty()));
    Label low = new Label(I18n.t("map.low"));
    Label high = new Label(I18n.t("map.high"));
    Sample grey = ShadingScale.noData();
    Label noData = new Label(I18n.t("map.noData"));
    noData.setWrapText(true);
    noData.setMinWidth(0);
    Label incidents = new Label(I18n.t("map.marks", MapRenderer.INCIDENT_MEMORY_HOURS));
    incidents.setWrapText(true);
    incidents.setMinWidth(0);
    incidents.getStyleClass().add("muted");
    HBox scale = new HBox(4, low, ramp, high);
    scale.setAlignment(Pos.CENTER_LEFT);
    HBox none = new HBox(4, grey, noData);
    none.setAlignment(Pos.CENTER_LEFT);
    mapKey.setId("map-key");
    mapKey.setSelected(true);
    javafx.scene.layout.FlowPane shading = Bars.wrapping(8, layerName, scale, none, mapKey);
    shading.setMinWidth(0);
    shading.setPrefWrapLength(300);
    HBox.setHgrow(shading, Priority.ALWAYS);
    ChannelLegend channels = new ChannelLegend();
    for (javafx.scene.Node n : List.of(legend, incidents, channels)) {
      n.visibleProperty().bind(mapKey.selectedProperty());
      n.managedProperty().bind(mapKey.selectedProperty());
    }
    HBox top = new HBox(12, legend, shading);
    VBox box = new VBox(2, top, incidents, channels);
    box.getStyleClass().add("legend-bar");
    return box;
  }

  private VBox inbox() {
    inboxHeading.getStyleClass().add("h3");
    inboxHeading.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("inbox.title", vm.unreadProperty().get()),
        vm.unreadProperty()));
    ListView<InboxItem> list = new ListView<>(vm.inbox());
    list.setId("inbox");
    Label body = new Label(I18n.t("inbox.select"));
    body.setId("inbox-body");
    body.setWrapText(true);
    body.getStyleClass().add("message-body");
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(InboxItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("unread");
        if (empty || item == null) {
          setText(null);
          return;
        }
        boolean unread = !vm.isRead(item);
        if (unread) {
          getStyleClass().add("unread");
        }
        // What it is first, who sent it after: a row cut short keeps the part that tells messages apart.
        setText((unread ? "● " : "   ") + clockShort(item.tick()) + "  " + item.title()
            + (item.from() == null ? "" : " · " + item.from()));
        setTooltip(new Tooltip(item.title() + (item.from() == null ? "" : "\n" + item.from())));
      }
    });
    // A row is as wide as the list and cuts its title short: the reading pane beside it shows it whole.
    list.setCellFactory(withoutHorizontalScroll(list.getCellFactory()));
    Button reply = new Button(I18n.t("inbox.reply"));
    reply.setId("inbox-reply");
    reply.setTooltip(new javafx.scene.control.Tooltip(I18n.t("inbox.replyTip")));
    reply.setDisable(true);
    reply.setOnAction(e -> vm.reply(list.getSelectionModel().getSelectedItem()));
    vm.finishedProperty().addListener(o -> reply.setDisable(!vm.canReply(list.getSelectionModel().getSelectedItem())));
    list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      reply.setDisable(!vm.canReply(b));
      if (b != null) {
        vm.markRead(b);
        body.setText(I18n.t("inbox.heading", b.title(), b.from(), clockShort(b.tick())) + "\n" + b.body());
        list.refresh();
      }
    });
    ScrollPane bodyScroll = new ScrollPane(body);
    bodyScroll.setId("inbox-reading");
    bodyScroll.setFitToWidth(true);
    bodyScroll.setMinSize(0, 0);
    list.setMinSize(0, 0);
    VBox reading = new VBox(4, bodyScroll, reply);
    VBox.setVgrow(bodyScroll, Priority.ALWAYS);
    reading.setMinWidth(0);
    // The list and the message read side by side, as in a mail program: the band below the map is
    // wide and low, so the list keeps its whole height for rows and the message a readable width.
    // The compact arrangement's column is narrow and tall, and stacks them (see the constructor).
    inboxPanes.getItems().setAll(list, reading);
    inboxPanes.setOrientation(Orientation.HORIZONTAL);
    inboxPanes.setDividerPositions(0.45);
    VBox box = new VBox(4, inboxHeading, inboxPanes);
    VBox.setVgrow(inboxPanes, Priority.ALWAYS);
    box.setPadding(new Insets(6));
    return box;
  }

  /** Cells that take the list's width, not their text's, so a long row is cut short instead of scrolled. */
  private static <T> javafx.util.Callback<ListView<T>, ListCell<T>> withoutHorizontalScroll(
      javafx.util.Callback<ListView<T>, ListCell<T>> cells) {
    return v -> {
      ListCell<T> cell = cells.call(v);
      cell.setPrefWidth(0);
      cell.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
      return cell;
    };
  }

  private static String clockShort(long tick) {
    return I18n.t("clock.short", tick / 24 + 1, String.format(Locale.ROOT, "%02d:00", tick % 24));
  }

  private VBox actions() {
    actionsHeading.getStyleClass().add("h3");
    ComboBox<String> role = new ComboBox<>(FXCollections.observableArrayList(
        scenario.metadata().roles().stream().map(r -> r.id()).toList()));
    role.setId("acting-role");
    role.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(String id) {
        return id == null ? "" : I18n.t("actions.as", new Names(scenario).role(id));
      }

      @Override
      public String fromString(String s) {
        return null;
      }
    });
    role.setValue(vm.actingRoleProperty().get());
    role.valueProperty().addListener((o, a, b) -> vm.setActingRole(b));
    role.setDisable(!vm.runsExercise());
    // Only what the acting role's scenario role may order; ending and replying live with the budget and the inbox.
    ComboBox<ActionType> type = new ComboBox<>(FXCollections.observableArrayList(vm.offeredTypes()));
    type.setId("action-type");
    type.setPromptText(I18n.t("actions.typePrompt"));
    type.setCellFactory(v -> typeCell());
    type.setButtonCell(typeCell());
    ListView<ActionCatalogue.Entry> list = new ListView<>();
    list.setId("action-list");
    list.getStyleClass().add("action-targets");
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(ActionCatalogue.Entry item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("unavailable");
        if (empty || item == null) {
          setText(null);
          return;
        }
        if (!item.available()) {
          getStyleClass().add("unavailable");
        }
        setText(I18n.t(item.type().standing() ? "actions.entryStanding" : "actions.entry", item.label(), item.cost())
            + (item.available() ? "" : I18n.t("actions.entryUnavailable")));
      }
    });
    list.setCellFactory(withoutHorizontalScroll(list.getCellFactory()));
    Label description = new Label();
    description.setId("action-description");
    description.setWrapText(true);
    description.getStyleClass().add("action-description");
    description.managedProperty().bind(description.visibleProperty());
    description.setVisible(false);
    type.valueProperty().addListener((o, a, t) -> {
      description.setVisible(t != null);
      if (t != null) {
        org.liaison.scenario.ActionDescriptions.Description d = org.liaison.scenario.ActionDescriptions.of(t, I18n.locale());
        description.setText(I18n.t("action.description", d.does(), d.needs(), d.effects(), d.risks()));
      }
    });
    Label reason = new Label(I18n.t("actions.chooseType"));
    reason.setId("action-reason");
    reason.setWrapText(true);
    // Why an action can or cannot be taken is read whole; the list of targets gives way to it.
    reason.setMinHeight(Region.USE_PREF_SIZE);
    Button order = new Button(I18n.t("actions.take"));
    order.setId("order");
    order.getStyleClass().add("primary");
    Button members = new Button(I18n.t("forum.choose"));
    members.setId("forum-members");
    members.managedProperty().bind(members.visibleProperty());
    members.visibleProperty().bind(type.valueProperty().isEqualTo(ActionType.HOLD_COORDINATION_FORUM));
    java.util.concurrent.atomic.AtomicReference<ActionCatalogue.Entry> chosenForum = new java.util.concurrent.atomic.AtomicReference<>();
    Runnable refresh = () -> {
      ActionType t = type.getValue();
      ActionCatalogue.Entry keep = list.getSelectionModel().getSelectedItem();
      List<ActionCatalogue.Entry> items = new java.util.ArrayList<>(t == null ? List.of()
          : vm.catalogue().stream().filter(e -> e.type() == t).toList());
      ActionCatalogue.Entry forum = chosenForum.get();
      if (t == ActionType.HOLD_COORDINATION_FORUM && forum != null
          && items.stream().noneMatch(e -> e.key().equals(forum.key()))) {
        items.add(0, forum);
      }
      list.getItems().setAll(items);
      if (keep != null) {
        list.getItems().stream().filter(e -> e.key().equals(keep.key())).findFirst()
            .ifPresent(e -> list.getSelectionModel().select(e));
      }
    };
    Runnable explain = () -> {
      ActionCatalogue.Entry e = list.getSelectionModel().getSelectedItem();
      reason.getStyleClass().remove("error");
      if (e == null) {
        reason.setText(I18n.t(type.getValue() == null ? "actions.chooseType" : "actions.chooseTarget"));
        order.setDisable(true);
        return;
      }
      order.setDisable(!e.available() || vm.finishedProperty().get());
      if (e.available()) {
        reason.setText(I18n.t(e.type().standing() ? "actions.costsStanding" : "actions.costs",
            ActionCatalogue.typeName(e.type()), e.label(), e.cost()));
      } else {
        reason.getStyleClass().add("error");
        reason.setText(I18n.t("actions.unavailable", vm.refusals().say(e.reason())));
      }
    };
    type.valueProperty().addListener(o -> {
      refresh.run();
      explain.run();
    });
    list.getSelectionModel().selectedItemProperty().addListener(o -> explain.run());
    members.setOnAction(e -> chooseMembers(list, chosenForum, refresh));
    vm.snapshotProperty().addListener((o, a, b) -> {
      if (a == null || b == null || a.actions() != b.actions()) {
        List<ActionType> offered = vm.offeredTypes();
        if (!offered.equals(type.getItems())) {
          ActionType was = type.getValue();
          type.getItems().setAll(offered);
          type.setValue(offered.contains(was) ? was : null);
        }
        refresh.run();
        list.refresh();
        explain.run();
      }
    });
    order.setOnAction(e -> {
      ActionCatalogue.Entry entry = list.getSelectionModel().getSelectedItem();
      if (entry != null && vm.order(entry)) {
        // Once ordered, the same entry is usually no longer available (the officer is assigned):
        // that is the order's success, not a reason to show in red.
        list.getSelectionModel().clearSelection();
      }
    });
    order.setDisable(true);
    Label status = new Label();
    status.setId("status");
    status.getStyleClass().add("muted");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    status.setMinHeight(Region.USE_PREF_SIZE);
    javafx.scene.layout.FlowPane row = Bars.wrapping(8, role, type, order);
    ScrollPane descriptionScroll = new ScrollPane(description);
    descriptionScroll.setId("action-description-scroll");
    descriptionScroll.getStyleClass().add("action-description-scroll");
    descriptionScroll.setFitToWidth(true);
    // Its style keeps five lines in sight however short the panel: what an action does, needs, causes
    // and risks is read, not glimpsed, and the targets' list gives way to it. The rest scrolls, also
    // from the keyboard (Tab to it, then the arrows).
    descriptionScroll.setFocusTraversable(true);
    // As tall as the text when there is room: the targets below take what is left.
    descriptionScroll.prefViewportHeightProperty().bind(description.heightProperty());
    descriptionScroll.visibleProperty().bind(description.visibleProperty());
    descriptionScroll.managedProperty().bind(description.visibleProperty());
    VBox box = new VBox(4, actionsHeading, row, descriptionScroll, members, list, reason, status);
    VBox.setVgrow(list, Priority.ALWAYS);
    box.setPadding(new Insets(6));
    box.setId("actions");
    return box;
  }

  /**
   * Lets the trainee pick who is invited to a forum: every actor outside the mission, those the
   * offered forum invites ticked. The chosen forum joins the list, selected, ready to order.
   */
  private void chooseMembers(ListView<ActionCatalogue.Entry> list,
      java.util.concurrent.atomic.AtomicReference<ActionCatalogue.Entry> chosen, Runnable refresh) {
    ActionCatalogue.Entry offered = vm.catalogue().stream().filter(e -> e.type() == ActionType.HOLD_COORDINATION_FORUM)
        .findFirst().orElse(null);
    if (offered == null) {
      return;
    }
    List<String> ticked = chosen.get() != null ? chosen.get().action().members() : offered.action().members();
    Label title = new Label(I18n.t("forum.title"));
    title.getStyleClass().add("h2");
    Label help = new Label(I18n.t("forum.help"));
    help.setWrapText(true);
    VBox boxes = new VBox(4);
    boxes.setId("forum-member-list");
    List<javafx.scene.control.CheckBox> checks = new java.util.ArrayList<>();
    for (Actor a : scenario.actors()) {
      if (a.isMission()) {
        continue;
      }
      javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(new org.liaison.ui.Names(scenario).actor(a.id()));
      box.setUserData(a.id());
      box.setSelected(ticked.contains(a.id()));
      checks.add(box);
      boxes.getChildren().add(box);
    }
    ScrollPane scroll = new ScrollPane(boxes);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(220);
    Button cancel = new Button(I18n.t("forum.cancel"));
    cancel.setId("forum-cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> closeNotice());
    Button ok = new Button(I18n.t("forum.ok"));
    ok.setId("forum-ok");
    ok.getStyleClass().add("primary");
    ok.setOnAction(e -> {
      List<String> picked = checks.stream().filter(javafx.scene.control.CheckBox::isSelected)
          .map(c -> (String) c.getUserData()).toList();
      ActionCatalogue.Entry forum = vm.forumWith(offered, picked);
      chosen.set(forum);
      closeNotice();
      refresh.run();
      list.getItems().stream().filter(x -> x.key().equals(forum.key())).findFirst()
          .ifPresent(x -> list.getSelectionModel().select(x));
    });
    showNotice("forum-dialog", title, help, scroll, Bars.wrapping(10, cancel, ok));
    if (!checks.isEmpty()) {
      checks.get(0).requestFocus();
    }
  }

  private static ListCell<ActionType> typeCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(ActionType item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? I18n.t("actions.typePrompt") : ActionCatalogue.typeName(item));
      }
    };
  }

  private void showInspector() {
    inspector.getChildren().clear();
    String id = vm.selectedActorProperty().get();
    List<Actor> actors = scenario.actors();
    int index = -1;
    for (int i = 0; i < actors.size(); i++) {
      if (actors.get(i).id().equals(id)) {
        index = i;
      }
    }
    if (index < 0 && vm.selectedZoneProperty().get() != null) {
      showZone(vm.selectedZoneProperty().get());
      return;
    }
    if (index < 0) {
      Label hint = new Label(I18n.t("inspector.hint"));
      hint.setWrapText(true);
      hint.getStyleClass().add("muted");
      inspector.getChildren().add(hint);
      return;
    }
    Actor a = actors.get(index);
    Names names = new Names(scenario);
    Snapshot s = vm.snapshotProperty().get();
    Label name = new Label(a.name());
    name.getStyleClass().add("h2");
    name.setId("inspector-name");
    Label kind = new Label(I18n.t(a.isMission() ? "inspector.kindMission" : "inspector.kind", Names.kind(a.kind()),
        names.zone(a.homeZone())));
    kind.getStyleClass().add("muted");
    inspector.getChildren().addAll(name, kind);
    section(I18n.t("inspector.mandate"));
    text((a.mandate().text() == null ? "" : a.mandate().text().replaceAll("\\s+", " ") + " ")
        + I18n.t("inspector.tasks", String.join(", ", a.mandate().tasks().stream().map(Names::task).toList()))
        + (a.mandate().zones().isEmpty() ? I18n.t("inspector.wholeArea") : I18n.t("inspector.zones",
            String.join(", ", a.mandate().zones().stream().map(names::zone).toList()))));
    if (s != null) {
      List<String> flags = new ArrayList<>();
      for (int f = 0; f < Snapshot.FLAGS.length; f++) {
        if (s.actorFlags()[index][f]) {
          flags.add(I18n.t("inspector.flag" + f));
        }
      }
      if (a.kind() == org.liaison.scenario.ActorKind.ARMED_FACTION && !Double.isNaN(s.actorHostility()[index])) {
        flags.add(I18n.t("inspector.hostility", s.actorHostility()[index]));
      }
      if (!flags.isEmpty()) {
        text(I18n.t("inspector.status", String.join(", ", flags)));
      }
    }
    double[][][] tu = s == null ? TrustNetworkView.priors(scenario) : new double[][][] {s.trust(), s.uncertainty()};
    section(I18n.t("inspector.gives"));
    trustLines(tu, index, true);
    section(I18n.t("inspector.receives"));
    trustLines(tu, index, false);
    section(I18n.t("inspector.channels"));
    List<String> channels = new ArrayList<>();
    if (s != null) {
      for (Snapshot.ChannelLine c : s.channels()) {
        if (c.from().equals(a.id()) || c.to().equals(a.id())) {
          String line = c.from().equals(a.id()) ? I18n.t("inspector.channelTo", names.actor(c.to()), Names.medium(c.medium()))
              : I18n.t("inspector.channelFrom", names.actor(c.from()), Names.medium(c.medium()));
          channels.add(c.condition() == ChannelCondition.WORKING ? line
              : I18n.t("inspector.channelCondition", line, I18n.t("channel." + c.condition().name())));
        }
      }
    }
    text(channels.isEmpty() ? I18n.t("inspector.none") : String.join("\n", channels));
    section(I18n.t("inspector.events"));
    List<String> events = new ArrayList<>();
    if (s != null) {
      for (EngineEvent e : s.events()) {
        if (events.size() >= 8) {
          break;
        }
        String line = describe(e, a.id(), names);
        if (line != null) {
          events.add(clockShort(e.tick()) + "  " + line);
        }
      }
    }
    text(events.isEmpty() ? I18n.t("inspector.noneYet") : String.join("\n", events));
  }

  private static String describe(EngineEvent e, String id, Names n) {
    if (e instanceof EngineEvent.AttackExecuted x && x.faction().equals(id)) {
      return I18n.t("inspector.attacked", n.zone(x.zone()), x.casualties());
    } else if (e instanceof EngineEvent.AttackPrepared x && x.faction().equals(id)) {
      return I18n.t("inspector.prepared", n.zone(x.zone()));
    } else if (e instanceof EngineEvent.AidDelivered x && x.actor().equals(id)) {
      return I18n.t("inspector.aid", n.zone(x.zone()));
    } else if (e instanceof EngineEvent.AidBlocked x && x.actor().equals(id)) {
      return I18n.t("inspector.aidBlocked", n.zone(x.zone()), n.eventReason(x.reason()));
    } else if (e instanceof EngineEvent.MessageSent x && x.from().equals(id)) {
      return I18n.t("inspector.sent", I18n.t("message." + x.kind()), n.actor(x.to()));
    } else if (e instanceof EngineEvent.MessageDelivered x && x.to().equals(id)) {
      return I18n.t("inspector.received", I18n.t("message." + x.kind()), n.actor(x.from()));
    } else if (e instanceof EngineEvent.HostilityChanged x && x.actor().equals(id)) {
      return I18n.t("inspector.hostilityNow", x.hostility(), n.eventReason(x.reason()));
    } else if (e instanceof EngineEvent.ActionTaken x && id.equals(x.target())) {
      return I18n.t("inspector.mission", Names.action(ActionType.valueOf(x.action())));
    }
    return null;
  }

  private void trustLines(double[][][] tu, int index, boolean gives) {
    List<Actor> actors = scenario.actors();
    List<String> lines = new ArrayList<>();
    for (int j = 0; j < actors.size(); j++) {
      int from = gives ? index : j;
      int to = gives ? j : index;
      if (j == index || tu[1][from][to] >= 0.999) {
        continue;
      }
      lines.add(I18n.t(gives ? "inspector.trustTo" : "inspector.trustFrom", actors.get(j).name(), tu[0][from][to],
          tu[1][from][to] / 2));
    }
    text(lines.isEmpty() ? I18n.t("inspector.noRelationship") : String.join("\n", lines));
  }

  private void showZone(String id) {
    int z = map.renderer().zoneIndex(id);
    if (z < 0) {
      return;
    }
    Label name = new Label(scenario.map().zones().get(z).name());
    name.getStyleClass().add("h2");
    name.setId("inspector-name");
    Label kind = new Label(I18n.t("inspector.zone"));
    kind.getStyleClass().add("muted");
    inspector.getChildren().addAll(name, kind);
    // The same facts as the map's hover, which names the zone on its first line.
    String facts = map.zoneText(z);
    text(facts.substring(facts.indexOf('\n') + 1));
    List<String> based = scenario.actors().stream().filter(a -> id.equals(a.homeZone())).map(Actor::name).toList();
    section(I18n.t("inspector.basedHere"));
    text(based.isEmpty() ? I18n.t("inspector.nobodyBasedHere") : String.join("\n", based));
  }

  private void section(String title) {
    Label l = new Label(title);
    l.getStyleClass().add("h3");
    inspector.getChildren().add(l);
  }

  private void text(String t) {
    Label l = new Label(t);
    l.setWrapText(true);
    inspector.getChildren().add(l);
  }

  private void showDecision(ExerciseSession.PendingDecision d) {
    if (dialog == null && d != null && getScene() != null) {
      focusBeforeDecision = getScene().getFocusOwner();
    }
    decisionLayer.getChildren().clear();
    decisionLayer.setVisible(d != null);
    // Modal: nothing behind the decision takes focus, keys or clicks while it is open.
    root.setDisable(d != null);
    dialog = null;
    if (d == null) {
      returnFocus();
      return;
    }
    dialog = new DecisionDialog(vm, d);
    dialog.maxHeightProperty().bind(decisionLayer.heightProperty().subtract(32));
    decisionLayer.getChildren().add(dialog);
    dialog.focusDilemma();
  }

  /** Gives the focus back where it was before the decision, so that a keyboard user carries on from there. */
  private void returnFocus() {
    Node before = focusBeforeDecision;
    focusBeforeDecision = null;
    if (dayFocus != null && dayFocus.restore()) {
      return;
    }
    if (before != null && before.getScene() == getScene() && before.isVisible() && !before.isDisabled()) {
      before.requestFocus();
    } else if (root.lookup("#play") instanceof Button play) {
      play.requestFocus();
    }
  }
}
