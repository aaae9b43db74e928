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
  private final Map<Set<String>, Map.Entry<Integer, String>> listed = new java.util.IdentityHashMap<>();
  private final Map<String, String> suggested = new HashMap<>();
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
      report("/formatVersion", "format version " + scenario.formatVersion() + " is not supported; allowed: " + Scenario.FORMAT_VERSION);
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
        report(pointer, list.size() + " entries; at most " + MAX_LIST + " are allowed");
      }
    });
  }

  private void checkMetadata() {
    var meta = scenario.metadata();
    if (!meta.id().matches("[a-z0-9][a-z0-9-]{0,63}")) {
      report("/metadata/id", "'" + abbreviate(meta.id()) + "' is not a valid scenario id; allowed: lower case letters, digits and hyphens, at most 64");
    }
    range("/metadata/durationDays", meta.durationDays(), 1, MAX_DAYS, "days");
    if (meta.startDate() != null) {
      try {
        LocalDate.parse(meta.startDate());
      } catch (DateTimeParseException e) {
        report("/metadata/startDate", "'" + abbreviate(meta.startDate()) + "' is not a date; allowed: a calendar date as YYYY-MM-DD, such as 2026-03-01");
      }
    }
    if (meta.roles().isEmpty()) {
      report("/metadata/roles", "no roles; at least one trainee role is required");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < meta.roles().size(); i++) {
      Role role = meta.roles().get(i);
      String p = "/metadata/roles/" + i;
      uniqueId(p + "/id", role.id(), seen, "role");
      roleIds.add(role.id());
      if (role.actor() != null) {
        Actor actor = actorRef(p + "/actor", role.actor());
        // Without any mission actor that one problem is reported for the actors; not again for each role.
        if (actor != null && !actor.isMission() && !scenario.missionActors().isEmpty()) {
          report(p + "/actor", "actor '" + abbreviate(role.actor()) + "' is not part of the mission; a role acts for a mission actor");
        }
      }
    }
    seen.clear();
    for (int i = 0; i < meta.objectives().size(); i++) {
      Objective objective = meta.objectives().get(i);
      String p = "/metadata/objectives/" + i;
      uniqueId(p + "/id", objective.id(), seen, "objective");
      objectiveIds.add(objective.id());
      for (int e = 0; e < objective.evidence().size(); e++) {
        checkEvidence(p + "/evidence/" + e, objective.evidence().get(e));
      }
    }
  }

  private void checkEvidence(String p, Evidence evidence) {
    if (Indicator.byKey(evidence.indicator()).isEmpty()) {
      report(p + "/indicator", "unknown indicator '" + abbreviate(evidence.indicator()) + "'"
          + suggest("indicator", evidence.indicator(), java.util.Arrays.stream(Indicator.values()).map(Indicator::key).toList())
          + "; allowed: " + indicatorKeys());
    }
    if (evidence.atLeast() == null && evidence.atMost() == null) {
      report(p, "criterion has no bound; give atLeast, atMost or both");
    }
    if (evidence.atLeast() != null && evidence.atMost() != null && evidence.atLeast() > evidence.atMost()) {
      report(p + "/atLeast", "atLeast " + evidence.atLeast() + " is above atMost " + evidence.atMost() + "; no value could meet it");
    }
  }

  private void checkMap() {
    var map = scenario.map();
    range("/map/widthKm", map.widthKm(), 0.1, 10_000, "km");
    range("/map/heightKm", map.heightKm(), 0.1, 10_000, "km");
    if (map.zones().isEmpty()) {
      report("/map/zones", "no zones; at least one zone is required");
    }
    if (map.zones().size() > MAX_ZONES) {
      report("/map/zones", map.zones().size() + " zones; at most " + MAX_ZONES + " are allowed");
      map.zones().forEach(zone -> zoneIds.add(zone.id()));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < map.zones().size(); i++) {
      Zone zone = map.zones().get(i);
      String p = "/map/zones/" + i;
      uniqueId(p + "/id", zone.id(), seen, "zone");
      zoneIds.add(zone.id());
      range(p + "/population", zone.population(), 0, 100_000_000, "people");
      range(p + "/vulnerability", zone.vulnerability(), 0, 1, "");
      range(p + "/need", zone.need(), 0, 1, "");
      range(p + "/terrain", zone.terrain(), 0.05, 1, "");
      checkPolygon(p + "/polygon", zone.polygon());
    }
  }

  private void checkPolygon(String p, List<List<Double>> polygon) {
    if (polygon.size() < 3) {
      report(p, "polygon has " + polygon.size() + " points; at least 3 are needed");
      return;
    }
    if (polygon.size() > MAX_POLYGON_POINTS) {
      report(p, "polygon has " + polygon.size() + " points; at most " + MAX_POLYGON_POINTS + " are allowed");
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
      report(p, "polygon edges " + (crossing[0] + 1) + " and " + (crossing[1] + 1)
          + " cross; the corners must go round the zone once without crossing (a simple polygon)");
    } else if (Geometry.area(points) <= 0) {
      report(p, "polygon has no area; its corners must not all lie on one line");
    }
  }

  /** A point as [x, y] inside the map, or null after reporting why not. */
  private double[] point(String p, List<Double> coordinates) {
    if (coordinates.size() != 2) {
      report(p, "point has " + coordinates.size() + " number(s); a point is exactly 2 numbers [x, y] in km");
      return null;
    }
    double x = coordinates.get(0);
    double y = coordinates.get(1);
    double width = scenario.map().widthKm();
    double height = scenario.map().heightKm();
    if (x < 0 || x > width || y < 0 || y > height) {
      report(p, "point [" + x + ", " + y + "] lies outside the map; allowed: x 0 to " + width + ", y 0 to " + height + " km");
      return null;
    }
    return new double[] {x, y};
  }

  private void checkActors() {
    List<Actor> list = scenario.actors();
    if (list.isEmpty()) {
      report("/actors", "actor list is empty; a scenario needs at least one mission actor and the actors it coordinates with");
      return;
    }
    if (list.size() > MAX_ACTORS) {
      report("/actors", list.size() + " actors; at most " + MAX_ACTORS + " are allowed");
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
      uniqueId(p + "/id", actor.id(), seen, "actor");
      actors.putIfAbsent(actor.id(), actor);
      zoneRef(p + "/homeZone", actor.homeZone());
      range(p + "/speedKmh", actor.speedKmh(), 0, 200, "km/h");
      for (int z = 0; z < actor.mandate().zones().size(); z++) {
        zoneRef(p + "/mandate/zones/" + z, actor.mandate().zones().get(z));
      }
      range(p + "/capacity/personnel", actor.capacity().personnel(), 0, 10_000_000, "people");
      range(p + "/capacity/deliveriesPerWeek", actor.capacity().deliveriesPerWeek(), 0, 1_000, "deliveries");
      if (actor.communication().media().isEmpty()) {
        report(p + "/communication/media", "no media; an actor needs at least one way to communicate");
      }
      var d = actor.dispositions();
      range(p + "/dispositions/cooperativeness", d.cooperativeness(), 0, 1, "");
      range(p + "/dispositions/hostility", d.hostility(), 0, 1, "");
      range(p + "/dispositions/formality", d.formality(), 0, 1, "");
      range(p + "/dispositions/ihlCompliance", d.ihlCompliance(), 0, 1, "");
      range(p + "/dispositions/grievance", d.grievance(), 0, 1, "");
      range(p + "/dispositions/predation", d.predation(), 0, 1, "");
      if (actor.isMission() && actor.kind() != ActorKind.PEACEKEEPING_UNIT) {
        report(p + "/mission", "'" + abbreviate(actor.id()) + "' is " + actor.kind() + "; only a PEACEKEEPING_UNIT can be part of the mission");
      }
      for (int u = 0; u < actor.units().size(); u++) {
        Unit unit = actor.units().get(u);
        String up = p + "/units/" + u;
        uniqueId(up + "/id", unit.id(), unitIds, "unit");
        range(up + "/count", unit.count(), 1, MAX_UNITS_PER_ENTRY, "units");
        range(up + "/strength", unit.strength(), 1, 100_000, "personnel");
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
      report("/actors", totalUnits + " units in all; at most " + MAX_UNITS_TOTAL + " are allowed");
    }
    if (scenario.missionActors().isEmpty()) {
      report("/actors", "no actor has 'mission: true'; mark the peacekeeping actor(s) the trainees play");
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
          report(cp, "'" + abbreviate(actor.id()) + "' is " + actor.kind() + "; only a PRIVATE_SECURITY company has a client");
        } else if (actor.client().equals(actor.id())) {
          report(cp, "a company cannot be its own client; name the actor whose sites its guards protect");
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
        report(p + "/id", "'" + abbreviate(hub.id()) + "' is not a valid hub id; allowed: letters, digits, '-', '_' and '.', at most 64, starting with a letter or digit");
      }
      if (actors.containsKey(hub.id()) || !hubIds.add(hub.id())) {
        report(p + "/id", "id '" + abbreviate(hub.id()) + "' is already used by an actor or hub; ids must be unique");
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
        report(p + "/to", "an actor's trust in itself is not modelled; name another actor");
      }
      if (!pairs.add(prior.from() + "\u0000" + prior.to())) {
        report(p, "trust of '" + abbreviate(prior.from()) + "' in '" + abbreviate(prior.to()) + "' is given twice; give each ordered pair once");
      }
      range(p + "/value", prior.value(), 0, 1, "");
      range(p + "/confidence", prior.confidence(), 0, 100, "pieces of evidence");
    }
  }

  private void checkChannels() {
    for (int i = 0; i < scenario.channels().size(); i++) {
      Channel channel = scenario.channels().get(i);
      String p = "/channels/" + i;
      uniqueId(p + "/id", channel.id(), channelIds, "channel");
      endpointRef(p + "/from", channel.from());
      endpointRef(p + "/to", channel.to());
      if (channel.from().equals(channel.to())) {
        report(p + "/to", "channel joins '" + abbreviate(channel.from()) + "' to itself; a channel joins two different actors or hubs");
      }
      range(p + "/latencyHours", channel.latencyHours(), 0, 720, "hours");
      range(p + "/reliability", channel.reliability(), 0, 1, "");
      range(p + "/capacityPerHour", channel.capacityPerHour(), 1, 10_000, "messages per hour");
      range(p + "/interception", channel.interception(), 0, 1, "");
    }
  }

  private void checkMsel() {
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < scenario.msel().size(); i++) {
      Inject inject = scenario.msel().get(i);
      String p = "/msel/" + i;
      if (!numbers.add(inject.number())) {
        report(p + "/number", "event number " + inject.number() + " is used twice; event numbers must be unique");
      }
      range(p + "/number", inject.number(), 1, 1_000_000, "");
      if (inject.type() == InjectType.CONTINGENCY && inject.condition() == null) {
        report(p + "/condition", "CONTINGENCY inject without a condition; give the condition that fires it, e.g. 'attacksExecuted >= 1'");
      }
      checkWhen(p, inject.at(), inject.condition());
      if (!CONTROL.equals(inject.from())) {
        actorRef(p + "/from", inject.from(), "or '" + CONTROL + "'");
      }
      if (inject.to().isEmpty()) {
        report(p + "/to", "no recipients; name at least one role or actor");
      }
      for (int t = 0; t < inject.to().size(); t++) {
        String to = inject.to().get(t);
        if (!roleIds.contains(to) && !actors.containsKey(to)) {
          report(p + "/to/" + t, "unknown recipient '" + abbreviate(to) + "'; allowed: a role (" + listOf(roleIds) + ") or an actor id");
        }
      }
      if (inject.objective() != null && !objectiveIds.contains(inject.objective())) {
        report(p + "/objective", "unknown objective '" + abbreviate(inject.objective()) + "'; allowed: " + listOf(objectiveIds));
      }
      if (inject.expectedResponse() != null) {
        var r = inject.expectedResponse();
        range(p + "/expectedResponse/withinHours", r.withinHours(), 1, 24 * 365, "hours");
        range(p + "/expectedResponse/fromHours", r.fromHours(), -24 * 365, r.withinHours(),
            "hours (negative: before the inject; at most withinHours)");
        if (r.target() != null) {
          actorRef(p + "/expectedResponse/target", r.target(), "");
        }
        if (r.role() != null && !roleIds.contains(r.role())) {
          report(p + "/expectedResponse/role", "unknown role '" + abbreviate(r.role()) + "'; allowed: " + listOf(roleIds));
        }
      }
      if (inject.type() == InjectType.EXPECTED_ACTION
          && (inject.expectedResponse() == null || inject.expectedResponse().action() == null)) {
        report(p + "/expectedResponse", "EXPECTED_ACTION without an expected action; give expectedResponse with its action, one of: "
            + Arrays.stream(ActionType.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
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
        range(p + "/amount", effect.amount(), -1, 1, "");
      }
      case DISPLACEMENT -> {
        requireZone(p, effect.zone());
        requireAmount(p, effect.amount());
        range(p + "/amount", effect.amount(), 0, 100_000_000, "people");
      }
      case CHANGE_HOSTILITY, CHANGE_GRIEVANCE -> {
        requireActor(p, effect.actor());
        requireAmount(p, effect.amount());
        range(p + "/amount", effect.amount(), -1, 1, "");
      }
      case PREPARE_ATTACK -> {
        Actor actor = requireActor(p, effect.actor());
        requireZone(p, effect.zone());
        if (actor != null && actor.kind() != ActorKind.ARMED_FACTION) {
          report(p + "/actor", "'" + abbreviate(actor.id()) + "' is " + actor.kind() + "; only an ARMED_FACTION prepares attacks");
        }
      }
      case CIVILIAN_HARM -> {
        requireActor(p, effect.actor());
        requireZone(p, effect.zone());
        requireAmount(p, effect.amount());
        range(p + "/amount", effect.amount(), 0, 1_000_000, "casualties");
      }
      case RUMOUR -> {
        requireActor(p, effect.actor());
        requireZone(p, effect.zone());
        requireAmount(p, effect.amount());
        range(p + "/amount", effect.amount(), 0, 100, "pieces of evidence");
      }
      case CHANNEL_DOWN -> {
        if (effect.channel() == null) {
          report(p + "/channel", "CHANNEL_DOWN without a channel; allowed: " + listOf(channelIds));
        } else if (!channelIds.contains(effect.channel())) {
          report(p + "/channel", "unknown channel '" + abbreviate(effect.channel()) + "'; allowed: " + listOf(channelIds));
        }
        if (effect.hours() == null) {
          report(p + "/hours", "CHANNEL_DOWN without hours; give hours, 1 to " + 24 * 365);
        } else {
          range(p + "/hours", effect.hours(), 1, 24 * 365, "hours");
        }
      }
      case MEDIUM_DOWN -> {
        if (effect.medium() == null) {
          report(p + "/medium", "MEDIUM_DOWN without a medium; allowed: "
              + Arrays.stream(org.liaison.scenario.Medium.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (effect.zone() != null) {
          requireZone(p, effect.zone());
          if (!effect.zones().isEmpty()) {
            report(p + "/zones", "give either 'zone' or 'zones', not both");
          }
        }
        for (int z = 0; z < effect.zones().size(); z++) {
          zoneRef(p + "/zones/" + z, effect.zones().get(z));
        }
        if (effect.hours() == null) {
          report(p + "/hours", "MEDIUM_DOWN without hours; give hours, 1 to " + 24 * 365);
        } else {
          range(p + "/hours", effect.hours(), 1, 24 * 365, "hours");
        }
      }
      case ROAD_CLOSED -> {
        checkClosure(p, effect.zone(), effect.between(), "zone", "between");
        range(p + "/amount", effect.amount(), 0, 1, "(share of the usual speed left: 0 closed, 1 open)");
        if (effect.hours() == null) {
          report(p + "/hours", "ROAD_CLOSED without hours; give hours, 1 to " + 24 * 365);
        } else {
          range(p + "/hours", effect.hours(), 1, 24 * 365, "hours");
        }
      }
      case REQUEST -> {
        requireActor(p, effect.actor());
        if (effect.task() == null) {
          report(p + "/task", "REQUEST without a task; allowed: "
              + Arrays.stream(org.liaison.scenario.Task.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
      }
    }
    if (effect.amount() != null && Math.abs(effect.amount()) > 10_000_000) {
      report(p + "/amount", "amount " + effect.amount() + " is out of range; allowed: -10000000 to 10000000");
    }
  }

  private void checkDecisionPoints() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < scenario.decisionPoints().size(); i++) {
      DecisionPoint point = scenario.decisionPoints().get(i);
      String p = "/decisionPoints/" + i;
      uniqueId(p + "/id", point.id(), seen, "decision point");
      checkWhen(p, point.at(), point.condition());
      if (!roleIds.contains(point.role())) {
        report(p + "/role", "unknown role '" + abbreviate(point.role()) + "'; allowed: " + listOf(roleIds));
      }
      if (point.options().size() < 2) {
        report(p + "/options", point.options().size() + " option(s); a dilemma needs at least 2");
      }
      Set<String> optionIds = new HashSet<>();
      for (int o = 0; o < point.options().size(); o++) {
        checkOption(p + "/options/" + o, point.options().get(o), optionIds);
      }
      if (!optionIds.contains(point.defaultOption())) {
        report(p + "/default", "unknown option '" + abbreviate(point.defaultOption()) + "'; allowed: " + sortedList(optionIds));
      }
    }
  }

  private void checkOption(String p, DecisionOption option, Set<String> optionIds) {
    uniqueId(p + "/id", option.id(), optionIds, "option");
    double cost = 0;
    for (int a = 0; a < option.actions().size(); a++) {
      CoordinationAction action = option.actions().get(a);
      checkAction(p + "/actions/" + a, action);
      cost += scenario.coordination().costOf(action.type());
    }
    double budget = scenario.coordination().staffHoursPerDay();
    if (cost > budget) {
      report(p + "/actions", "option '" + abbreviate(option.id()) + "' costs " + format(cost) + " staff-hours; the budget is "
          + format(budget) + " per day (coordination.staffHoursPerDay)");
    }
  }

  private void checkAction(String p, CoordinationAction action) {
    Set<ActionType.Argument> required = action.type().required();
    if (action.target() != null) {
      actorRef(p + "/target", action.target());
    } else if (required.contains(ActionType.Argument.TARGET)) {
      report(p + "/target", action.type() + " without a target; give the actor it is aimed at, one of: " + listOf(actors.keySet()));
    }
    if (action.via() != null) {
      actorRef(p + "/via", action.via());
    }
    if (action.zone() != null) {
      zoneRef(p + "/zone", action.zone());
    } else if (required.contains(ActionType.Argument.ZONE)) {
      report(p + "/zone", action.type() + " without a zone; allowed: " + listOf(zoneIds));
    }
    for (int m = 0; m < action.members().size(); m++) {
      actorRef(p + "/members/" + m, action.members().get(m));
    }
    if (required.contains(ActionType.Argument.MEMBERS) && action.members().isEmpty()) {
      report(p + "/members", action.type() + " without members; give the actor ids that take part");
    }
    if (required.contains(ActionType.Argument.MEDIUM) && action.medium() == null) {
      report(p + "/medium", action.type() + " without a medium; allowed: "
          + Arrays.stream(org.liaison.scenario.Medium.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
    }
    if (required.contains(ActionType.Argument.LANGUAGE) && (action.language() == null || action.language().isBlank())) {
      report(p + "/language", action.type() + " without a language; give a language code such as so, en or fr");
    }
    if (required.contains(ActionType.Argument.TASK) && action.task() == null) {
      report(p + "/task", action.type() + " without a task; allowed: "
          + Arrays.stream(org.liaison.scenario.Task.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
    }
    if (required.contains(ActionType.Argument.ENDS) && (action.ends() == null || !action.ends().standing())) {
      report(p + "/ends", action.type() + " without the standing arrangement it ends; allowed: "
          + Arrays.stream(ActionType.values()).filter(ActionType::standing).map(Enum::name)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    if (action.units() != null) {
      range(p + "/units", action.units(), 1, 1_000, "units");
    }
  }

  private void checkCoordination() {
    range("/coordination/staffHoursPerDay", scenario.coordination().staffHoursPerDay(), 0, 10_000, "staff-hours");
    scenario.coordination().actionCosts().forEach((type, cost) ->
        range("/coordination/actionCosts/" + type.name(), cost, 0, 1_000, "staff-hours"));
  }

  private void checkScoring() {
    var w = scenario.scoring().weights();
    double total = 0;
    for (var e : w.byKey().entrySet()) {
      range("/scoring/weights/" + e.getKey(), e.getValue(), 0, 1_000, "");
      total += e.getValue();
    }
    if (total <= 0) {
      report("/scoring/weights", "all weights are 0; at least one must be positive");
    }
    var s = scenario.scoring().scales();
    positive("/scoring/scales/civilianCasualties", s.civilianCasualties());
    positive("/scoring/scales/peopleDisplaced", s.peopleDisplaced());
    positive("/scoring/scales/missionIncidents", s.missionIncidents());
    positive("/scoring/scales/breaches", s.breaches());
  }

  private void positive(String p, Double value) {
    if (value != null && !(value > 0 && value <= 1e9)) {
      report(p, "found " + value + "; the scale must be above 0 and at most 1e9");
    }
  }

  /** The area's media: each value in range, and travel and range only where the medium has them. */
  private void checkMedia() {
    scenario.media().forEach((medium, q) -> {
      String p = "/media/" + medium.name();
      range(p + "/latencyHours", q.latencyHours(), 0, 720, "hours");
      range(p + "/reliability", q.reliability(), 0, 1, "");
      range(p + "/interception", q.interception(), 0, 1, "");
      range(p + "/rangeKm", q.rangeKm(), 0, 10_000, "km");
      range(p + "/speedKmh", q.speedKmh(), 0.1, 200, "km/h");
      if (q.rangeKm() != null && medium != org.liaison.scenario.Medium.RADIO) {
        report(p + "/rangeKm", "only RADIO has a range; leave rangeKm out for " + medium.name());
      }
      boolean travels = medium == org.liaison.scenario.Medium.COURIER || medium == org.liaison.scenario.Medium.FACE_TO_FACE;
      if (q.speedKmh() != null && !travels) {
        report(p + "/speedKmh", "only COURIER and FACE_TO_FACE travel; leave speedKmh out for " + medium.name());
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
      uniqueId(p + "/id", season.id(), seen, "season");
      range(p + "/from/day", season.from().day(), 1, lastDay, "(the exercise lasts " + lastDay + " days)");
      range(p + "/from/hour", season.from().hour(), 0, 23, "");
      if (season.to() != null) {
        range(p + "/to/day", season.to().day(), 1, lastDay + 1, "(the day after the last day ends it with the exercise)");
        range(p + "/to/hour", season.to().hour(), 0, 23, "");
        if (season.to().tick() <= season.from().tick()) {
          report(p + "/to", "the season ends (day " + season.to().day() + ", hour " + season.to().hour()
              + ") before it begins; give a 'to' after 'from', or leave it out to last until the end");
        }
      }
      range(p + "/terrain", season.terrain(), 0.05, 1, "(factor on the zones' terrain speed)");
      for (int z = 0; z < season.zones().size(); z++) {
        zoneRef(p + "/zones/" + z, season.zones().get(z));
      }
      for (int c = 0; c < season.closures().size(); c++) {
        var closure = season.closures().get(c);
        checkClosure(p + "/closures/" + c, closure.zone(), closure.between(), "zone", "between");
        range(p + "/closures/" + c + "/speedFactor", closure.speedFactor(), 0, 1, "(0 closed, 1 open)");
      }
    }
  }

  /** A road closure names either one zone or two different zones whose link it cuts. */
  private void checkClosure(String p, String zone, List<String> between, String zoneKey, String betweenKey) {
    if ((zone == null) == between.isEmpty()) {
      report(p, zone == null
          ? "a road closure needs a zone or two zones in '" + betweenKey + "'; allowed zones: " + listOf(zoneIds)
          : "give either '" + zoneKey + "' or '" + betweenKey + "', not both");
      return;
    }
    if (zone != null) {
      zoneRef(p + "/" + zoneKey, zone);
      return;
    }
    if (between.size() != 2 || between.get(0).equals(between.get(1))) {
      report(p + "/" + betweenKey, "'" + betweenKey + "' needs two different zones, such as [market, camp]");
      return;
    }
    for (int z = 0; z < 2; z++) {
      zoneRef(p + "/" + betweenKey + "/" + z, between.get(z));
    }
  }

  private void checkWhen(String p, ScenarioTime at, String condition) {
    if (at == null && condition == null) {
      report(p, "no 'at' and no condition; give 'at' (day and hour) or a condition");
    }
    if (at != null) {
      int days = scenario.metadata().durationDays();
      // A duration that is itself out of range is reported once; days are then held to the longest allowed.
      if (days >= 1 && days <= MAX_DAYS) {
        range(p + "/at/day", at.day(), 1, days, "(the exercise lasts " + days + " days)");
      } else {
        range(p + "/at/day", at.day(), 1, MAX_DAYS, "(the longest exercise)");
      }
      range(p + "/at/hour", at.hour(), 0, 23, "");
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
          report(p, "unknown name '" + abbreviate(name) + "' in condition; allowed: day, hour, " + indicatorKeys());
        }
      }
    } catch (ConditionSyntaxException e) {
      report(p, "condition does not parse: " + e.getMessage() + "; expected e.g. 'attacksExecuted >= 2 and day >= 3'");
    }
  }

  private Actor requireActor(String p, String id) {
    if (id == null) {
      report(p + "/actor", "this effect has no actor; allowed: " + listOf(actors.keySet()));
      return null;
    }
    return actorRef(p + "/actor", id);
  }

  private void requireZone(String p, String id) {
    if (id == null) {
      report(p + "/zone", "this effect has no zone; allowed: " + listOf(zoneIds));
    } else {
      zoneRef(p + "/zone", id);
    }
  }

  private void requireAmount(String p, Double amount) {
    if (amount == null) {
      report(p + "/amount", "this effect has no amount; give amount, a number");
    }
  }

  private Actor actorRef(String p, String id) {
    return actorRef(p, id, "");
  }

  private Actor actorRef(String p, String id, String orElse) {
    Actor actor = actors.get(id);
    if (actor == null) {
      report(p, "unknown actor '" + abbreviate(id) + "'" + suggest("actor", id, actors.keySet()) + "; allowed: " + listOf(actors.keySet()) + (orElse.isEmpty() ? "" : " " + orElse));
    }
    return actor;
  }

  private void endpointRef(String p, String id) {
    if (!actors.containsKey(id) && !hubIds.contains(id)) {
      report(p, "unknown actor or hub '" + abbreviate(id) + "'" + suggest("endpoint", id, actorsAndHubs()) + "; allowed: " + listOf(actors.keySet()) + ", hubs: " + listOf(hubIds));
    }
  }

  /**
   * A "did you mean" hint, within a budget of comparisons: a hostile file can hold hundreds of
   * thousands of bad references to thousands of names, and hints are for people, who fix the
   * first few. The same name of the same kind is compared once.
   */
  private String suggest(String kind, String given, java.util.Collection<String> valid) {
    String key = kind + "\u0000" + given;
    String known = suggested.get(key);
    if (known != null) {
      return known;
    }
    if (suggestionBudget < valid.size()) {
      return "";
    }
    suggestionBudget -= valid.size();
    String hint = Suggestions.suggestion(given, valid);
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
      report(p, "unknown zone '" + abbreviate(id) + "'" + suggest("zone", id, zoneIds) + "; allowed: " + listOf(zoneIds));
    }
  }

  private void uniqueId(String p, String id, Set<String> seen, String what) {
    if (!ID.matcher(id).matches()) {
      report(p, "'" + abbreviate(id) + "' is not a valid " + what + " id; allowed: letters, digits, '-', '_' and '.', at most 64, starting with a letter or digit");
    }
    if (!seen.add(id)) {
      report(p, "duplicate " + what + " id '" + abbreviate(id) + "'; ids must be unique");
    }
  }

  private void range(String p, Number value, double min, double max, String unit) {
    if (value == null) {
      return;
    }
    double v = value.doubleValue();
    if (!(v >= min && v <= max)) {
      report(p, format(v) + " is out of range; allowed: " + format(min) + " to " + format(max) + (unit.isEmpty() ? "" : " " + unit));
    }
  }

  /**
   * The ids of a set for a message, computed once per set and size: a hostile file can make
   * hundreds of thousands of bad references to thousands of actors.
   */
  private String listOf(Set<String> ids) {
    Map.Entry<Integer, String> cached = listed.get(ids);
    if (cached == null || cached.getKey() != ids.size()) {
      cached = Map.entry(ids.size(), sortedList(ids));
      listed.put(ids, cached);
    }
    return cached.getValue();
  }

  private static String sortedList(Set<String> ids) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
    if (sorted.size() > 30) {
      return String.join(", ", sorted.subList(0, 30)) + " and " + (sorted.size() - 30) + " more";
    }
    return sorted.isEmpty() ? "(none defined)" : String.join(", ", sorted);
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

  private void report(String pointer, String message) {
    problems.report(pointer, message);
  }
}
