package org.liaison.ui.network;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.liaison.exercise.AvailableAction;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.net.protocol.SeatView;
import org.liaison.scenario.CoordinationAction;
import org.liaison.ui.Names;

/**
 * A trainee's seat at a networked exercise: the clock, the role's inbox, its decisions waiting
 * (and others' it must wait for), what it can do now, and what it did. It shows only what the
 * server sent, which is what the role may see.
 */
final class SeatScreen {
  private final VBox root = new VBox(8);

  /** One decision option in the list: the point and option it chooses. */
  private record Choice(String point, String option, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  /** One concrete action in the list. */
  private record Offer(CoordinationAction action, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  SeatScreen(NetworkViewModel vm) {
    var t = vm.text();
    root.setPadding(new Insets(12));
    Label clock = new Label();
    clock.setId("seat-clock");
    Label budget = new Label();
    ListView<String> inbox = new ListView<>();
    inbox.setId("seat-inbox");
    ListView<Choice> pending = new ListView<>();
    pending.setId("seat-pending");
    ListView<String> waiting = new ListView<>();
    ListView<Offer> actions = new ListView<>();
    actions.setId("seat-actions");
    ListView<String> log = new ListView<>();
    Button choose = new Button(t.getString("seat.choose"));
    choose.setOnAction(e -> {
      Choice c = pending.getSelectionModel().getSelectedItem();
      if (c != null) {
        vm.choose(c.point(), c.option());
      }
    });
    Button take = new Button(t.getString("seat.take"));
    take.setId("seat-take");
    take.setOnAction(e -> {
      Offer o = actions.getSelectionModel().getSelectedItem();
      if (o != null) {
        vm.take(o.action());
      }
    });
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(6);
    grid.add(column(t.getString("seat.inbox"), inbox), 0, 0);
    grid.add(column(t.getString("seat.pending"), pending, choose), 1, 0);
    grid.add(column(t.getString("seat.waiting"), waiting), 2, 0);
    grid.add(column(t.getString("seat.actions"), actions, take), 0, 1);
    grid.add(column(t.getString("seat.log"), log), 1, 1, 2, 1);
    VBox.setVgrow(grid, Priority.ALWAYS);
    root.getChildren().addAll(new HBox(16, clock, budget), grid);
    vm.viewProperty().addListener((o, was, v) -> {
      if (v == null) {
        return;
      }
      clock.setText(vm.format("seat.clock", v.clock().day(), String.format("%02d", v.clock().hour())) + " — "
          + t.getString("seat.status." + v.status().name()));
      budget.setText(v.capacity() == null ? "" : vm.format("seat.budget", String.format("%.1f", v.capacity().left())));
      java.util.Map<String, String> names = names(v);
      inbox.getItems().setAll(v.inbox().stream().map(i -> "[" + names.getOrDefault(i.from(), i.from()) + "] " + i.text())
          .toList());
      pending.getItems().setAll(choices(v.pending()));
      waiting.getItems().setAll(v.waiting().stream().map(w -> w.title() + " (" + w.role() + ")").toList());
      actions.getItems().setAll(offers(v.available(), names));
      log.getItems().setAll(v.log().stream().map(l -> l.what() + (l.taken() ? "" : " — " + l.reason())).toList());
    });
  }

  private static List<Choice> choices(List<ExerciseSnapshot.PendingDecision> pending) {
    return pending.stream().flatMap(p -> p.options().stream()
        .map(o -> new Choice(p.id(), o.id(), p.title() + ": " + o.label()))).toList();
  }

  /** Human names of the actors and zones the seat knows, by id. */
  static java.util.Map<String, String> names(SeatView v) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    v.actors().forEach(a -> names.put(a.id(), a.name()));
    v.zones().forEach(z -> names.put(z.id(), z.name()));
    names.put("control", "exercise control");
    return names;
  }

  private static List<Offer> offers(List<AvailableAction> available, java.util.Map<String, String> names) {
    if (available == null) {
      return List.of();
    }
    return available.stream().filter(AvailableAction::allowed).flatMap(a -> a.candidates().stream()
        .map(c -> new Offer(c, Names.action(a.type()) + describe(c, names) + " (" + a.cost() + " h)"))).toList();
  }

  private static String describe(CoordinationAction c, java.util.Map<String, String> names) {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {names.getOrDefault(c.target(), c.target()), names.getOrDefault(c.zone(), c.zone()), Names.language(c.language()),
        c.medium() == null ? null : Names.medium(c.medium()), c.task() == null ? null : Names.task(c.task())}) {
      if (part != null && !part.isEmpty()) {
        b.append(' ').append(part);
      }
    }
    return b.toString();
  }

  /** An enum constant as words: HIRE_INTERPRETERS as "Hire interpreters". */
  static String readable(String constant) {
    String words = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static VBox column(String title, javafx.scene.Node... content) {
    VBox box = new VBox(4, new Label(title));
    box.getChildren().addAll(content);
    return box;
  }

  Parent root() {
    return root;
  }
}
