package org.liaison.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Principle;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Task;
import org.liaison.scenario.Zone;

/**
 * The best practice of the source text as a policy: build trust early, open clear channels,
 * respect mandates, and command the force as a good commander would.
 *
 * <p>Each day, spending on its own initiative at most a share of the day's capacity, its own
 * standing commitments included (the rest is kept for decision points): answer pending requests
 * (decline those outside the mandate); review its own standing commitments and end those that do
 * not pay (an alert network in a zone with no threat, warning or attack for
 * {@code doctrineReviewDays}, a liaison officer with an actor that sent the mission nothing for as
 * long); hire interpreters for the languages of partners the mission cannot talk to; keep the
 * threatened communities' lines up through a network outage (a channel on a medium that works, or
 * a liaison officer); set up alert networks with community groups in threatened zones
 * where a force can answer them, those where warnings and attacks came in first, never over a
 * medium that is down; deconflict with humanitarians; hold an inclusive forum and a dialogue with
 * each hostile faction (through the partner it trusts most, if the mandate allows mediation) at a
 * fixed interval; send a unit forward to the zone within the mandate where warnings and attacks
 * concentrated over the review window, by a road that is open; and post liaison officers with
 * community groups and humanitarians. It never partners
 * a low-compliance armed group or escorts a humanitarian that refuses escorts. At decision points
 * it picks the option whose actions score best against the same doctrine, counting nothing for a
 * channel over a failed medium and against a unit sent where no road is open.
 *
 * <p>It sees only what the mission's seat sees ({@link WorldView}) and acts only through the
 * actions trainees have; it draws nothing at random.
 */
public final class DoctrinePolicy implements DecisionMaker {
  /** Media for a line that does not wait for a road, then those that travel, in the order preferred. */
  private static final Medium[] BACKUP_MEDIA = {Medium.RADIO, Medium.SATELLITE, Medium.MOBILE};

  private long lastForumDay = Long.MIN_VALUE / 2;
  private final java.util.Map<String, Long> lastMediationDay = new java.util.TreeMap<>();
  /** Staff-hours a day of the standing commitments this policy took on its own initiative. */
  private double ownStanding;
  private final ThreatPicture picture = new ThreatPicture();
  private final Commitments commitments = new Commitments();
  /** Zones it sent a unit forward to, while a unit is still there or on its way. */
  private final Set<String> posts = new java.util.TreeSet<>();

  @Override
  public String name() {
    return "doctrine";
  }

  @Override
  public DecisionOption choose(DecisionPoint point, WorldView view) {
    DecisionOption dflt = Policies.defaultOption(point);
    DecisionOption best = dflt;
    double bestScore = score(dflt, view);
    for (DecisionOption option : point.options()) {
      double s = score(option, view);
      if (s > bestScore) {
        best = option;
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * How well an option's actions match the doctrine; higher is better, doing nothing is 0. An
   * action counts only if it would take effect: its preconditions hold (it is not already in
   * place) and it fits in what is left of today's budget after the option's earlier actions.
   */
  static double score(DecisionOption option, WorldView view) {
    double total = 0;
    double left = view.budgetLeft();
    double planned = 0;
    for (CoordinationAction a : option.actions()) {
      double cost = view.scenario().coordination().costOf(a.type());
      if (view.applicable(a) && cost <= left + 1e-9 && sustainable(a, cost, view, planned)) {
        total += score(a, view);
        left -= cost;
        planned += a.type().standing() ? cost : 0;
      }
    }
    return total;
  }

  /**
   * An action's value as things stand: as {@link #score(CoordinationAction, Scenario)}, except that
   * a channel or alert network over a medium that is down where it would run is worth nothing yet,
   * and a unit sent (a deployment, a joint patrol) where no protecting unit has an open road is
   * worth less than nothing: it would sit at a washed-out bridge instead of protecting anyone.
   */
  static double score(CoordinationAction a, WorldView view) {
    Scenario scenario = view.scenario();
    String home = missionHome(scenario);
    Optional<Actor> target = actor(scenario, a.target());
    return switch (a.type()) {
      case OPEN_CHANNEL -> a.medium() != null && target.isPresent()
          && !works(view, a.medium(), target.get().homeZone(), home) ? 0 : score(a, scenario);
      case SET_UP_ALERT_NETWORK -> target.isPresent() && view.alertMedium(a.target()) != null
          && !works(view, view.alertMedium(a.target()), target.get().homeZone(), home) ? 0 : score(a, scenario);
      case DEPLOY_UNITS, JOINT_PATROL -> a.zone() != null && !reachable(view, a.zone()) ? -1 : score(a, scenario);
      default -> score(a, scenario);
    };
  }

  /** Whether a medium works at both ends of a line, the partner's zone and the mission's. */
  private static boolean works(WorldView view, Medium medium, String zone, String missionZone) {
    return view.mediumWorks(medium, zone) && (missionZone == null || view.mediumWorks(medium, missionZone));
  }

  /** Whether a protecting unit of the mission, where it is or is heading, has an open road to a zone. */
  private static boolean reachable(WorldView view, String zone) {
    for (UnitPosition u : view.protectingUnits()) {
      String from = u.zone() != null ? u.zone() : u.destination();
      if (from != null && view.roadOpen(from, zone)) {
        return true;
      }
    }
    return false;
  }

  private static String missionHome(Scenario scenario) {
    List<Actor> mission = scenario.missionActors();
    return mission.isEmpty() ? null : mission.get(0).homeZone();
  }

  static double score(CoordinationAction a, Scenario scenario) {
    Optional<Actor> target = actor(scenario, a.target());
    boolean lowIhl = target.map(t -> t.dispositions().ihlCompliance()
        < scenario.parameters().lowComplianceThreshold()).orElse(false);
    // Armed groups and state forces fall under due diligence; a security company under its contract.
    boolean armed = target.map(t -> t.kind() == ActorKind.ARMED_FACTION
        || t.kind() == ActorKind.STATE_FORCES).orElse(false);
    return switch (a.type()) {
      case ASSIGN_LIAISON_OFFICER, SET_UP_ALERT_NETWORK, HIRE_INTERPRETERS,
          DECONFLICTION_MECHANISM, MEDIATION, DISPUTE_RESOLUTION -> 2;
      case HOLD_COORDINATION_FORUM -> 1 + inclusion(scenario, a.members());
      case SHARE_INFORMATION -> armed ? -1 : 2;
      case JOINT_TRAINING -> lowIhl && armed ? -2 : 2;
      case OPEN_CHANNEL, DEPLOY_UNITS -> 1;
      case JOINT_PATROL -> lowIhl && armed ? -2 : 1;
      case DECLINE_REQUEST -> outsideMandate(scenario, a.task()) ? 2 : -1;
      case ACCEPT_REQUEST -> outsideMandate(scenario, a.task()) ? -3 : 1;
      case PARTNER_WITH -> lowIhl ? -4 : 0;
      case ARMED_ESCORT -> target.map(t -> t.principles().contains(Principle.REFUSES_ARMED_ESCORT)
          || t.principles().contains(Principle.NEUTRALITY)).orElse(false) ? -3 : 0;
      case END_ARRANGEMENT, REPLY -> 0;
    };
  }

  /**
   * Share of the scenario's community groups among a forum's members, 1 where there are none: a
   * forum of notables that leaves the camps and minorities out is worth less than an inclusive one.
   */
  private static double inclusion(Scenario scenario, List<String> members) {
    long communities = scenario.actors().stream().filter(x -> x.kind() == ActorKind.COMMUNITY_GROUP).count();
    if (communities == 0) {
      return 1;
    }
    long included = scenario.actors().stream()
        .filter(x -> x.kind() == ActorKind.COMMUNITY_GROUP && members.contains(x.id())).count();
    return (double) included / communities;
  }

  private static boolean outsideMandate(Scenario scenario, Task task) {
    List<Actor> mission = scenario.missionActors();
    return task != null && !mission.isEmpty() && !mission.get(0).mandate().allows(task);
  }

  private static Optional<Actor> actor(Scenario scenario, String id) {
    return id == null ? Optional.empty()
        : scenario.actors().stream().filter(x -> x.id().equals(id)).findFirst();
  }

  @Override
  public void daily(WorldView view, Actions actions) {
    Scenario scenario = view.scenario();
    long day = view.tick() / 24;
    picture.update(view);
    Initiative today = new Initiative(view, actions, Math.min(ownStanding, view.standingCostPerDay()),
        commitments::made);
    for (PendingRequest r : view.pendingRequests()) {
      ActionType type = outsideMandate(scenario, r.task()) ? ActionType.DECLINE_REQUEST
          : ActionType.ACCEPT_REQUEST;
      actions.take(new CoordinationAction(type, r.actor(), null, null, null, null, null, r.task(), null));
    }
    commitments.review(view, picture, today, day);
    List<Actor> partners = partners(scenario, view);
    // Interpreters before lines: a warning the duty officer cannot understand is no warning.
    for (String language : missingLanguages(partners, view)) {
      today.take(new CoordinationAction(ActionType.HIRE_INTERPRETERS, null, null, null, null, null,
          language, null, null));
    }
    keepLinesUp(view, partners, today, day);
    // Channels from threatened communities first: without them no warning reaches the mission.
    alertNetworks(view, partners, today, day);
    for (Actor a : partners) {
      if ((a.kind() == ActorKind.NGO || a.kind() == ActorKind.INTERNATIONAL_ORGANISATION)
          && !view.hasDeconfliction(a.id())) {
        today.take(CoordinationAction.on(ActionType.DECONFLICTION_MECHANISM, a.id()), day);
      }
    }
    if (day - lastForumDay >= scenario.parameters().doctrineForumIntervalDays()) {
      List<String> members = partners.stream().map(Actor::id).toList();
      if (!members.isEmpty() && today.take(new CoordinationAction(ActionType.HOLD_COORDINATION_FORUM,
          null, null, null, members, null, null, null, null))) {
        lastForumDay = day;
      }
    }
    mediate(scenario, partners, view, today, day);
    redeploy(view, today);
    for (Actor a : partners) {
      if (!view.hasLiaisonOfficer(a.id()) && commitments.worthAnOfficer(view, a.id())) {
        today.take(CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, a.id()), day);
      }
    }
    ownStanding = today.standing;
  }

  /**
   * Alert networks with the community groups of threatened zones, where the mission has protecting
   * units and the mandate to protect (a warning nobody can answer is a warning ignored, and ignored
   * warnings silence the next ones): those whose zones sent the most
   * warnings or saw the most attacks over the review window first (on the first days, before there
   * is a picture, the marginalised first), never over a medium that is down. When the room for
   * standing commitments is full and a community where the threat now is has no line, the network of
   * a zone where nothing happened over the window is moved there: ended today, set up when the room
   * is free.
   */
  private void alertNetworks(WorldView view, List<Actor> partners, Initiative today, long day) {
    List<Actor> mission = view.scenario().missionActors();
    if (mission.isEmpty() || !mission.get(0).mandate().allows(Task.PROTECT_CIVILIANS) || view.protectingUnits().isEmpty()) {
      return;
    }
    String home = missionHome(view.scenario());
    int window = view.scenario().parameters().doctrineReviewDays();
    List<Actor> linked = new ArrayList<>();
    for (Actor a : partners) {
      if (a.kind() == ActorKind.COMMUNITY_GROUP && view.threatenedZones().contains(a.homeZone())) {
        linked.add(a);
      }
    }
    linked.sort(Comparator.comparingInt((Actor a) -> -picture.recent(a.homeZone(), window)));
    boolean moved = false;
    for (Actor a : linked) {
      if (view.hasAlertNetwork(a.id()) || view.alertMedium(a.id()) == null
          || !works(view, view.alertMedium(a.id()), a.homeZone(), home)) {
        continue;
      }
      CoordinationAction network = CoordinationAction.on(ActionType.SET_UP_ALERT_NETWORK, a.id());
      if (!today.take(network, day) && !moved && picture.recent(a.homeZone(), window) > 0) {
        moved = commitments.endQuietNetwork(view, picture, today, day);
      }
    }
  }

  /**
   * Through a network outage, a threatened community whose usual line (the medium its alert
   * network runs on) is down at its end or the mission's gets another: a channel on a medium it
   * uses that works at both ends (radio, satellite, phones), or failing that a liaison officer, who
   * lives with it and needs no network. Without it the community's warnings come by runner, hours
   * late. Such an officer may take its standing commitments past their cap for the outage: it is
   * withdrawn at the review once the usual medium works again.
   */
  private void keepLinesUp(WorldView view, List<Actor> partners, Initiative today, long day) {
    String home = missionHome(view.scenario());
    for (Actor a : partners) {
      Medium usual = view.alertMedium(a.id());
      if (a.kind() != ActorKind.COMMUNITY_GROUP || usual == null || view.hasLiaisonOfficer(a.id())
          || works(view, usual, a.homeZone(), home)
          || !view.hasAlertNetwork(a.id()) && !view.threatenedZones().contains(a.homeZone())) {
        continue;
      }
      boolean linked = false;
      for (Medium m : BACKUP_MEDIA) {
        if (m != usual && a.communication().media().contains(m) && works(view, m, a.homeZone(), home)) {
          CoordinationAction channel = new CoordinationAction(ActionType.OPEN_CHANNEL, a.id(), null, null, null, m,
              null, null, null);
          linked = !view.applicable(channel) || today.take(channel);
          break;
        }
      }
      if (!linked && today.takeForOutage(CoordinationAction.on(ActionType.ASSIGN_LIAISON_OFFICER, a.id()))) {
        commitments.postedForOutage(a.id(), usual);
      }
    }
  }

  /**
   * Sends one unit a day forward to the zone within the mandate where the most warnings,
   * sightings and attacks reached the mission over the review window, if no protecting unit is
   * there, based there or on its way, a protecting unit has an open road to it, and its forward
   * posts would hold at most a third of the protecting units: the rest stay free to patrol and
   * respond. A post ends when its unit is called away to respond and goes home.
   * The force's own patrols already follow the attacks it knows of; a forward post adds presence
   * that stays, and puts responders next to where the next warning will come from.
   */
  private void redeploy(WorldView view, Initiative today) {
    Scenario scenario = view.scenario();
    List<Actor> mission = scenario.missionActors();
    List<UnitPosition> units = view.protectingUnits();
    if (mission.isEmpty() || units.isEmpty()) {
      return;
    }
    posts.removeIf(z -> !held(units, z));
    if (3 * (posts.size() + 1) > units.size()) {
      return;
    }
    int window = scenario.parameters().doctrineReviewDays();
    String best = null;
    int bestCount = 0;
    for (Zone z : scenario.map().zones()) {
      int count = picture.recent(z.id(), window);
      if (count > bestCount && mission.get(0).mandate().coversZone(z.id()) && !held(units, z.id())
          && reachable(view, z.id())) {
        best = z.id();
        bestCount = count;
      }
    }
    if (best != null
        && today.take(new CoordinationAction(ActionType.DEPLOY_UNITS, null, null, best, null, null, null, null, 1))) {
      posts.add(best);
    }
  }

  /** Whether a protecting unit is in a zone, based there, or on its way there. */
  private static boolean held(List<UnitPosition> units, String zone) {
    for (UnitPosition u : units) {
      if (zone.equals(u.zone()) || zone.equals(u.station()) || zone.equals(u.destination())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Dialogue with every hostile faction at the forum interval, if the mandate allows mediation:
   * through the partner the faction trusts the mission most through, when that beats its direct
   * trust (non-state actors bridging gaps, as the text puts it).
   */
  private void mediate(Scenario scenario, List<Actor> partners, WorldView view, Initiative today, long day) {
    List<Actor> mission = scenario.missionActors();
    if (mission.isEmpty() || !mission.get(0).mandate().allows(Task.MEDIATE)) {
      return;
    }
    String m = view.missionActor();
    for (Actor f : scenario.actors()) {
      if (f.kind() != ActorKind.ARMED_FACTION || view.hostility(f.id()) <= 0
          || day - lastMediationDay.getOrDefault(f.id(), Long.MIN_VALUE / 2)
              < scenario.parameters().doctrineForumIntervalDays()) {
        continue;
      }
      String via = null;
      double best = view.trustInMission(f.id());
      for (Actor k : partners) {
        double t = view.trustVia(f.id(), k.id(), m);
        if (t > best) {
          best = t;
          via = k.id();
        }
      }
      CoordinationAction action = new CoordinationAction(ActionType.MEDIATION, f.id(), via, null,
          null, null, null, null, null);
      if (today.take(action)) {
        lastMediationDay.put(f.id(), day);
      }
    }
  }

  /**
   * The actors doctrine engages: community groups (threatened and marginalised zones first), then
   * humanitarians and local authorities, in scenario order within each rank.
   */
  private static List<Actor> partners(Scenario scenario, WorldView view) {
    Set<String> threatened = new LinkedHashSet<>(view.threatenedZones());
    Set<String> marginalised = new LinkedHashSet<>();
    for (Zone z : scenario.map().zones()) {
      if (z.marginalised()) {
        marginalised.add(z.id());
      }
    }
    List<Actor> list = new ArrayList<>();
    for (Actor a : scenario.actors()) {
      if (!a.isMission() && (a.kind() == ActorKind.COMMUNITY_GROUP || a.kind() == ActorKind.NGO
          || a.kind() == ActorKind.INTERNATIONAL_ORGANISATION
          || a.kind() == ActorKind.LOCAL_AUTHORITY)) {
        list.add(a);
      }
    }
    list.sort(Comparator.comparingInt(a -> rank(a, threatened, marginalised)));
    return list;
  }

  private static int rank(Actor a, Set<String> threatened, Set<String> marginalised) {
    if (a.kind() != ActorKind.COMMUNITY_GROUP) {
      return 3;
    }
    boolean t = threatened.contains(a.homeZone());
    boolean m = marginalised.contains(a.homeZone());
    return t && m ? 0 : t ? 1 : m ? 1 : 2;
  }

  /**
   * Languages to hire interpreters for, so that every partner the mission cannot talk to is
   * reached: each time the language the most of those partners speak (first met on a tie), in
   * the partners' order, so one hire covers as many as it can.
   */
  private static List<String> missingLanguages(List<Actor> partners, WorldView view) {
    List<List<String>> unreached = new ArrayList<>();
    for (Actor a : partners) {
      List<String> langs = a.communication().languages();
      if (!langs.isEmpty() && langs.stream().noneMatch(view::missionSpeaks)
          && langs.stream().noneMatch(view::hasInterpreters)) {
        unreached.add(langs);
      }
    }
    List<String> hires = new ArrayList<>();
    while (!unreached.isEmpty()) {
      java.util.Map<String, Integer> speakers = new java.util.LinkedHashMap<>();
      for (List<String> langs : unreached) {
        langs.forEach(l -> speakers.merge(l, 1, Integer::sum));
      }
      String best = speakers.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
      hires.add(best);
      unreached.removeIf(langs -> langs.contains(best));
    }
    return hires;
  }

  /**
   * What the policy spends on its own initiative in one day: its own standing commitments and
   * today's one-off actions stay within its share of the day's capacity, and its standing
   * commitments within that share less one forum or mediation, so that every later day keeps
   * staff-hours for a forum or a dialogue. Commitments taken at decision points are the answers to
   * the exercise's dilemmas, paid from the rest of the capacity: they never stop the staff's own
   * routine (a weekly forum, a dialogue, interpreters), as they would if the share were read off
   * what is left of the day.
   */
  static final class Initiative {
    private final WorldView view;
    private final Actions actions;
    private final double share;
    private final double standingCap;
    private double standing;
    private double spent;
    private final java.util.function.BiConsumer<CoordinationAction, Long> commitmentsMade;

    Initiative(WorldView view, Actions actions, double ownStanding,
        java.util.function.BiConsumer<CoordinationAction, Long> commitmentsMade) {
      this.view = view;
      this.actions = actions;
      this.commitmentsMade = commitmentsMade;
      Scenario s = view.scenario();
      this.share = s.coordination().staffHoursPerDay() * s.parameters().doctrineInitiativeShare();
      this.standingCap = share - routine(view);
      this.standing = ownStanding;
    }

    /** Takes a standing action and remembers the day it was made, for the review. */
    boolean take(CoordinationAction action, long day) {
      boolean taken = take(action);
      if (taken && action.type().standing()) {
        commitmentsMade.accept(action, day);
      }
      return taken;
    }

    /**
     * Ends one of its own arrangements: today's hours of it are spent, but from tomorrow its cost
     * leaves the standing commitments, so the room it frees goes first to commitments that pay.
     */
    boolean end(CoordinationAction arrangement, double perDay) {
      CoordinationAction end = CoordinationAction.ending(arrangement);
      if (actions.wouldRefuse(end) != null || !actions.take(end).taken()) {
        return false;
      }
      standing = Math.max(0, standing - perDay);
      spent += perDay;
      return true;
    }

    boolean take(CoordinationAction action) {
      return take(action, true);
    }

    /** Takes a standing action for the length of an outage, past the cap on standing commitments. */
    boolean takeForOutage(CoordinationAction action) {
      return take(action, false);
    }

    private boolean take(CoordinationAction action, boolean capped) {
      double cost = view.scenario().coordination().costOf(action.type());
      boolean standingAction = action.type().standing();
      if (standing + spent + cost > share + oneOff(view.scenario()) + 1e-9
          || capped && standingAction && standing + cost > standingCap + 1e-9
          || actions.wouldRefuse(action) != null || !actions.take(action).taken()) {
        return false;
      }
      if (standingAction) {
        standing += cost;
      } else {
        spent += cost;
      }
      return true;
    }
  }

  /**
   * Staff-hours a day its routine of meetings costs on average: a forum, and a dialogue with each
   * hostile faction where the mandate allows mediation, every {@code doctrineForumIntervalDays}.
   */
  static double routine(WorldView view) {
    Scenario s = view.scenario();
    double perInterval = s.coordination().costOf(ActionType.HOLD_COORDINATION_FORUM);
    List<Actor> mission = s.missionActors();
    if (!mission.isEmpty() && mission.get(0).mandate().allows(Task.MEDIATE)) {
      for (Actor f : s.actors()) {
        if (f.kind() == ActorKind.ARMED_FACTION && view.hostility(f.id()) > 0) {
          perInterval += s.coordination().costOf(ActionType.MEDIATION);
        }
      }
    }
    return perInterval / Math.max(1, s.parameters().doctrineForumIntervalDays());
  }

  private static double oneOff(Scenario s) {
    return Math.max(s.coordination().costOf(ActionType.HOLD_COORDINATION_FORUM),
        s.coordination().costOf(ActionType.MEDIATION));
  }

  /**
   * Whether a standing action keeps the standing commitments (plus those already planned in the
   * same option) within the doctrine's initiative share of the daily capacity less one forum or
   * mediation, so that every later day keeps staff-hours for a forum or a dialogue, for requests
   * and for the exercise's dilemmas. This is stricter than the cap on its own commitments (less the
   * routine's average): a commitment taken at a decision point belongs to that point's role, and the
   * policy cannot end it at its review. One-off actions are always sustainable.
   */
  static boolean sustainable(CoordinationAction action, double cost, WorldView view, double planned) {
    if (!action.type().standing()) {
      return true;
    }
    Scenario s = view.scenario();
    double cap = s.coordination().staffHoursPerDay() * s.parameters().doctrineInitiativeShare() - oneOff(s);
    return view.standingCostPerDay() + planned + cost <= cap + 1e-9;
  }

}
