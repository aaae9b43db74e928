package org.liaison.results.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunResult;
import org.liaison.engine.RunSpec;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.ObjectiveRater;
import org.liaison.indicators.ResponseJudge;
import org.liaison.indicators.Score;
import org.liaison.policy.Policies;
import org.liaison.results.batch.Seeds;
import org.liaison.results.check.CheckReport.Finding;
import org.liaison.results.check.CheckReport.Kind;
import org.liaison.results.check.CheckReport.Row;
import org.liaison.results.check.CheckReport.ScoreRow;
import org.liaison.results.check.CheckReport.Tally;
import org.liaison.results.check.FindingText.Code;
import org.liaison.scenario.Actor;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Inject;
import org.liaison.scenario.Objective;
import org.liaison.scenario.Scenario;

/**
 * The scenario sanity check: runs a scenario under none, doctrine and random over the same N
 * seeds each, in parallel, and tallies every objective criterion and MSEL expectation per policy.
 *
 * <p>Seeds come from the batch's seed derivation with the policy left out, so each replication
 * faces the same draws under every policy (common random numbers). Results are gathered in run
 * order, so the report does not depend on the number of threads.
 */
public final class ScenarioCheck {
  /** The policies the check runs, in column order. */
  public static final List<String> POLICIES = Policies.NAMES;

  private ScenarioCheck() {}

  private record Run(RunResult result, RunProbe.Observed observed) {}

  /** Runs the check with {@code seeds} runs per policy on {@code threads} threads. */
  public static CheckReport run(Scenario scenario, int seeds, long masterSeed, int threads)
      throws InterruptedException {
    if (seeds < 1 || threads < 1) {
      throw new IllegalArgumentException("seeds and threads must be at least 1");
    }
    List<List<Run>> runs = execute(scenario, seeds, masterSeed, threads);
    List<Row> rows = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Row> expectations = new ArrayList<>();
    criteria(scenario, runs, rows);
    expectations(scenario, runs, expectations);
    for (Objective o : scenario.metadata().objectives()) {
      int end = 0;
      while (end < rows.size() && !rows.get(end).objective().equals(o.text())) {
        end++;
      }
      while (end < rows.size() && rows.get(end).objective().equals(o.text())) {
        end++;
      }
      for (Row r : expectations) {
        if (o.text().equals(r.objective())) {
          rows.add(end++, r);
        }
      }
    }
    expectations.stream().filter(r -> r.objective() == null).forEach(rows::add);
    for (Row r : rows) {
      judge(r, findings);
    }
    happenings(scenario, runs, findings);
    List<ScoreRow> score = score(scenario, runs, findings);
    findings.sort(java.util.Comparator.comparing(Finding::kind));
    return new CheckReport(scenario.metadata().title(), POLICIES, seeds, masterSeed, rows, score, findings);
  }

  private static List<List<Run>> execute(Scenario scenario, int seeds, long masterSeed, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "liaison-check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<List<Future<Run>>> futures = new ArrayList<>();
      for (String policy : POLICIES) {
        List<Future<Run>> byPolicy = new ArrayList<>();
        for (int rep = 0; rep < seeds; rep++) {
          long seed = Seeds.derive(masterSeed, scenario.metadata().id(), "check", 0, rep);
          byPolicy.add(pool.submit(() -> {
            RunProbe probe = new RunProbe(scenario);
            RunResult result = HeadlessRun.run(new RunSpec(scenario, seed, policy, null), List.of(probe));
            return new Run(result, probe.observed());
          }));
        }
        futures.add(byPolicy);
      }
      List<List<Run>> runs = new ArrayList<>();
      for (List<Future<Run>> byPolicy : futures) {
        List<Run> done = new ArrayList<>();
        for (Future<Run> f : byPolicy) {
          done.add(f.get());
        }
        runs.add(done);
      }
      return runs;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a check run failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One row per evidence criterion of every objective. */
  private static void criteria(Scenario scenario, List<List<Run>> runs, List<Row> rows) {
    List<Objective> objectives = scenario.metadata().objectives();
    for (int o = 0; o < objectives.size(); o++) {
      for (int k = 0; k < objectives.get(o).evidence().size(); k++) {
        List<Tally> tallies = new ArrayList<>();
        String description = null;
        for (List<Run> byPolicy : runs) {
          int[] counts = new int[4];
          for (Run run : byPolicy) {
            ObjectiveRater.Criterion c = run.result().objectives().get(o).criteria().get(k);
            description = c.description();
            counts[c.status().ordinal()]++;
          }
          tallies.add(new Tally(counts[0], counts[1], counts[2], counts[3]));
        }
        rows.add(new Row(objectives.get(o).text(), description, tallies, objectives.get(o).evidence().get(k).checkNote()));
      }
    }
  }

  /** One row per MSEL entry whose expected response names an action. */
  private static void expectations(Scenario scenario, List<List<Run>> runs, List<Row> rows) {
    List<Inject> msel = scenario.msel();
    for (int i = 0; i < msel.size(); i++) {
      Inject inject = msel.get(i);
      if (inject.expectedResponse() == null || inject.expectedResponse().action() == null) {
        continue;
      }
      List<Tally> tallies = new ArrayList<>();
      for (List<Run> byPolicy : runs) {
        int met = 0;
        int notMet = 0;
        int open = 0;
        int notFired = 0;
        for (Run run : byPolicy) {
          ResponseJudge.Outcome outcome = run.observed().responses()[i];
          if (outcome == null) {
            notFired++;
          } else if (outcome == ResponseJudge.Outcome.MET) {
            met++;
          } else if (outcome == ResponseJudge.Outcome.OPEN) {
            open++;
          } else {
            notMet++;
          }
        }
        tallies.add(new Tally(met, notMet, open, notFired));
      }
      String objective = scenario.metadata().objectives().stream()
          .filter(o -> o.id().equals(inject.objective())).map(Objective::text).findFirst().orElse(null);
      rows.add(new Row(objective, "MSEL " + inject.number() + ": " + inject.expectedResponse().text(), tallies,
          inject.expectedResponse().checkNote()));
    }
  }

  private static void judge(Row r, List<Finding> findings) {
    int met = r.byPolicy().stream().mapToInt(Tally::met).sum();
    int rated = r.byPolicy().stream().mapToInt(Tally::rated).sum();
    int runs = r.byPolicy().stream().mapToInt(t -> t.rated() + t.notObserved() + t.notApplicable()).sum();
    FindingText where = r.objective() == null ? FindingText.of(Code.CRITERION, r.criterion())
        : FindingText.of(Code.CRITERION_OF, r.criterion(), clip(r.objective(), 48));
    if (rated == 0) {
      findings.add(new Finding(Kind.NEVER_RATED, r.criterion(), FindingText.of(Code.NEVER_RATED, where, runs)));
    } else if (met == 0 || met == rated) {
      FindingText what = FindingText.of(met == 0 ? Code.MET_BY_NONE : Code.MET_BY_ALL, where, rated);
      if (r.checkNote() != null) {
        findings.add(new Finding(Kind.AS_MEANT, r.criterion(), FindingText.of(Code.AUTHOR_SAYS, what, r.checkNote())));
      } else {
        findings.add(new Finding(met == 0 ? Kind.NEVER_MET : Kind.ALWAYS_MET, r.criterion(), what));
      }
    } else if (r.checkNote() != null) {
      // A criterion the doctrine meets in every run, or in none, cannot rate the doctrine's own
      // runs; the author's note says why that is meant, and the check shows it.
      Tally doctrine = r.byPolicy().get(POLICIES.indexOf("doctrine"));
      if (doctrine.rated() > 0 && (doctrine.met() == 0 || doctrine.met() == doctrine.rated())) {
        findings.add(new Finding(Kind.AS_MEANT, r.criterion(), FindingText.of(doctrine.met() == 0
            ? Code.DOCTRINE_MEETS_NONE : Code.DOCTRINE_MEETS_ALL, where, doctrine.rated(), r.checkNote())));
      }
    }
  }

  private static void happenings(Scenario scenario, List<List<Run>> runs, List<Finding> findings) {
    List<Run> all = runs.stream().flatMap(List::stream).toList();
    int n = all.size();
    List<DecisionPoint> points = scenario.decisionPoints();
    for (int i = 0; i < points.size(); i++) {
      int k = i;
      if (all.stream().noneMatch(r -> r.observed().pointsOpened().get(k))) {
        findings.add(new Finding(Kind.NEVER_OPENS, points.get(i).id(),
            FindingText.of(Code.NEVER_OPENS, points.get(i).title(), n)));
      }
    }
    List<Inject> msel = scenario.msel();
    for (int i = 0; i < msel.size(); i++) {
      int k = i;
      if (all.stream().noneMatch(r -> r.observed().injectsFired().get(k))) {
        Inject inject = msel.get(i);
        findings.add(new Finding(Kind.NEVER_FIRES, "MSEL " + inject.number(), inject.condition() == null
            ? FindingText.of(Code.NEVER_FIRES, inject.number(), inject.message(), n)
            : FindingText.of(Code.NEVER_FIRES_WHEN, inject.number(), inject.message(), n, inject.condition())));
      }
    }
    List<Actor> actors = scenario.actors();
    for (int i = 0; i < actors.size(); i++) {
      int k = i;
      if (all.stream().noneMatch(r -> r.observed().actorsActed().get(k))) {
        findings.add(new Finding(Kind.NEVER_ACTS, actors.get(i).id(), FindingText.of(Code.NEVER_ACTS, actors.get(i).name(), n)));
      }
    }
    for (Indicator indicator : Indicator.values()) {
      int k = indicator.ordinal();
      double first = all.get(0).observed().firstValues()[k];
      boolean constant = all.stream().noneMatch(r -> r.observed().indicatorsMoved().get(k)
          || Double.compare(r.observed().firstValues()[k], first) != 0);
      if (constant && Double.isNaN(first)) {
        findings.add(new Finding(Kind.NEVER_OBSERVED, indicator.key(),
            FindingText.of(Code.NEVER_OBSERVED, indicator.key(), n, indicator.description())));
      } else if (constant) {
        findings.add(new Finding(Kind.NEVER_MOVES, indicator.key(), FindingText.of(Code.NEVER_MOVES, indicator.key(),
            String.format(Locale.ROOT, "%.4g", first), n, indicator.description())));
      }
    }
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  /**
   * The score and each component per policy; the score or a weighted component with no spread
   * under a policy is a finding (an unweighted one is shown but cannot bend the score).
   */
  private static List<ScoreRow> score(Scenario scenario, List<List<Run>> runs, List<Finding> findings) {
    List<ScoreRow> rows = new ArrayList<>();
    rows.add(scoreRow("score", Indicator.SCORE, runs, findings));
    for (Score.Component c : Score.Component.values()) {
      boolean weighted = c.weight(scenario.scoring().weights()) > 0;
      rows.add(scoreRow(c.key(), c.indicator(), runs, weighted ? findings : new ArrayList<>()));
    }
    return rows;
  }

  private static ScoreRow scoreRow(String name, Indicator indicator, List<List<Run>> runs, List<Finding> findings) {
    List<double[]> cells = new ArrayList<>();
    for (int p = 0; p < runs.size(); p++) {
      SummaryStatistics stats = new SummaryStatistics();
      for (Run run : runs.get(p)) {
        double v = run.result().indicators().get(indicator.key());
        if (!Double.isNaN(v)) {
          stats.addValue(v);
        }
      }
      long n = stats.getN();
      cells.add(new double[] {stats.getMean(), n > 1 ? stats.getStandardDeviation() : Double.NaN, n});
      if (n > 1 && stats.getMax() == stats.getMin()) {
        String value = String.format(Locale.ROOT, "%.4g", stats.getMax());
        findings.add(new Finding(Kind.CONSTANT_COMPONENT, name, name.equals("score")
            ? FindingText.of(Code.CONSTANT_SCORE, value, POLICIES.get(p), n)
            : FindingText.of(Code.CONSTANT_COMPONENT, name, value, POLICIES.get(p), n)));
      }
    }
    return new ScoreRow(name, cells);
  }
}
