package org.liaison.ui.network;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.liaison.net.protocol.Protocol;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Channel;
import org.liaison.scenario.Effect;
import org.liaison.scenario.EffectKind;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Task;
import org.liaison.ui.Names;

/**
 * The control console's ad-hoc inject: a message from an actor or exercise control to roles and
 * actors, and a scripted event of any kind an MSEL entry may carry, every zone, actor, channel,
 * medium and task chosen by its name. Only the fields the chosen kind of event uses are open.
 * Nothing is sent until every field holds what the event allows (the ranges a scenario file's MSEL
 * entry may give): the first problem is shown under the form, naming the field and what it takes.
 */
final class InjectForm {
  /** One choice of a list: an id sent to the server, shown by its name. */
  record Choice(String id, String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The fields each kind of scripted event reads (see {@link EffectKind}). */
  private enum Field { ZONE, ACTOR, CHANNEL, MEDIUM, AREA, ROAD, TASK, AMOUNT, HOURS }

  private static final Map<EffectKind, Set<Field>> FIELDS = Map.ofEntries(
      Map.entry(EffectKind.CHANGE_NEED, EnumSet.of(Field.ZONE, Field.AMOUNT)),
      Map.entry(EffectKind.CHANGE_HOSTILITY, EnumSet.of(Field.ACTOR, Field.AMOUNT)),
      Map.entry(EffectKind.CHANGE_GRIEVANCE, EnumSet.of(Field.ACTOR, Field.AMOUNT)),
      Map.entry(EffectKind.PREPARE_ATTACK, EnumSet.of(Field.ZONE, Field.ACTOR)),
      Map.entry(EffectKind.CIVILIAN_HARM, EnumSet.of(Field.ZONE, Field.ACTOR, Field.AMOUNT)),
      Map.entry(EffectKind.DISPLACEMENT, EnumSet.of(Field.ZONE, Field.AMOUNT)),
      Map.entry(EffectKind.CHANNEL_DOWN, EnumSet.of(Field.CHANNEL, Field.HOURS)),
      Map.entry(EffectKind.MEDIUM_DOWN, EnumSet.of(Field.MEDIUM, Field.AREA, Field.HOURS)),
      Map.entry(EffectKind.ROAD_CLOSED, EnumSet.of(Field.ZONE, Field.ROAD, Field.AMOUNT, Field.HOURS)),
      Map.entry(EffectKind.RUMOUR, EnumSet.of(Field.ZONE, Field.ACTOR, Field.AMOUNT)),
      Map.entry(EffectKind.REQUEST, EnumSet.of(Field.ACTOR, Field.TASK)));

  /** The fields an event reads but can do without: an outage everywhere, a closure of a zone's roads or one road. */
  private static final Map<EffectKind, Set<Field>> OPTIONAL = Map.of(
      EffectKind.MEDIUM_DOWN, EnumSet.of(Field.AREA),
      EffectKind.ROAD_CLOSED, EnumSet.of(Field.ZONE, Field.ROAD, Field.AMOUNT));

  /** The amounts a scenario file may give each kind of event, as the scenario reader checks them. */
  private static final Map<EffectKind, FieldCheck.Range> AMOUNTS = Map.of(
      EffectKind.CHANGE_NEED, new FieldCheck.Range(-1, 1, null),
      EffectKind.CHANGE_HOSTILITY, new FieldCheck.Range(-1, 1, null),
      EffectKind.CHANGE_GRIEVANCE, new FieldCheck.Range(-1, 1, null),
      EffectKind.DISPLACEMENT, new FieldCheck.Range(0, 100_000_000, "inject.unit.people"),
      EffectKind.CIVILIAN_HARM, new FieldCheck.Range(0, 1_000_000, "inject.unit.casualties"),
      EffectKind.RUMOUR, new FieldCheck.Range(0, 100, "inject.unit.evidence"),
      EffectKind.ROAD_CLOSED, new FieldCheck.Range(0, 1, "inject.unit.speedShare"));
  private static final FieldCheck.Range HOURS = new FieldCheck.Range(1, 24 * 365, "inject.unit.hours");

  /** Between a field's name and the field. */
  private static final double NAME_GAP = 2;
  /** Between one named field and the next: more than within one, so that each name goes with its field. */
  private static final double ROW_GAP = 8;

  /** The rows a list of choices shows whole at least, and those it shows if there is room. */
  private static final int LEAST_ROWS = 3;
  private static final int ROWS = 4;

  private final VBox root = new VBox();
  private final Label problem = new Label();
  private final Button send;

  InjectForm(NetworkViewModel vm, Scenario scenario) {
    ResourceBundle t = vm.text();
    Names names = new Names(scenario);
    List<Choice> actors = scenario.actors().stream().map(a -> new Choice(a.id(), a.name())).toList();
    Set<String> factions = scenario.actors().stream().filter(a -> a.kind() == ActorKind.ARMED_FACTION)
        .map(a -> a.id()).collect(java.util.stream.Collectors.toSet());
    List<Choice> zones = scenario.map().zones().stream().map(z -> new Choice(z.id(), z.name())).toList();
    List<Choice> senders = new ArrayList<>();
    senders.add(new Choice("control", names.actor("control")));
    senders.addAll(actors);
    List<Choice> recipients = new ArrayList<>();
    scenario.metadata().roles().forEach(r -> recipients.add(new Choice(r.id(), r.title())));
    recipients.addAll(actors);

    ComboBox<Choice> from = choices("console-inject-from", senders, false);
    from.setValue(senders.get(0));
    ListView<Choice> to = several("console-inject-to", recipients);
    TextField message = field("console-inject-message");
    ComboBox<EffectKind> effect = new ComboBox<>();
    effect.setId("console-effect");
    effect.getItems().add(null);
    effect.getItems().addAll(EffectKind.values());
    effect.setConverter(converter(k -> k == null ? t.getString("console.effectNone") : Names.effect(k)));
    ComboBox<Choice> zone = choices("console-effect-zone", zones, true);
    ComboBox<Choice> actor = choices("console-effect-actor", actors, true);
    ComboBox<Choice> channel = choices("console-effect-channel", scenario.channels().stream()
        .map(c -> new Choice(c.id(), channelName(c, scenario, names))).toList(), true);
    ComboBox<Medium> medium = new ComboBox<>();
    medium.setId("console-effect-medium");
    medium.getItems().addAll(Medium.values());
    medium.setConverter(converter(m -> m == null ? "" : Names.medium(m)));
    ListView<Choice> area = several("console-effect-zones", zones);
    ComboBox<Choice> roadFrom = choices("console-effect-road-from", zones, true);
    ComboBox<Choice> roadTo = choices("console-effect-road-to", zones, true);
    ComboBox<Task> task = new ComboBox<>();
    task.setId("console-effect-task");
    task.getItems().addAll(Task.values());
    task.setConverter(converter(k -> k == null ? "" : Names.task(k)));
    TextField amount = field("console-effect-amount");
    TextField hours = field("console-effect-hours");

    Map<Field, List<Node>> controls = Map.of(Field.ZONE, List.of(zone), Field.ACTOR, List.of(actor),
        Field.CHANNEL, List.of(channel), Field.MEDIUM, List.of(medium), Field.AREA, List.of(area),
        Field.ROAD, List.of(roadFrom, roadTo), Field.TASK, List.of(task), Field.AMOUNT, List.of(amount),
        Field.HOURS, List.of(hours));
    Runnable open = () -> {
      Set<Field> used = effect.getValue() == null ? Set.of() : FIELDS.get(effect.getValue());
      controls.forEach((f, nodes) -> nodes.forEach(n -> n.setDisable(!used.contains(f))));
    };
    effect.valueProperty().addListener((o, was, k) -> open.run());
    open.run();

    problem.setId("console-inject-problem");
    problem.getStyleClass().add("error");
    problem.setWrapText(true);
    send = new Button(t.getString("console.send"));
    send.setId("console-send");
    send.setOnAction(e -> {
      EffectKind kind = effect.getValue();
      Set<Field> used = kind == null ? Set.of() : FIELDS.get(kind);
      FieldCheck check = new FieldCheck(vm);
      String text = message.getText() == null ? "" : message.getText().strip();
      if (kind == null && text.isEmpty()) {
        check.fail(t.getString("inject.problem.empty"));
      }
      if (!text.isEmpty() && ids(to).isEmpty()) {
        check.fail(vm.format("inject.problem.noRecipients", t.getString("inject.field.to")));
      }
      if (text.length() > Protocol.MAX_TEXT_CHARS) {
        check.fail(vm.format("inject.problem.tooLong", t.getString("inject.field.message"),
            String.valueOf(text.length()), String.valueOf(Protocol.MAX_TEXT_CHARS)));
      }
      if (kind != null) {
        Set<Field> needed = required(kind);
        check.chosen(needed.contains(Field.ZONE), zone.getValue(), "inject.field.zone");
        check.chosen(needed.contains(Field.ACTOR), actor.getValue(), "inject.field.actor");
        check.chosen(needed.contains(Field.CHANNEL), channel.getValue(), "inject.field.channel");
        check.chosen(needed.contains(Field.MEDIUM), medium.getValue(), "inject.field.medium");
        check.chosen(needed.contains(Field.TASK), task.getValue(), "inject.field.task");
        if (kind == EffectKind.PREPARE_ATTACK && actor.getValue() != null && !factions.contains(actor.getValue().id())) {
          check.fail(vm.format("inject.problem.faction", t.getString("inject.field.actor"), actor.getValue().name()));
        }
        if (kind == EffectKind.ROAD_CLOSED) {
          boolean road = roadFrom.getValue() != null || roadTo.getValue() != null;
          if (road && (roadFrom.getValue() == null || roadTo.getValue() == null
              || roadFrom.getValue().equals(roadTo.getValue()))) {
            check.fail(vm.format("inject.problem.roadEnds", t.getString("inject.field.road")));
          } else if (road == (zone.getValue() != null)) {
            check.fail(vm.format("inject.problem.zoneOrRoad", t.getString("inject.field.zone"),
                t.getString("inject.field.road")));
          }
        }
      }
      Double quantity = used.contains(Field.AMOUNT) ? check.number(amount.getText(), "inject.field.amount",
          AMOUNTS.get(kind), required(kind).contains(Field.AMOUNT), false) : null;
      Double duration = used.contains(Field.HOURS) ? check.number(hours.getText(), "inject.field.hours",
          HOURS, required(kind).contains(Field.HOURS), true) : null;
      if (check.problem() != null) {
        problem.setText(check.problem());
        return;
      }
      problem.setText("");
      Effect scripted = kind == null ? null : new Effect(kind,
          used.contains(Field.ZONE) ? id(zone) : null, used.contains(Field.ACTOR) ? id(actor) : null,
          used.contains(Field.CHANNEL) ? id(channel) : null, used.contains(Field.TASK) ? task.getValue() : null,
          quantity, duration == null ? null : (int) Math.round(duration),
          used.contains(Field.MEDIUM) ? medium.getValue() : null,
          used.contains(Field.AREA) ? ids(area) : null,
          used.contains(Field.ROAD) && id(roadFrom) != null && id(roadTo) != null ? List.of(id(roadFrom), id(roadTo)) : null);
      vm.inject(id(from), ids(to), text, scripted);
    });

    root.setId("console-inject-form");
    root.setSpacing(ROW_GAP);
    row(t.getString("console.injectFrom"), from);
    row(t.getString("console.injectTo"), to);
    row(t.getString("console.injectMessage"), message);
    row(t.getString("console.effect"), effect);
    row(t.getString("console.effectZone"), zone);
    row(t.getString("console.effectActor"), actor);
    row(t.getString("console.effectChannel"), channel);
    row(t.getString("console.effectMedium"), medium);
    row(t.getString("console.effectArea"), area);
    HBox road = new HBox(NAME_GAP * 2, roadFrom, roadTo);
    for (ComboBox<Choice> end : List.of(roadFrom, roadTo)) {
      end.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(end, Priority.ALWAYS);
    }
    row(t.getString("console.effectRoad"), road, roadFrom);
    row(t.getString("console.effectTask"), task);
    row(t.getString("console.effectAmount"), amount);
    row(t.getString("console.effectHours"), hours);
    send.setMinWidth(Region.USE_PREF_SIZE);
    root.getChildren().addAll(send, problem);
  }

  /**
   * A field under its name, the name as wide as the form: in a console column of any width and at
   * any text size a long name wraps above its own field and pushes the next row down, never onto it.
   */
  private void row(String name, Control field) {
    row(name, field, field);
  }

  private void row(String name, Node field, Control named) {
    Label label = new Label(name);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.setLabelFor(named);
    if (field instanceof Region r) {
      r.setMaxWidth(Double.MAX_VALUE);
    }
    if (field instanceof ListView<?> list) {
      // In the text's size, which its name has: a list left free to shrink gave way to the other
      // fields until it showed no row whole and drew its rows over the next field.
      list.minHeightProperty().bind(Bindings.createDoubleBinding(() -> height(label, LEAST_ROWS), label.fontProperty()));
      list.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> height(label, ROWS), label.fontProperty()));
    }
    root.getChildren().add(new VBox(NAME_GAP, label, field));
  }

  /**
   * A list's height for so many rows: a row is its line and its padding, about 1.75 times the text
   * size; a long name in a narrow column adds a scroll bar under them, the list a border around.
   */
  private static double height(Label sameFont, int rows) {
    double size = sameFont.getFont().getSize();
    return Math.ceil(size * (rows * 1.75 + 1.2) + 2);
  }

  VBox root() {
    return root;
  }

  /** The button that sends the inject; an observer's console disables it. */
  Button send() {
    return send;
  }

  /** A channel by its two ends and its medium: "IMM ↔ Western Sector Forces (radio)". */
  private static String channelName(Channel c, Scenario scenario, Names names) {
    return end(c.from(), scenario, names) + " ↔ " + end(c.to(), scenario, names) + " (" + Names.medium(c.medium()) + ")";
  }

  private static String end(String id, Scenario scenario, Names names) {
    return scenario.hubs().stream().filter(h -> h.id().equals(id)).map(h -> h.name()).findFirst()
        .orElseGet(() -> names.actor(id));
  }

  private static ComboBox<Choice> choices(String id, List<Choice> items, boolean optional) {
    ComboBox<Choice> box = new ComboBox<>();
    box.setId(id);
    if (optional) {
      box.getItems().add(null);
    }
    box.getItems().addAll(items);
    box.setConverter(converter(c -> c == null ? "" : c.name()));
    return box;
  }

  private static ListView<Choice> several(String id, List<Choice> items) {
    ListView<Choice> list = new ListView<>();
    list.setId(id);
    list.getItems().setAll(items);
    list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    return list;
  }

  private static TextField field(String id) {
    TextField f = new TextField();
    f.setId(id);
    return f;
  }

  private static <T> StringConverter<T> converter(Function<T, String> name) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return name.apply(value);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }

  private static String id(ComboBox<Choice> box) {
    return box.getValue() == null ? null : box.getValue().id();
  }

  private static List<String> ids(ListView<Choice> list) {
    return list.getSelectionModel().getSelectedItems().stream().map(Choice::id).toList();
  }

  /** The fields an event cannot do without: those it reads, less its optional ones. */
  private static Set<Field> required(EffectKind kind) {
    Set<Field> required = EnumSet.copyOf(FIELDS.get(kind));
    required.removeAll(OPTIONAL.getOrDefault(kind, Set.of()));
    return required;
  }
}
