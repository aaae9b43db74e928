package org.liaison.policy;

import java.util.List;
import java.util.SplittableRandom;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.Actor;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Zone;

/**
 * A baseline that decides at random: a uniformly chosen option at each decision point and, each
 * day, up to {@link #ACTIONS_PER_DAY} free actions drawn at random among those whose
 * preconditions hold.
 *
 * <p>Its draws come from its own stream, seeded from the run's seed through a fixed mix
 * ({@link #streamSeed}), never from the model's random stream: a policy's randomness cannot shift
 * the model's draws, and the same run seed gives the same decisions.
 */
public final class RandomPolicy implements DecisionMaker {
  /** At most this many free actions a day. */
  public static final int ACTIONS_PER_DAY = 2;
  /** Attempts per action to draw one whose preconditions hold. */
  private static final int ATTEMPTS = 12;

  /** The types it draws among: it ends no arrangement and answers no message. */
  private static final ActionType[] DRAWN = java.util.Arrays.stream(ActionType.values())
      .filter(ActionType::coordinates).toArray(ActionType[]::new);

  private SplittableRandom random;

  @Override
  public String name() {
    return "random";
  }

  /** The seed of the policy's stream for a run seed: SplitMix64's finaliser of the seed with a fixed salt. */
  public static long streamSeed(long runSeed) {
    long z = runSeed ^ 0x5241_4E44_4F4D_504CL; // "RANDOMPL"
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private SplittableRandom random(WorldView view) {
    if (random == null) {
      random = new SplittableRandom(streamSeed(view.seed()));
    }
    return random;
  }

  @Override
  public DecisionOption choose(DecisionPoint point, WorldView view) {
    List<DecisionOption> options = point.options();
    return options.get(random(view).nextInt(options.size()));
  }

  @Override
  public void daily(WorldView view, Actions actions) {
    SplittableRandom r = random(view);
    Scenario s = view.scenario();
    int n = r.nextInt(ACTIONS_PER_DAY + 1);
    for (int i = 0; i < n; i++) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        CoordinationAction a = draw(r, s, view);
        if (a != null && actions.wouldRefuse(a) == null) {
          actions.take(a);
          break;
        }
      }
    }
  }

  private static CoordinationAction draw(SplittableRandom r, Scenario s, WorldView view) {
    ActionType type = DRAWN[r.nextInt(DRAWN.length)];
    List<Actor> others = s.actors().stream().filter(a -> !a.id().equals(view.missionActor())).toList();
    if (others.isEmpty()) {
      return null;
    }
    Actor target = others.get(r.nextInt(others.size()));
    Zone zone = s.map().zones().get(r.nextInt(s.map().zones().size()));
    List<PendingRequest> requests = view.pendingRequests();
    return switch (type) {
      case HIRE_INTERPRETERS -> target.communication().languages().isEmpty() ? null
          : new CoordinationAction(type, null, null, null, null, null,
              target.communication().languages().get(r.nextInt(target.communication().languages().size())), null, null);
      case HOLD_COORDINATION_FORUM -> new CoordinationAction(type, null, null, null,
          others.stream().filter(a -> r.nextBoolean()).map(Actor::id).toList(), null, null, null, null);
      case DISPUTE_RESOLUTION, DEPLOY_UNITS -> new CoordinationAction(type, null, null, zone.id(), null, null, null, null, null);
      case JOINT_PATROL -> new CoordinationAction(type, target.id(), null, zone.id(), null, null, null, null, null);
      case OPEN_CHANNEL -> target.communication().media().isEmpty() ? null
          : new CoordinationAction(type, target.id(), null, null, null,
              target.communication().media().get(r.nextInt(target.communication().media().size())), null, null, null);
      case ACCEPT_REQUEST, DECLINE_REQUEST -> {
        if (requests.isEmpty()) {
          yield null;
        }
        PendingRequest q = requests.get(r.nextInt(requests.size()));
        yield new CoordinationAction(type, q.actor(), null, null, null, null, null, q.task(), null);
      }
      default -> CoordinationAction.on(type, target.id());
    };
  }
}
