package org.liaison.ui.network;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.liaison.net.protocol.SeatView;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.Parameters;
import org.liaison.ui.I18n;
import org.liaison.ui.Incidents;
import org.liaison.ui.Names;

/**
 * The control cell's console (and, read only, the observers'): the whole picture and every seat,
 * the clock, the MSEL with fire, delay and cancel, ad-hoc injects, live dispositions and
 * parameters, and observer notes.
 */
final class ControlConsoleView {
  /** Simulated hours per real second: 0 for as fast as possible, or more. */
  private static final FieldCheck.Range SPEED = new FieldCheck.Range(0, Double.POSITIVE_INFINITY, null);
  /** A disposition is a share, as the engine takes it. */
  private static final FieldCheck.Range DISPOSITION = new FieldCheck.Range(0, 1, null);
  /** A parameter's own range is the engine's check, whose refusal the console's status shows. */
  private static final FieldCheck.Range PARAMETER = new FieldCheck.Range(Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY, null);

  private final BorderPane root = new BorderPane();
  private final ScrollPane page = new ScrollPane(root);

  ControlConsoleView(NetworkViewModel vm) {
    var t = vm.text();
    boolean control = vm.isControl();
    root.setPadding(new Insets(10));
    page.setFitToWidth(true);
    page.setFitToHeight(true);

    Label clock = new Label();
    clock.setId("console-clock");
    Button pause = button("console-pause", t.getString("console.pause"), vm::pause);
    Button resume = button("console-resume", t.getString("console.resume"), vm::resume);
    TextField speed = new TextField("1");
    speed.setPrefColumnCount(4);
    Label problem = new Label();
    problem.setId("console-problem");
    problem.getStyleClass().add("error");
    problem.setWrapText(true);
    Label status = new Label();
    status.setId("console-status");
    status.setWrapText(true);
    // A wrapped label in a grid is otherwise squeezed to one line and cut when the column narrows.
    status.setMinHeight(Region.USE_PREF_SIZE);
    problem.setMinHeight(Region.USE_PREF_SIZE);
    status.textProperty().bind(vm.statusProperty());
    Button setSpeed = button("console-speed", t.getString("console.setSpeed"), () -> checked(vm, problem,
        c -> c.number(speed.getText(), "inject.field.speed", SPEED, true, false), vm::speed));
    FlowPane top = row(8, new Label(control ? t.getString("console.title") : t.getString("console.observer")), clock,
        pause, resume, new Label(t.getString("console.speed")), speed, setSpeed);
    top.setPadding(new Insets(0, 0, 8, 0));
    root.setTop(top);

    TableView<SeatView.Seat> seats = new TableView<>();
    seats.setId("console-seats");
    // The columns share the table's width and their cells wrap, so that no name is cut in a narrow window.
    seats.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    TableColumn<SeatView.Seat, String> seatColumn = column(t.getString("console.seat"), SeatView.Seat::title);
    // The seat's title is the longest text of a row: it gets the most of the table's width.
    seatColumn.setPrefWidth(240);
    seats.getColumns().add(seatColumn);
    TableColumn<SeatView.Seat, String> participant = column(t.getString("console.participant"),
        s -> s.participant() == null ? "—" : s.connected() ? s.participant()
            : vm.format("console.disconnected", s.participant()));
    participant.setPrefWidth(100);
    seats.getColumns().add(participant);
    TableColumn<SeatView.Seat, String> mode = column(t.getString("console.mode"),
        s -> s.mode() == null ? "" : t.getString("console.mode." + s.mode().name()));
    mode.setPrefWidth(120);
    seats.getColumns().add(mode);
    Button doctrine = button("console-doctrine", t.getString("console.doctrine"), () -> seatMode(vm, seats, ControlAct.SeatMode.DOCTRINE));
    Button wait = button("console-wait", t.getString("console.wait"), () -> seatMode(vm, seats, ControlAct.SeatMode.WAIT));

    TableView<SeatView.MselEntry> msel = new TableView<>();
    msel.setId("console-msel");
    msel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    TableColumn<SeatView.MselEntry, String> number = column(t.getString("console.number"), e -> String.valueOf(e.number()));
    number.setPrefWidth(45);
    msel.getColumns().add(number);
    TableColumn<SeatView.MselEntry, String> due = column(t.getString("console.due"),
        e -> e.dueAt() == null ? Names.humanise(e.condition()) : String.valueOf(e.dueAt()));
    due.setPrefWidth(90);
    msel.getColumns().add(due);
    Map<String, String> names = new java.util.HashMap<>();
    Map<String, String> roleTitles = new java.util.HashMap<>();
    ConsoleLog logLines = new ConsoleLog(vm, vm.welcomeProperty().get().briefing());
    Incidents incidents = new Incidents(new Names(vm.welcomeProperty().get().briefing()));
    // The sender leads its message in one column: a column of its own left the message a few
    // letters wide in a narrow window.
    TableColumn<SeatView.MselEntry, String> messageColumn = column(t.getString("console.message"),
        e -> vm.format("console.fromSays", names.getOrDefault(e.from(), e.from()), e.message()));
    messageColumn.setPrefWidth(420);
    msel.getColumns().add(messageColumn);
    TableColumn<SeatView.MselEntry, String> state = column(t.getString("console.state"),
        e -> t.getString("console.state." + e.state()));
    msel.getColumns().add(state);
    // The entry the buttons below act on, said whole.
    Label mselEntry = new Label();
    mselEntry.setId("console-msel-entry");
    mselEntry.setWrapText(true);
    mselEntry.setMinHeight(Region.USE_PREF_SIZE);
    // The short columns keep their words whole; the message, read whole below the table, gives way.
    noNarrowerThan(number, mselEntry, java.util.List.of(t.getString("console.number"), "9999"));
    noNarrowerThan(due, mselEntry, java.util.List.of(t.getString("console.due").split(" ")[0], "9999"));
    noNarrowerThan(state, mselEntry, java.util.List.of(t.getString("console.state"), t.getString("console.state.pending"),
        t.getString("console.state.fired"), t.getString("console.state.cancelled")));
    noNarrowerThan(mode, mselEntry, java.util.List.of(t.getString("console.mode.WAIT").split(" ")[0],
        t.getString("console.mode.DOCTRINE").split(" ")[0]));
    rowsFollowTheirText(seats, mselEntry);
    rowsFollowTheirText(msel, mselEntry);
    msel.getSelectionModel().selectedItemProperty().addListener((o, was, e) -> mselEntry.setText(e == null ? ""
        : e.number() + " · " + vm.format("console.fromSays", names.getOrDefault(e.from(), e.from()), e.message())));
    Spinner<Integer> hours = new Spinner<>(1, 24 * 60, 6);
    hours.setEditable(true);
    Button fire = button("console-fire", t.getString("console.fire"), () -> entry(msel, vm::fire));
    Button delay = button("console-delay", t.getString("console.delay"), () -> entry(msel, n -> vm.delay(n, hours.getValue())));
    Button cancel = button("console-cancel", t.getString("console.cancel"), () -> entry(msel, vm::cancel));

    InjectForm injectForm = new InjectForm(vm, vm.welcomeProperty().get().briefing());
    Button send = injectForm.send();
    VBox inject = injectForm.root();

    // The actor by its name, as in the inject form; the server is sent its id.
    ComboBox<InjectForm.Choice> dispActor = new ComboBox<>();
    dispActor.setId("console-disposition-actor");
    vm.welcomeProperty().get().briefing().actors()
        .forEach(a -> dispActor.getItems().add(new InjectForm.Choice(a.id(), a.name())));
    dispActor.setPrefWidth(140);
    // Dispositions and parameters by their names; the server is sent the engine's codes.
    Adjustables adjustables = new Adjustables(t);
    ComboBox<InjectForm.Choice> dispName = new ComboBox<>();
    dispName.setId("console-disposition-name");
    Adjustables.dispositions().forEach(d -> dispName.getItems().add(new InjectForm.Choice(d, adjustables.disposition(d))));
    dispName.getSelectionModel().selectFirst();
    dispName.setPrefWidth(140);
    TextField dispValue = field("console-disposition-value", "");
    // The value in force for the chosen actor, read in the form itself rather than in a prompt that
    // typing hides (and that, beside two choices, had no room for "actuellement 0,35"): what the
    // control cell would change.
    Label dispositionNow = wrapped("console-disposition-now");
    Map<String, Map<String, Double>> dispositionsNow = new java.util.HashMap<>();
    Map<String, Double> hostilityNow = new java.util.HashMap<>();
    Runnable showDisposition = () -> {
      InjectForm.Choice actor = dispActor.getValue();
      InjectForm.Choice chosen = dispName.getValue();
      Map<String, Double> of = actor == null ? null : dispositionsNow.get(actor.id());
      Double now = of == null || chosen == null ? null : of.get(chosen.id());
      Double moving = now == null || !chosen.id().equals("hostility") ? null : hostilityNow.get(actor.id());
      dispositionNow.setText(now == null ? "" : moving == null
          ? vm.format("console.dispositionNow", chosen.name(), actor.name(), now)
          : vm.format("console.hostilityNow", chosen.name(), actor.name(), now, moving));
      dispActor.setAccessibleHelp(dispositionNow.getText());
      dispName.setAccessibleHelp(dispositionNow.getText());
    };
    dispActor.valueProperty().addListener((o, was, a) -> showDisposition.run());
    dispName.valueProperty().addListener((o, was, d) -> showDisposition.run());
    Button applyDisp = button("console-disposition", t.getString("console.apply"), () -> checked(vm, problem,
        c -> {
          c.chosen(true, dispActor.getValue(), "inject.field.actor");
          return c.number(dispValue.getText(), "inject.field.dispositionValue", DISPOSITION, true, false);
        },
        v -> vm.disposition(dispActor.getValue().id(), dispName.getValue().id(), v)));
    ComboBox<InjectForm.Choice> paramName = new ComboBox<>();
    paramName.setId("console-parameter-name");
    paramName.setEditable(false);
    adjustables.parametersByName().forEach(p -> paramName.getItems().add(new InjectForm.Choice(p, adjustables.parameter(p))));
    TextField paramValue = field("console-parameter-value", "");
    // The value in force: the scenario's, then the last one control set that the engine took.
    Map<String, Double> parameterNow = new java.util.HashMap<>();
    Parameters scenarioParameters = vm.welcomeProperty().get().briefing().parameters();
    Adjustables.parameters().forEach(p -> {
      Number n = Adjustables.value(scenarioParameters, p);
      if (n != null) {
        parameterNow.put(p, n.doubleValue());
      }
    });
    // What the chosen parameter does, under its choice: read with the keyboard and by a screen
    // reader as well as with a mouse.
    Label parameterAbout = wrapped("console-parameter-about");
    Runnable showParameter = () -> {
      InjectForm.Choice chosen = paramName.getValue();
      Double now = chosen == null ? null : parameterNow.get(chosen.id());
      paramValue.setPromptText(now == null ? t.getString("console.value") : vm.format("console.current", now));
      String about = chosen == null ? null : adjustables.about(chosen.id());
      parameterAbout.setText(about == null ? "" : about);
      paramName.setAccessibleHelp(about);
    };
    paramName.valueProperty().addListener((o, was, p) -> showParameter.run());
    paramName.getSelectionModel().selectFirst();
    showParameter.run();
    Button applyParam = button("console-parameter", t.getString("console.apply"), () -> checked(vm, problem,
        c -> {
          c.chosen(true, paramName.getValue(), "inject.field.parameter");
          return c.number(paramValue.getText(), "inject.field.parameterValue", PARAMETER, true, false);
        },
        v -> vm.parameter(paramName.getValue().id(), v)));
    TextField about = field("console-note-about", "");
    TextField note = field("console-note-text", "");
    Button addNote = button("console-note", t.getString("console.addNote"), () -> {
      vm.note(about.getText(), note.getText());
      note.clear();
    });
    dispActor.setPromptText(t.getString("inject.field.actor"));
    dispValue.setPromptText(t.getString("console.value"));
    about.setPromptText(t.getString("console.noteAbout"));
    note.setPromptText(t.getString("console.noteText"));
    GridPane live = new GridPane();
    live.setHgap(6);
    live.setVgap(4);
    for (TextField f : new TextField[] {dispValue, paramValue, about, note}) {
      f.setPrefColumnCount(8);
    }
    // The parameter's value and the note take their rows' width: the value's hint, the value in
    // force, reads "actuellement 0,35" in French, wider than a field in the last quarter of a third
    // of the window.
    for (TextField f : new TextField[] {paramValue, about, note}) {
      f.setMaxWidth(Double.MAX_VALUE);
    }
    live.add(heading(t.getString("console.disposition")), 0, 0, 4, 1);
    live.addRow(1, dispActor, dispName, dispValue, applyDisp);
    live.add(dispositionNow, 0, 2, 4, 1);
    live.add(heading(t.getString("console.parameter")), 0, 3, 4, 1);
    // A parameter's name is long: its choice has the row to itself, what it does under it, and its
    // value, as wide as the row less its button, under that.
    paramName.setMaxWidth(Double.MAX_VALUE);
    live.add(paramName, 0, 4, 4, 1);
    live.add(parameterAbout, 0, 5, 4, 1);
    live.add(paramValue, 0, 6, 3, 1);
    live.add(applyParam, 3, 6);
    live.add(heading(t.getString("console.note")), 0, 7, 4, 1);
    // Whom a note is about and the note each take the row's width: beside each other in a third of
    // the window neither showed its hint whole.
    live.add(about, 0, 8, 4, 1);
    live.add(note, 0, 9, 3, 1);
    live.add(addNote, 3, 9);
    live.add(problem, 0, 10, 4, 1);
    live.add(status, 0, 11, 4, 1);

    ListView<String> log = new ListView<>();
    log.setId("console-log");
    ListView<String> picture = new ListView<>();
    picture.setId("console-picture");
    for (ListView<String> list : java.util.List.of(log, picture)) {
      list.setCellFactory(l -> wrappingCell());
    }

    // The live adjustments and the observer's note under the seats, so that the whole inject form
    // has the third column to itself, each field under its name.
    VBox left = new VBox(6, heading(t.getString("console.seats")), seats, row(6, doctrine, wait), picture, live);
    VBox center = new VBox(6, heading(t.getString("console.msel")), msel, mselEntry, row(6, fire, hours, delay, cancel),
        heading(t.getString("console.log")), log);
    VBox right = new VBox(6, heading(t.getString("console.inject")), inject);
    VBox.setVgrow(msel, Priority.ALWAYS);
    VBox.setVgrow(log, Priority.ALWAYS);
    VBox.setVgrow(picture, Priority.ALWAYS);
    // Three equal columns that share any window, the inject and live forms scrolling in theirs; below
    // the console's least size the page scrolls instead of pushing controls out of the window.
    ScrollPane rightScroll = new ScrollPane(right);
    rightScroll.setFitToWidth(true);
    // Sized to the column while its least height fits (the recipients' list gives way), scrolled below it.
    rightScroll.setFitToHeight(true);
    rightScroll.setPrefWidth(0);
    HBox.setHgrow(rightScroll, Priority.ALWAYS);
    HBox columns = new HBox(8, left, center, rightScroll);
    for (VBox c : java.util.List.of(left, center)) {
      c.setPrefWidth(0);
      HBox.setHgrow(c, Priority.ALWAYS);
    }
    root.setCenter(columns);
    if (!control) {
      // An observer may take notes, as the control cell's observers do, but steers nothing.
      for (var n : new javafx.scene.Node[] {pause, resume, setSpeed, doctrine, wait, fire, delay, cancel, send,
          applyDisp, applyParam}) {
        n.setDisable(true);
      }
    }

    vm.viewProperty().addListener((o, was, v) -> {
      if (v == null) {
        return;
      }
      names.putAll(names(v));
      v.actors().stream().filter(a -> a.dispositions() != null).forEach(a -> dispositionsNow.put(a.id(), a.dispositions()));
      v.actors().stream().filter(a -> a.hostility() != null).forEach(a -> hostilityNow.put(a.id(), a.hostility()));
      showDisposition.run();
      clock.setText(vm.format("seat.clock", v.clock().day(), String.format("%02d", v.clock().hour())) + " — "
          + t.getString("seat.status." + v.status().name()));
      if (v.seats() != null) {
        int selected = seats.getSelectionModel().getSelectedIndex();
        seats.getItems().setAll(v.seats());
        seats.getSelectionModel().select(selected);
      }
      if (v.msel() != null) {
        int selected = msel.getSelectionModel().getSelectedIndex();
        msel.getItems().setAll(v.msel());
        msel.getSelectionModel().select(selected);
      }
      if (v.seats() != null) {
        v.seats().forEach(s -> roleTitles.put(s.role(), s.title()));
      }
      log.getItems().setAll(v.log().stream().map(l -> logLines.say(l, roleTitles)).toList());
      v.log().stream().filter(l -> l.taken() && l.control() != null && l.control().type() == ControlAct.Type.PARAMETER)
          .forEach(l -> parameterNow.put(l.control().name(), Adjustables.whole(l.control().name())
              ? (double) Math.round(l.control().value()) : l.control().value()));
      showParameter.run();
      java.util.List<String> lines = new java.util.ArrayList<>();
      v.pending().forEach(p -> lines.add(p.title() + " (" + roleTitles.getOrDefault(p.role(), p.role()) + ")"));
      v.attacks().forEach(a -> lines.add(names.getOrDefault(a.faction(), a.faction()) + " → "
          + names.getOrDefault(a.zone(), a.zone()) + (a.knownToMission() ? "" : " " + t.getString("console.unknownToMission"))));
      v.incidents().forEach(i -> lines.add("h" + i.tick() + " " + Names.incident(i.kind())
          + (i.zone() == null ? "" : " " + names.getOrDefault(i.zone(), i.zone())) + ": " + incidents.detail(i)));
      picture.getItems().setAll(lines);
    });
  }

  private static void seatMode(NetworkViewModel vm, TableView<SeatView.Seat> seats, ControlAct.SeatMode mode) {
    SeatView.Seat s = seats.getSelectionModel().getSelectedItem();
    if (s != null && s.role() != null) {
      vm.seat(s.role(), mode);
    }
  }

  private static void entry(TableView<SeatView.MselEntry> msel, java.util.function.IntConsumer act) {
    SeatView.MselEntry e = msel.getSelectionModel().getSelectedItem();
    if (e != null) {
      act.accept(e.number());
    }
  }

  /**
   * Sends a number field's act if the number is allowed, else names the field and what it takes
   * under the form and sends nothing.
   */
  private static void checked(NetworkViewModel vm, Label problem, java.util.function.Function<FieldCheck, Double> read,
      java.util.function.DoubleConsumer send) {
    FieldCheck check = new FieldCheck(vm);
    Double value = read.apply(check);
    if (check.problem() != null || value == null) {
      problem.setText(check.problem());
      return;
    }
    problem.setText("");
    send.accept(value);
  }

  /** A row of controls that wraps in a narrow column; its buttons keep their whole text. */
  private static FlowPane row(double gap, javafx.scene.Node... nodes) {
    FlowPane row = new FlowPane(gap, gap, nodes);
    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return row;
  }

  private static Button button(String id, String text, Runnable action) {
    Button b = new Button(text);
    b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private static TextField field(String id, String text) {
    TextField f = new TextField(text);
    f.setId(id);
    return f;
  }

  private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    c.setCellFactory(ControlConsoleView::wrappingTableCell);
    return c;
  }

  /**
   * A table's cell whose text wraps to its column's width, its row as tall as the text needs: a
   * cell's own wrapped text would keep the row one line tall and cut it with "…". A screen reader
   * reads the cell's text.
   */
  private static <T> TableCell<T, String> wrappingTableCell(TableColumn<T, String> column) {
    Text text = new Text();
    TableCell<T, String> cell = new TableCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean none = empty || item == null;
        text.setText(none ? "" : item);
        setGraphic(none ? null : text);
        setAccessibleText(none ? null : item);
      }
    };
    cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    // The text takes the cell's font and colour, a selected row's included.
    text.fontProperty().bind(cell.fontProperty());
    text.fillProperty().bind(cell.textFillProperty());
    text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
        () -> Math.max(0, column.getWidth() - cell.getInsets().getLeft() - cell.getInsets().getRight()),
        column.widthProperty(), cell.insetsProperty()));
    return cell;
  }

  /**
   * Sizes a table's rows anew when its columns' widths or the text's size change. A table keeps
   * the heights it measured its rows at while its own width stays the same, so a column narrowed
   * by another's minimum, or a larger text, left a wrapped cell's second line cut off under the
   * next row. One refresh after the change's layout, however many columns moved.
   */
  private static void rowsFollowTheirText(TableView<?> table, Labeled sameFont) {
    boolean[] due = {false};
    javafx.beans.InvalidationListener resize = o -> {
      if (!due[0]) {
        due[0] = true;
        javafx.application.Platform.runLater(() -> {
          due[0] = false;
          table.refresh();
        });
      }
    };
    for (TableColumn<?, ?> column : table.getColumns()) {
      column.widthProperty().addListener(resize);
    }
    sameFont.fontProperty().addListener(resize);
  }

  /**
   * Keeps a column at least as wide as the widest of its words in the console's text size (which
   * {@code sameFont} has), so that a constrained table shares out the rest of its width rather than
   * wrapping a word letter by letter.
   */
  private static void noNarrowerThan(TableColumn<?, ?> column, Labeled sameFont, java.util.List<String> words) {
    Text probe = new Text();
    column.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
      probe.setFont(sameFont.getFont());
      double widest = 0;
      for (String w : words) {
        probe.setText(w);
        widest = Math.max(widest, probe.getLayoutBounds().getWidth());
      }
      // The cell's padding on both sides, and room for the header's sort arrow.
      return Math.ceil(widest + 2 * sameFont.getFont().getSize());
    }, sameFont.fontProperty()));
  }

  /** A label that wraps in its column and is never squeezed to one cut line. */
  private static Label wrapped(String id) {
    Label l = new Label();
    l.setId(id);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  /** A part's title, wrapped rather than cut in a narrow column ("Injection improvisée" at large text). */
  private static Label heading(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  Parent root() {
    return page;
  }

  /** A list's line that wraps to the list's width instead of running off its side. */
  private static javafx.scene.control.ListCell<String> wrappingCell() {
    javafx.scene.control.ListCell<String> cell = new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
      }
    };
    cell.setWrapText(true);
    // Without a width of its own the cell takes its text's, and the list scrolls sideways instead.
    cell.setPrefWidth(0);
    return cell;
  }

  /** Human names of the actors and zones the seat knows, by id. */
  private static java.util.Map<String, String> names(SeatView v) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    v.actors().forEach(a -> names.put(a.id(), a.name()));
    v.zones().forEach(z -> names.put(z.id(), z.name()));
    names.put("control", I18n.t("name.control"));
    return names;
  }
}
