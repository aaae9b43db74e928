package org.liaison.scenario.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Channel;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Effect;
import org.liaison.scenario.Evidence;
import org.liaison.scenario.Hub;
import org.liaison.scenario.Inject;
import org.liaison.scenario.InjectType;
import org.liaison.scenario.Objective;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.ScenarioTime;
import org.liaison.scenario.TrustPrior;
import org.liaison.scenario.Unit;
import org.liaison.scenario.Zone;
import org.liaison.scenario.condition.Condition;
import org.liaison.scenario.condition.ConditionSyntaxException;

/**
 * Checks what the structure cannot say: ranges, unique ids, references, geometry, budgets and
 * trigger conditions. Every problem is reported with the line of the field it concerns.
 */
final class ScenarioChecker {
  /*
   * The size limits of the format (scenarios/README.md, "Limits"). Part of a run's work goes
   * over pairs of actors, so its cost grows faster than the actors: 5,000 actors took ten
   * minutes and 1.7 GB per run, which a batch multiplies by thousands. Units are stepped in one
   * pass and stay cheap (docs/performance.md).
   */
  static final int MAX_ZONES = 5_000;
  static final int MAX_ACTORS = 500;
  static final int MAX_POLYGON_POINTS = 1_000;
  static final int MAX_UNITS_PER_ENTRY = 100_000;
  static final int MAX_UNITS_TOTAL = 200_000;
  /** Longest exercise, in days. */
  static final int MAX_DAYS = org.liaison.scenario.Metadata.MAX_DURATION_DAYS;
  static final int MAX_LIST = 20_000;
  static final String CONTROL = "control";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  private final Scenario scenario;
  private final LocatedProblems problems;
  private final Set<String> zoneIds = new TreeSet<>();
  private final Map<String, Actor> actors = new HashMap<>();
  private final Set<String> hubIds = new TreeSet<>();
  private final Set<String> roleIds = new TreeSet<>();
  private final Set<String> objectiveIds = new TreeSet<>();
  private final Set<String> channelIds = new TreeSet<>();
  private final Map<Set<String>, Map.Entry<Integer, Object>> listed = new java.util.IdentityHashMap<>();
  private final Map<String, Object> suggested = new HashMap<>();
  private long suggestionBudget = 200_000;
  private Set<String> actorsAndHubs;

  private ScenarioChecker(String file, LocatedTree tree, Scenario scenario) {
    this.problems = new LocatedProblems(file, tree);
    this.scenario = scenario;
  }

  static List<Problem> check(String file, LocatedTree tree, Scenario scenario) {
    ScenarioChecker checker = new ScenarioChecker(file, tree, scenario);
    checker.checkAll();
    return checker.problems.list();
  }

  private void checkAll() {
    if (scenario.formatVersion() != Scenario.FORMAT_VERSION) {
      report("/formatVersion", ProblemCode.FORMAT_VERSION, scenario.formatVersion(), Scenario.FORMAT_VERSION);
    }
    checkListSizes();
    checkMap();
    checkSeasons();
    checkActors();
    checkHubs();
    checkContactLists();
    checkMetadata();
    checkTrust();
    checkChannels();
    checkMedia();
    checkMsel();
    checkDecisionPoints();
    checkCoordination();
    checkScoring();
    ParameterRanges.check(scenario.parameters(), this::report);
  }

  private void checkListSizes() {
    Map<String, List<?>> lists = new LinkedHashMap<>();
    lists.put("/seasons", scenario.seasons());
    lists.put("/hubs", scenario.hubs());
    lists.put("/trust", scenario.trust());
    lists.put("/channels", scenario.channels());
    lists.put("/msel", scenario.msel());
    lists.put("/decisionPoints", scenario.decisionPoints());
    lists.forEach((pointer, list) -> {
      if (list.size() > MAX_LIST) {
        report(pointer, ProblemCode.TOO_MANY_ENTRIES, list.size(), MAX_LIST);
      }
    });
  }

  private void checkMetadata() {
    var meta = scenario.metadata();
    if (!meta.id().matches("[a-z0-9][a-z0-9-]{0,63}")) {
      report("/metadata/id", ProblemCode.INVALID_SCENARIO_ID, abbreviate(meta.id()));
    }
    range("/metadata/durationDays", meta.durationDays(), 1, MAX_DAYS, unit(ProblemCode.UNIT_DAYS));
    if (meta.startDate() != null) {
      try {
        LocalDate.parse(meta.startDate());
      } catch (DateTimeParseException e) {
        report("/metadata/startDate", ProblemCode.NOT_A_DATE, abbreviate(meta.startDate()));
      }
    }
    if (meta.roles().isEmpty()) {
      report("/metadata/roles", ProblemCode.NO_ROLES);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < meta.roles().size(); i++) {
      Role role = meta.roles().get(i);
      String p = "/metadata/roles/" + i;
      uniqueId(p + "/id", role.id(), seen, ProblemCode.ID_OF_ROLE);
      roleIds.add(role.id());
      if (role.actor() != null) {
        Actor actor = actorRef(p + "/actor", role.actor());
        // Without any mission actor that one problem is reported for the actors; not again for each role.
        if (actor != null && !actor.isMission() && !scenario.missionActors().isEmpty()) {
          report(p + "/actor", ProblemCode.ROLE_ACTOR_NOT_MISSION, abbreviate(role.actor()));
        }
      }
    }
    seen.clear();
    for (int i = 0; i < meta.objectives().size(); i++) {
      Objective objective = meta.objectives().get(i);
      String p = "/metadata/objectives/" + i;
      uniqueId(p + "/id", objective.id(), seen, ProblemCode.ID_OF_OBJECTIVE);
      objectiveIds.add(objective.id());
      for (int e = 0; e < objective.evidence().size(); e++) {
        checkEvidence(p + "/evidence/" + e, objective.evidence().get(e));
      }
    }
  }

  private void checkEvidence(String p, Evidence evidence) {
    if (Indicator.byKey(evidence.indicator()).isEmpty()) {
      report(p + "/indicator", ProblemCode.UNKNOWN_INDICATOR, abbreviate(evidence.indicator()),
          suggest("indicator", evidence.indicator(), java.util.Arrays.stream(Indicator.values()).map(Indicator::key).toList()),
          indicatorKeys());
    }
    if (evidence.atLeast() == null && evidence.atMost() == null) {
      report(p, ProblemCode.NO_BOUND);
    }
    if (evidence.atLeast() != null && evidence.atMost() != null && evidence.atLeast() > evidence.atMost()) {
      report(p + "/atLeast", ProblemCode.BOUNDS_CROSSED, evidence.atLeast(), evidence.atMost());
    }
  }

  private void checkMap() {
    var map = scenario.map();
    range("/map/widthKm", map.widthKm(), 0.1, 10_000, unit(ProblemCode.UNIT_KM));
    range("/map/heightKm", map.heightKm(), 0.1, 10_000, unit(ProblemCode.UNIT_KM));
    if (map.zones().isEmpty()) {
      report("/map/zones", ProblemCode.NO_ZONES);
    }
    if (map.zones().size() > MAX_ZONES) {
      report("/map/zones", ProblemCode.TOO_MANY_ZONES, map.zones().size(), MAX_ZONES);
      map.zones().forEach(zone -> zoneIds.add(zone.id()));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < map.zones().size(); i++) {
      Zone zone = map.zones().get(i);
      String p = "/map/zones/" + i;
      uniqueId(p + "/id", zone.id(), seen, ProblemCode.ID_OF_ZONE);
      zoneIds.add(zone.id());
      range(p + "/population", zone.population(), 0, 100_000_000, unit(ProblemCode.UNIT_PEOPLE));
      range(p + "/vulnerability", zone.vulnerability(), 0, 1);
      range(p + "/need", zone.need(), 0, 1);
      range(p + "/terrain", zone.terrain(), 0.05, 1);
      checkPolygon(p + "/polygon", zone.polygon());
    }
  }

  private void checkPolygon(String p, List<List<Double>> polygon) {
    if (polygon.size() < 3) {
      report(p, ProblemCode.POLYGON_TOO_FEW, polygon.size());
      return;
    }
    if (polygon.size() > MAX_POLYGON_POINTS) {
      report(p, ProblemCode.POLYGON_TOO_MANY, polygon.size(), MAX_POLYGON_POINTS);
      return;
    }
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < polygon.size(); i++) {
      double[] point = point(p + "/" + i, polygon.get(i));
      if (point == null) {
        return;
      }
      points.add(point);
    }
    int[] crossing = Geometry.firstCrossing(points);
    if (crossing != null) {
      report(p, ProblemCode.POLYGON_CROSSING, crossing[0] + 1, crossing[1] + 1);
    } else if (Geometry.area(points) <= 0) {
      report(p, ProblemCode.POLYGON_NO_AREA);
    }
  }

  /** A point as [x, y] inside the map, or null after reporting why not. */
  private double[] point(String p, List<Double> coordinates) {
    if (coordinates.size() != 2) {
      report(p, ProblemCode.POINT_ARITY, coordinates.size());
      return null;
    }
    double x = coordinates.get(0);
    double y = coordinates.get(1);
    double width = scenario.map().widthKm();
    double height = scenario.map().heightKm();
    if (x < 0 || x > width || y < 0 || y > height) {
      report(p, ProblemCode.POINT_OUTSIDE, x, y, width, height);
      return null;
    }
    return new double[] {x, y};
  }

  private void checkActors() {
    List<Actor> list = scenario.actors();
    if (list.isEmpty()) {
      report("/actors", ProblemCode.NO_ACTORS);
      return;
    }
    if (list.size() > MAX_ACTORS) {
      report("/actors", ProblemCode.TOO_MANY_ACTORS, list.size(), MAX_ACTORS);
      // Known by id all the same, so that references to them are not reported as unknown too.
      list.forEach(actor -> actors.putIfAbsent(actor.id(), actor));
      return;
    }
    Set<String> seen = new HashSet<>();
    Set<String> unitIds = new HashSet<>();
    long totalUnits = 0;
    for (int i = 0; i < list.size(); i++) {
      Actor actor = list.get(i);
      String p = "/actors/" + i;
      uniqueId(p + "/id", actor.id(), seen, ProblemCode.ID_OF_ACTOR);
      actors.putIfAbsent(actor.id(), actor);
      zoneRef(p + "/homeZone", actor.homeZone());
      range(p + "/speedKmh", actor.speedKmh(), 0, 200, unit(ProblemCode.UNIT_KMH));
      for (int z = 0; z < actor.mandate().zones().size(); z++) {
        zoneRef(p + "/mandate/zones/" + z, actor.mandate().zones().get(z));
      }
      range(p + "/capacity/personnel", actor.capacity().personnel(), 0, 10_000_000, unit(ProblemCode.UNIT_PEOPLE));
      range(p + "/capacity/deliveriesPerWeek", actor.capacity().deliveriesPerWeek(), 0, 1_000, unit(ProblemCode.UNIT_DELIVERIES));
      if (actor.communication().media().isEmpty()) {
        report(p + "/communication/media", ProblemCode.NO_MEDIA);
      }
      var d = actor.dispositions();
      range(p + "/dispositions/cooperativeness", d.cooperativeness(), 0, 1);
      range(p + "/dispositions/hostility", d.hostility(), 0, 1);
      range(p + "/dispositions/formality", d.formality(), 0, 1);
      range(p + "/dispositions/ihlCompliance", d.ihlCompliance(), 0, 1);
      range(p + "/dispositions/grievance", d.grievance(), 0, 1);
      range(p + "/dispositions/predation", d.predation(), 0, 1);
      if (actor.isMission() && actor.kind() != ActorKind.PEACEKEEPING_UNIT) {
        report(p + "/mission", ProblemCode.NOT_PEACEKEEPING, abbreviate(actor.id()), actor.kind());
      }
      for (int u = 0; u < actor.units().size(); u++) {
        Unit unit = actor.units().get(u);
        String up = p + "/units/" + u;
        uniqueId(up + "/id", unit.id(), unitIds, ProblemCode.ID_OF_UNIT);
        range(up + "/count", unit.count(), 1, MAX_UNITS_PER_ENTRY, unit(ProblemCode.UNIT_UNITS));
        range(up + "/strength", unit.strength(), 1, 100_000, unit(ProblemCode.UNIT_PERSONNEL));
        if (unit.zone() != null) {
          zoneRef(up + "/zone", unit.zone());
        }
        if (unit.position() != null) {
          point(up + "/position", unit.position());
        }
        if (unit.count() >= 1 && unit.count() <= MAX_UNITS_PER_ENTRY) {
          totalUnits += unit.count(); // an entry out of range is reported once, above
        }
      }
    }
    if (totalUnits > MAX_UNITS_TOTAL) {
      report("/actors", ProblemCode.TOO_MANY_UNITS, totalUnits, MAX_UNITS_TOTAL);
    }
    if (scenario.missionActors().isEmpty()) {
      report("/actors", ProblemCode.NO_MISSION_ACTOR);
    }
  }

  /** Names on mandates' contact lists, checked once every actor is known. */
  private void checkContactLists() {
    for (int i = 0; i < scenario.actors().size(); i++) {
      Actor actor = scenario.actors().get(i);
      String p = "/actors/" + i + "/mandate";
      for (int n = 0; n < actor.mandate().noContact().size(); n++) {
        actorRef(p + "/noContact/" + n, actor.mandate().noContact().get(n));
      }
      for (int n = 0; n < actor.mandate().proscribed().size(); n++) {
        actorRef(p + "/proscribed/" + n, actor.mandate().proscribed().get(n));
      }
      if (actor.client() != null) {
        String cp = "/actors/" + i + "/client";
        if (actor.kind() != ActorKind.PRIVATE_SECURITY) {
          report(cp, ProblemCode.CLIENT_NOT_PRIVATE_SECURITY, abbreviate(actor.id()), actor.kind());
        } else if (actor.client().equals(actor.id())) {
          report(cp, ProblemCode.OWN_CLIENT);
        } else {
          actorRef(cp, actor.client());
        }
      }
    }
  }

  private void checkHubs() {
    for (int i = 0; i < scenario.hubs().size(); i++) {
      Hub hub = scenario.hubs().get(i);
      String p = "/hubs/" + i;
      if (!ID.matcher(hub.id()).matches()) {
        report(p + "/id", ProblemCode.INVALID_ID, abbreviate(hub.id()), ProblemText.of(ProblemCode.ID_OF_HUB));
      }
      if (actors.containsKey(hub.id()) || !hubIds.add(hub.id())) {
        report(p + "/id", ProblemCode.ID_TAKEN, abbreviate(hub.id()));
      }
      for (int m = 0; m < hub.members().size(); m++) {
        actorRef(p + "/members/" + m, hub.members().get(m));
      }
    }
  }

  private void checkTrust() {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < scenario.trust().size(); i++) {
      TrustPrior prior = scenario.trust().get(i);
      String p = "/trust/" + i;
      actorRef(p + "/from", prior.from());
      actorRef(p + "/to", prior.to());
      if (prior.from().equals(prior.to())) {
        report(p + "/to", ProblemCode.SELF_TRUST);
      }
      if (!pairs.add(prior.from() + "\u0000" + prior.to())) {
        report(p, ProblemCode.TRUST_TWICE, abbreviate(prior.from()), abbreviate(prior.to()));
      }
      range(p + "/value", prior.value(), 0, 1);
      range(p + "/confidence", prior.confidence(), 0, 100, unit(ProblemCode.UNIT_EVIDENCE));
    }
  }

  private void checkChannels() {
    for (int i = 0; i < scenario.channels().size(); i++) {
      Channel channel = scenario.channels().get(i);
      String p = "/channels/" + i;
      uniqueId(p + "/id", channel.id(), channelIds, ProblemCode.ID_OF_CHANNEL);
      endpointRef(p + "/from", channel.from());
      endpointRef(p + "/to", channel.to());
      if (channel.from().equals(channel.to())) {
        report(p + "/to", ProblemCode.CHANNEL_TO_ITSELF, abbreviate(channel.from()));
      }
      range(p + "/latencyHours", channel.latencyHours(), 0, 720, unit(ProblemCode.UNIT_HOURS));
      range(p + "/reliability", channel.reliability(), 0, 1);
      range(p + "/capacityPerHour", channel.capacityPerHour(), 1, 10_000, unit(ProblemCode.UNIT_MESSAGES_PER_HOUR));
      range(p + "/interception", channel.interception(), 0, 1);
    }
  }

  private void checkMsel() {
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < scenario.msel().size(); i++) {
      Inject inject = scenario.msel().get(i);
      String p = "/msel/" + i;
      if (!numbers.add(inject.number())) {
        report(p + "/number", ProblemCode.EVENT_NUMBER_TWICE, inject.number());
      }
      range(p + "/number", inject.number(), 1, 1_000_000);
      if (inject.type() == InjectType.CONTINGENCY && inject.condition() == null) {
        report(p + "/condition", ProblemCode.CONTINGENCY_WITHOUT_CONDITION);
      }
      checkWhen(p, inject.at(), inject.condition());
      if (!CONTROL.equals(inject.from())) {
        actorRef(p + "/from", inject.from(), CONTROL);
      }
      if (inject.to().isEmpty()) {
        report(p + "/to", ProblemCode.NO_RECIPIENTS);
      }
      for (int t = 0; t < inject.to().size(); t++) {
        String to = inject.to().get(t);
        if (!roleIds.contains(to) && !actors.containsKey(to)) {
          report(p + "/to/" + t, ProblemCode.UNKNOWN_RECIPIENT, abbreviate(to), listOf(roleIds));
        }
      }
      if (inject.objective() != null && !objectiveIds.contains(inject.objective())) {
        report(p + "/objective", ProblemCode.UNKNOWN_OBJECTIVE, abbreviate(inject.objective()), listOf(objectiveIds));
      }
      if (inject.expectedResponse() != null) {
        var r = inject.expectedResponse();
        range(p + "/expectedResponse/withinHours", r.withinHours(), 1, 24 * 365, unit(ProblemCode.UNIT_HOURS));
        range(p + "/expectedResponse/fromHours", r.fromHours(), -24 * 365, r.withinHours(),
            unit(ProblemCode.UNIT_HOURS_AROUND_INJECT));
        if (r.target() != null) {
          actorRef(p + "/expectedResponse/target", r.target());
        }
        if (r.role() != null && !roleIds.contains(r.role())) {
          report(p + "/expectedResponse/role", ProblemCode.UNKNOWN_ROLE, abbreviate(r.role()), listOf(roleIds));
        }
      }
      if (inject.type() == InjectType.EXPECTED_ACTION
          && (inject.expectedResponse() == null || inject.expectedResponse().action() == null)) {
        report(p + "/expectedResponse", ProblemCode.EXPECTED_ACTION_MISSING, names(ActionType.values()));
      }
      for (int e = 0; e < inject.effects().size(); e++) {
        checkEffect(p + "/effects/" + e, inject.effects().get(e));
      }
    }
  }

  private void checkEffect(String p, Effect effect) {
    switch (effect.kind()) {
      case CHANGE_NEED -> {
        requireZone(p, effect.zone());
        requireAmount(p, effect.amount());
        range(p + "/amount", effect.amount(), -1, 1);
      }
      case DISPLACEMENT -> {
        requireZone(p, effect.zone());
        requireAmount(p, effect.amount());
        range(p + "/amount", effect.amount(), 0, 100_000_000, unit(ProblemCode.UNIT_PEOPLE));
      }
      case CHANGE_HOSTILITY, CHANGE_GRIEVANCE -> {
        requireActor(p, effect.actor());
        requireAmount(p, effect.amount());
        range(p + "/amount", effect.amount(), -1, 1);
      }
      case PREPARE_ATTACK -> {
        Actor actor = requireActor(p, effect.actor());
        requireZone(p, effect.zone());
        if (actor != null && actor.kind() != ActorKind.ARMED_FACTION) {
          report(p + "/actor", ProblemCode.NOT_ARMED_FACTION, abbreviate(actor.id()), actor.kind());
        }
      }
      case CIVILIAN_HARM -> {
        requireActor(p, effect.actor());
        requireZone(p, effect.zone());
        requireAmount(p, effect.amount());
        range(p + "/amount", effect.amount(), 0, 1_000_000, unit(ProblemCode.UNIT_CASUALTIES));
      }
      case RUMOUR -> {
        requireActor(p, effect.actor());
        requireZone(p, effect.zone());
        requireAmount(p, effect.amount());
        range(p + "/amount", effect.amount(), 0, 100, unit(ProblemCode.UNIT_EVIDENCE));
      }
      case CHANNEL_DOWN -> {
        if (effect.channel() == null) {
          report(p + "/channel", ProblemCode.NO_CHANNEL_NAMED, effect.kind(), listOf(channelIds));
        } else if (!channelIds.contains(effect.channel())) {
          report(p + "/channel", ProblemCode.UNKNOWN_CHANNEL, abbreviate(effect.channel()), listOf(channelIds));
        }
        if (effect.hours() == null) {
          report(p + "/hours", ProblemCode.NO_HOURS, effect.kind(), 24 * 365);
        } else {
          range(p + "/hours", effect.hours(), 1, 24 * 365, unit(ProblemCode.UNIT_HOURS));
        }
      }
      case MEDIUM_DOWN -> {
        if (effect.medium() == null) {
          report(p + "/medium", ProblemCode.NO_MEDIUM, effect.kind(), names(org.liaison.scenario.Medium.values()));
        }
        if (effect.zone() != null) {
          requireZone(p, effect.zone());
          if (!effect.zones().isEmpty()) {
            report(p + "/zones", ProblemCode.EITHER_NOT_BOTH, "zone", "zones");
          }
        }
        for (int z = 0; z < effect.zones().size(); z++) {
          zoneRef(p + "/zones/" + z, effect.zones().get(z));
        }
        if (effect.hours() == null) {
          report(p + "/hours", ProblemCode.NO_HOURS, effect.kind(), 24 * 365);
        } else {
          range(p + "/hours", effect.hours(), 1, 24 * 365, unit(ProblemCode.UNIT_HOURS));
        }
      }
      case ROAD_CLOSED -> {
        checkClosure(p, effect.zone(), effect.between(), "zone", "between");
        range(p + "/amount", effect.amount(), 0, 1, unit(ProblemCode.NOTE_SPEED_LEFT));
        if (effect.hours() == null) {
          report(p + "/hours", ProblemCode.NO_HOURS, effect.kind(), 24 * 365);
        } else {
          range(p + "/hours", effect.hours(), 1, 24 * 365, unit(ProblemCode.UNIT_HOURS));
        }
      }
      case REQUEST -> {
        requireActor(p, effect.actor());
        if (effect.task() == null) {
          report(p + "/task", ProblemCode.NO_TASK, effect.kind(), names(org.liaison.scenario.Task.values()));
        }
      }
    }
    if (effect.amount() != null && Math.abs(effect.amount()) > 10_000_000) {
      report(p + "/amount", ProblemCode.AMOUNT_OUT_OF_RANGE, effect.amount());
    }
  }

  private void checkDecisionPoints() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < scenario.decisionPoints().size(); i++) {
      DecisionPoint point = scenario.decisionPoints().get(i);
      String p = "/decisionPoints/" + i;
      uniqueId(p + "/id", point.id(), seen, ProblemCode.ID_OF_DECISION_POINT);
      checkWhen(p, point.at(), point.condition());
      if (!roleIds.contains(point.role())) {
        report(p + "/role", ProblemCode.UNKNOWN_ROLE, abbreviate(point.role()), listOf(roleIds));
      }
      if (point.options().size() < 2) {
        report(p + "/options", ProblemCode.TOO_FEW_OPTIONS, point.options().size());
      }
      Set<String> optionIds = new HashSet<>();
      for (int o = 0; o < point.options().size(); o++) {
        checkOption(p + "/options/" + o, point.options().get(o), optionIds);
      }
      if (!optionIds.contains(point.defaultOption())) {
        report(p + "/default", ProblemCode.UNKNOWN_OPTION, abbreviate(point.defaultOption()), sortedList(optionIds));
      }
    }
  }

  private void checkOption(String p, DecisionOption option, Set<String> optionIds) {
    uniqueId(p + "/id", option.id(), optionIds, ProblemCode.ID_OF_OPTION);
    double cost = 0;
    for (int a = 0; a < option.actions().size(); a++) {
      CoordinationAction action = option.actions().get(a);
      checkAction(p + "/actions/" + a, action);
      cost += scenario.coordination().costOf(action.type());
    }
    double budget = scenario.coordination().staffHoursPerDay();
    if (cost > budget) {
      report(p + "/actions", ProblemCode.OPTION_OVER_BUDGET, abbreviate(option.id()), format(cost), format(budget));
    }
  }

  private void checkAction(String p, CoordinationAction action) {
    Set<ActionType.Argument> required = action.type().required();
    if (action.target() != null) {
      actorRef(p + "/target", action.target());
    } else if (required.contains(ActionType.Argument.TARGET)) {
      report(p + "/target", ProblemCode.NO_TARGET, action.type(), listOf(actors.keySet()));
    }
    if (action.via() != null) {
      actorRef(p + "/via", action.via());
    }
    if (action.zone() != null) {
      zoneRef(p + "/zone", action.zone());
    } else if (required.contains(ActionType.Argument.ZONE)) {
      report(p + "/zone", ProblemCode.NO_ZONE, action.type(), listOf(zoneIds));
    }
    for (int m = 0; m < action.members().size(); m++) {
      actorRef(p + "/members/" + m, action.members().get(m));
    }
    if (required.contains(ActionType.Argument.MEMBERS) && action.members().isEmpty()) {
      report(p + "/members", ProblemCode.NO_MEMBERS, action.type());
    }
    if (required.contains(ActionType.Argument.MEDIUM) && action.medium() == null) {
      report(p + "/medium", ProblemCode.NO_MEDIUM, action.type(), names(org.liaison.scenario.Medium.values()));
    }
    if (required.contains(ActionType.Argument.LANGUAGE) && (action.language() == null || action.language().isBlank())) {
      report(p + "/language", ProblemCode.NO_LANGUAGE, action.type());
    }
    if (required.contains(ActionType.Argument.TASK) && action.task() == null) {
      report(p + "/task", ProblemCode.NO_TASK, action.type(), names(org.liaison.scenario.Task.values()));
    }
    if (required.contains(ActionType.Argument.ENDS) && (action.ends() == null || !action.ends().standing())) {
      report(p + "/ends", ProblemCode.NO_ARRANGEMENT_ENDED, action.type(),
          names(Arrays.stream(ActionType.values()).filter(ActionType::standing).toArray(ActionType[]::new)));
    }
    if (action.units() != null) {
      range(p + "/units", action.units(), 1, 1_000, unit(ProblemCode.UNIT_UNITS));
    }
  }

  private void checkCoordination() {
    range("/coordination/staffHoursPerDay", scenario.coordination().staffHoursPerDay(), 0, 10_000, unit(ProblemCode.UNIT_STAFF_HOURS));
    scenario.coordination().actionCosts().forEach((type, cost) ->
        range("/coordination/actionCosts/" + type.name(), cost, 0, 1_000, unit(ProblemCode.UNIT_STAFF_HOURS)));
  }

  private void checkScoring() {
    var w = scenario.scoring().weights();
    double total = 0;
    for (var e : w.byKey().entrySet()) {
      range("/scoring/weights/" + e.getKey(), e.getValue(), 0, 1_000);
      total += e.getValue();
    }
    if (total <= 0) {
      report("/scoring/weights", ProblemCode.ALL_WEIGHTS_ZERO);
    }
    var s = scenario.scoring().scales();
    positive("/scoring/scales/civilianCasualties", s.civilianCasualties());
    positive("/scoring/scales/peopleDisplaced", s.peopleDisplaced());
    positive("/scoring/scales/missionIncidents", s.missionIncidents());
    positive("/scoring/scales/breaches", s.breaches());
  }

  private void positive(String p, Double value) {
    if (value != null && !(value > 0 && value <= 1e9)) {
      report(p, ProblemCode.SCALE_OUT_OF_RANGE, value);
    }
  }

  /** The area's media: each value in range, and travel and range only where the medium has them. */
  private void checkMedia() {
    scenario.media().forEach((medium, q) -> {
      String p = "/media/" + medium.name();
      range(p + "/latencyHours", q.latencyHours(), 0, 720, unit(ProblemCode.UNIT_HOURS));
      range(p + "/reliability", q.reliability(), 0, 1);
      range(p + "/interception", q.interception(), 0, 1);
      range(p + "/rangeKm", q.rangeKm(), 0, 10_000, unit(ProblemCode.UNIT_KM));
      range(p + "/speedKmh", q.speedKmh(), 0.1, 200, unit(ProblemCode.UNIT_KMH));
      if (q.rangeKm() != null && medium != org.liaison.scenario.Medium.RADIO) {
        report(p + "/rangeKm", ProblemCode.ONLY_RADIO_RANGE, medium.name());
      }
      boolean travels = medium == org.liaison.scenario.Medium.COURIER || medium == org.liaison.scenario.Medium.FACE_TO_FACE;
      if (q.speedKmh() != null && !travels) {
        report(p + "/speedKmh", ProblemCode.ONLY_TRAVEL_SPEED, medium.name());
      }
    });
  }

  /** Seasons: a time span within the exercise, a terrain factor, zones and roads that exist. */
  private void checkSeasons() {
    Set<String> seen = new HashSet<>();
    int days = scenario.metadata().durationDays();
    int lastDay = days >= 1 && days <= MAX_DAYS ? days : MAX_DAYS;
    for (int i = 0; i < scenario.seasons().size(); i++) {
      org.liaison.scenario.Season season = scenario.seasons().get(i);
      String p = "/seasons/" + i;
      uniqueId(p + "/id", season.id(), seen, ProblemCode.ID_OF_SEASON);
      range(p + "/from/day", season.from().day(), 1, lastDay, ProblemText.of(ProblemCode.NOTE_EXERCISE_LASTS, lastDay));
      range(p + "/from/hour", season.from().hour(), 0, 23);
      if (season.to() != null) {
        range(p + "/to/day", season.to().day(), 1, lastDay + 1, unit(ProblemCode.NOTE_DAY_AFTER_LAST));
        range(p + "/to/hour", season.to().hour(), 0, 23);
        if (season.to().tick() <= season.from().tick()) {
          report(p + "/to", ProblemCode.SEASON_ENDS_BEFORE, season.to().day(), season.to().hour());
        }
      }
      range(p + "/terrain", season.terrain(), 0.05, 1, unit(ProblemCode.NOTE_TERRAIN_FACTOR));
      for (int z = 0; z < season.zones().size(); z++) {
        zoneRef(p + "/zones/" + z, season.zones().get(z));
      }
      for (int c = 0; c < season.closures().size(); c++) {
        var closure = season.closures().get(c);
        checkClosure(p + "/closures/" + c, closure.zone(), closure.between(), "zone", "between");
        range(p + "/closures/" + c + "/speedFactor", closure.speedFactor(), 0, 1, unit(ProblemCode.NOTE_CLOSED_OPEN));
      }
    }
  }

  /** A road closure names either one zone or two different zones whose link it cuts. */
  private void checkClosure(String p, String zone, List<String> between, String zoneKey, String betweenKey) {
    if ((zone == null) == between.isEmpty()) {
      if (zone == null) {
        report(p, ProblemCode.CLOSURE_WITHOUT_ZONE, betweenKey, listOf(zoneIds));
      } else {
        report(p, ProblemCode.EITHER_NOT_BOTH, zoneKey, betweenKey);
      }
      return;
    }
    if (zone != null) {
      zoneRef(p + "/" + zoneKey, zone);
      return;
    }
    if (between.size() != 2 || between.get(0).equals(between.get(1))) {
      report(p + "/" + betweenKey, ProblemCode.CLOSURE_TWO_ZONES, betweenKey);
      return;
    }
    for (int z = 0; z < 2; z++) {
      zoneRef(p + "/" + betweenKey + "/" + z, between.get(z));
    }
  }

  private void checkWhen(String p, ScenarioTime at, String condition) {
    if (at == null && condition == null) {
      report(p, ProblemCode.NO_WHEN);
    }
    if (at != null) {
      int days = scenario.metadata().durationDays();
      // A duration that is itself out of range is reported once; days are then held to the longest allowed.
      if (days >= 1 && days <= MAX_DAYS) {
        range(p + "/at/day", at.day(), 1, days, ProblemText.of(ProblemCode.NOTE_EXERCISE_LASTS, days));
      } else {
        range(p + "/at/day", at.day(), 1, MAX_DAYS, unit(ProblemCode.NOTE_LONGEST_EXERCISE));
      }
      range(p + "/at/hour", at.hour(), 0, 23);
    }
    if (condition != null) {
      checkCondition(p + "/condition", condition);
    }
  }

  private void checkCondition(String p, String text) {
    try {
      Condition condition = Condition.parse(text);
      for (String name : condition.names()) {
        if (!name.equals("day") && !name.equals("hour") && Indicator.byKey(name).isEmpty()) {
          report(p, ProblemCode.UNKNOWN_CONDITION_NAME, abbreviate(name), indicatorKeys());
        }
      }
    } catch (ConditionSyntaxException e) {
      report(p, ProblemCode.CONDITION_SYNTAX, ProblemText.of(ProblemCode.of(e.reason()), e.args().toArray()));
    }
  }

  private Actor requireActor(String p, String id) {
    if (id == null) {
      report(p + "/actor", ProblemCode.EFFECT_WITHOUT_ACTOR, listOf(actors.keySet()));
      return null;
    }
    return actorRef(p + "/actor", id);
  }

  private void requireZone(String p, String id) {
    if (id == null) {
      report(p + "/zone", ProblemCode.EFFECT_WITHOUT_ZONE, listOf(zoneIds));
    } else {
      zoneRef(p + "/zone", id);
    }
  }

  private void requireAmount(String p, Double amount) {
    if (amount == null) {
      report(p + "/amount", ProblemCode.EFFECT_WITHOUT_AMOUNT);
    }
  }

  private Actor actorRef(String p, String id) {
    return actorRef(p, id, null);
  }

  /** The actor of an id, or null after reporting it unknown; {@code orElse} is another name allowed there, or null. */
  private Actor actorRef(String p, String id, String orElse) {
    Actor actor = actors.get(id);
    if (actor == null && orElse == null) {
      report(p, ProblemCode.UNKNOWN_ACTOR, abbreviate(id), suggest("actor", id, actors.keySet()), listOf(actors.keySet()));
    } else if (actor == null) {
      report(p, ProblemCode.UNKNOWN_ACTOR_OR, abbreviate(id), suggest("actor", id, actors.keySet()),
          listOf(actors.keySet()), orElse);
    }
    return actor;
  }

  private void endpointRef(String p, String id) {
    if (!actors.containsKey(id) && !hubIds.contains(id)) {
      report(p, ProblemCode.UNKNOWN_ENDPOINT, abbreviate(id), suggest("endpoint", id, actorsAndHubs()),
          listOf(actors.keySet()), listOf(hubIds));
    }
  }

  /**
   * A "did you mean" hint, within a budget of comparisons: a hostile file can hold hundreds of
   * thousands of bad references to thousands of names, and hints are for people, who fix the
   * first few. The same name of the same kind is compared once.
   */
  private Object suggest(String kind, String given, java.util.Collection<String> valid) {
    String key = kind + "\u0000" + given;
    Object known = suggested.get(key);
    if (known != null) {
      return known;
    }
    if (suggestionBudget < valid.size()) {
      return "";
    }
    suggestionBudget -= valid.size();
    Object hint = Suggestions.hint(given, valid);
    suggested.put(key, hint);
    return hint;
  }

  /** Actor and hub ids together, gathered once: channels are checked after both are known. */
  private Set<String> actorsAndHubs() {
    if (actorsAndHubs == null) {
      actorsAndHubs = new TreeSet<>(actors.keySet());
      actorsAndHubs.addAll(hubIds);
    }
    return actorsAndHubs;
  }

  private void zoneRef(String p, String id) {
    if (!zoneIds.contains(id)) {
      report(p, ProblemCode.UNKNOWN_ZONE, abbreviate(id), suggest("zone", id, zoneIds), listOf(zoneIds));
    }
  }

  /** Reports an id that is not well formed or is taken; {@code what} is an {@code ID_OF_} code. */
  private void uniqueId(String p, String id, Set<String> seen, ProblemCode what) {
    if (!ID.matcher(id).matches()) {
      report(p, ProblemCode.INVALID_ID, abbreviate(id), ProblemText.of(what));
    }
    if (!seen.add(id)) {
      report(p, ProblemCode.DUPLICATE_ID, ProblemText.of(what), abbreviate(id));
    }
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.joining(", "));
  }

  private void range(String p, Number value, double min, double max) {
    range(p, value, min, max, null);
  }

  /** Reports a value outside [min, max], naming the unit or a note on the range after it when there is one. */
  private void range(String p, Number value, double min, double max, ProblemText unit) {
    if (value == null) {
      return;
    }
    double v = value.doubleValue();
    if (!(v >= min && v <= max)) {
      if (unit == null) {
        report(p, ProblemCode.OUT_OF_RANGE, format(v), format(min), format(max));
      } else {
        report(p, ProblemCode.OUT_OF_RANGE_IN, format(v), format(min), format(max), unit);
      }
    }
  }

  private static ProblemText unit(ProblemCode code) {
    return ProblemText.of(code);
  }

  /**
   * The ids of a set for a message, computed once per set and size: a hostile file can make
   * hundreds of thousands of bad references to thousands of actors.
   */
  private Object listOf(Set<String> ids) {
    Map.Entry<Integer, Object> cached = listed.get(ids);
    if (cached == null || cached.getKey() != ids.size()) {
      cached = Map.entry(ids.size(), sortedList(ids));
      listed.put(ids, cached);
    }
    return cached.getValue();
  }

  /** The ids, sorted, as written; the first 30 and a count of the rest; a text saying there are none. */
  private static Object sortedList(Set<String> ids) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
    if (sorted.size() > 30) {
      return ProblemText.of(ProblemCode.AND_MORE, String.join(", ", sorted.subList(0, 30)), sorted.size() - 30);
    }
    return sorted.isEmpty() ? ProblemText.of(ProblemCode.NONE_DEFINED) : String.join(", ", sorted);
  }

  private static String indicatorKeys() {
    return String.join(", ", Arrays.stream(Indicator.values()).map(Indicator::key).toList());
  }

  /** A value from the file as a message shows it: at most 40 characters. */
  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  private void report(String pointer, ProblemCode code, Object... args) {
    problems.report(pointer, ProblemText.of(code, args));
  }

  private void report(String pointer, ProblemText text) {
    problems.report(pointer, text);
  }
}
