package org.liaison.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventListener;
import org.liaison.scenario.Evidence;
import org.liaison.scenario.ExpectedResponse;
import org.liaison.scenario.Inject;
import org.liaison.scenario.Objective;
import org.liaison.scenario.Scenario;

/**
 * Rates each learning objective P/S/M/U from its evidence: criteria on final indicator values,
 * and the expected responses of MSEL entries linked to the objective, judged from the event log
 * by a {@link ResponseJudge} (the same rules the engine applies live).
 *
 * <p>A criterion is met, not met, not observed (its indicator has nothing to measure, such as
 * warning coverage in a run without attacks, or the window of an expected response was still
 * open when the run ended) or not applicable (the MSEL entry never fired). Only criteria met or
 * not met are rated: the share met gives P (all), S (at least 2/3), M (at least 1/3) or U. An
 * objective none of whose criteria could be rated is {@link Rating#N}, not rated; one with no
 * criteria at all is U, as there is no evidence that it was met. Entries whose expected
 * response names no action cannot be checked by the simulation and are left to the reviewer.
 */
public final class ObjectiveRater implements EventListener {

  /** The ratings of the after-action review, and N for an objective nothing could rate. */
  public enum Rating { P, S, M, U, N }

  /** What a criterion showed in one run. */
  public enum Status {
    MET("met"), NOT_MET("not met"), NOT_OBSERVED("not observed"), NOT_APPLICABLE("not applicable");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** True for met and not met: the criterion counts towards the rating. */
    public boolean rated() {
      return this == MET || this == NOT_MET;
    }
  }

  /**
   * One criterion, what it showed and what was measured. The measured text is written when it is
   * first asked for: reports and summaries show it, but a batch rates every run and shows none, and
   * formatting the values cost it more than judging them.
   */
  public static final class Criterion {
    private final String description;
    private final Status status;
    private final Supplier<String> measuring;
    private String measured;

    private Criterion(String description, Status status, Supplier<String> measuring) {
      this.description = description;
      this.status = status;
      this.measuring = measuring;
    }

    public String description() {
      return description;
    }

    public Status status() {
      return status;
    }

    /** What was measured, as reports and summaries carry it. */
    public String measured() {
      // a race writes the same text twice, and a String is safe to publish without a lock
      String text = measured;
      if (text == null) {
        text = measuring.get();
        measured = text;
      }
      return text;
    }

    public boolean met() {
      return status == Status.MET;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Criterion c && description.equals(c.description) && status == c.status
          && measured().equals(c.measured());
    }

    @Override
    public int hashCode() {
      return Objects.hash(description, status, measured());
    }

    @Override
    public String toString() {
      return "Criterion[description=" + description + ", status=" + status + ", measured=" + measured() + "]";
    }
  }

  /** An objective's rating and the evidence behind it; met of total criteria rated. */
  public record ObjectiveRating(String id, String text, Rating rating, int met, int total,
      List<Criterion> criteria) {}

  private final Scenario scenario;
  private final ResponseJudge judge;
  private long lastTick = -1;

  public ObjectiveRater(Scenario scenario) {
    this(scenario, ResponseJudge.Index.of(scenario));
  }

  /** A rater for a run of a scenario whose MSEL was indexed before (the runs of a batch share the index). */
  public ObjectiveRater(Scenario scenario, ResponseJudge.Index responses) {
    this.scenario = scenario;
    this.judge = new ResponseJudge(responses);
  }

  @Override
  public void on(EngineEvent event) {
    if (event instanceof EngineEvent.InjectFired e) {
      judge.fired(e.number(), e.tick());
    } else if (event instanceof EngineEvent.ActionTaken e) {
      judge.actionTaken(e.tick(), e.action(), e.target(), e.source());
    } else if (event instanceof EngineEvent.TickEnded e) {
      judge.hourEnded(e.tick());
      lastTick = e.tick();
    }
  }

  /** The rating of a share of criteria met; with none rated, N. */
  public static Rating rate(int met, int total) {
    if (total == 0) {
      return Rating.N;
    }
    if (met == total) {
      return Rating.P;
    }
    double share = (double) met / total;
    return share >= 2.0 / 3 - 1e-12 ? Rating.S : share >= 1.0 / 3 - 1e-12 ? Rating.M : Rating.U;
  }

  /** Rates every objective of the scenario against final indicator values. */
  public List<ObjectiveRating> rate(IndicatorTracker indicators) {
    List<ObjectiveRating> out = new ArrayList<>();
    for (Objective o : scenario.metadata().objectives()) {
      List<Criterion> criteria = criteria(o, indicators);
      int met = (int) criteria.stream().filter(Criterion::met).count();
      int rated = (int) criteria.stream().filter(c -> c.status().rated()).count();
      Rating rating = criteria.isEmpty() ? Rating.U : rate(met, rated);
      out.add(new ObjectiveRating(o.id(), o.text(), rating, met, rated, List.copyOf(criteria)));
    }
    return out;
  }

  /**
   * The same ratings said with the texts of another copy of the scenario rated: the copy in its
   * own language for the files a run writes, or the one in a reader's language for a review. An
   * objective the copy lacks keeps its texts.
   */
  public static List<ObjectiveRating> inTextsOf(Scenario copy, List<ObjectiveRating> ratings) {
    List<ObjectiveRating> out = new ArrayList<>(ratings.size());
    for (ObjectiveRating r : ratings) {
      Objective o = copy.metadata().objectives().stream().filter(x -> x.id().equals(r.id())).findFirst().orElse(null);
      if (o == null) {
        out.add(r);
        continue;
      }
      List<String> texts = new ArrayList<>();
      o.evidence().forEach(e -> texts.add(describe(e)));
      for (int i : judgedEntriesOf(o, copy.msel())) {
        texts.add(responseText(copy.msel().get(i)));
      }
      List<Criterion> criteria = r.criteria();
      if (texts.size() == criteria.size()) {
        criteria = new ArrayList<>(criteria.size());
        for (int k = 0; k < texts.size(); k++) {
          Criterion c = r.criteria().get(k);
          criteria.add(new Criterion(texts.get(k), c.status(), c::measured));
        }
      }
      out.add(new ObjectiveRating(r.id(), o.text(), r.rating(), r.met(), r.total(), List.copyOf(criteria)));
    }
    return out;
  }

  private static String responseText(Inject inject) {
    return "MSEL " + inject.number() + ": " + inject.expectedResponse().text();
  }

  /** The criteria of one objective: its evidence, then the MSEL entries that name it. */
  public List<Criterion> criteria(Objective o, IndicatorTracker indicators) {
    List<Criterion> criteria = new ArrayList<>();
    for (Evidence e : o.evidence()) {
      criteria.add(evidence(e, indicators));
    }
    for (int i : judgedEntriesOf(o, scenario.msel())) {
      criteria.add(response(i));
    }
    return criteria;
  }

  /**
   * The MSEL entries, by index, whose judged responses are criteria of the objective, in the order
   * its criteria list them: the rating and its texts in another language must agree on it.
   */
  private static List<Integer> judgedEntriesOf(Objective o, List<Inject> msel) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < msel.size(); i++) {
      if (o.id().equals(msel.get(i).objective()) && ResponseJudge.judged(msel, i)) {
        out.add(i);
      }
    }
    return out;
  }

  private static Criterion evidence(Evidence e, IndicatorTracker indicators) {
    if (Indicator.byKey(e.indicator()).isEmpty()) {
      return new Criterion(describe(e), Status.NOT_OBSERVED, () -> Measured.Code.UNKNOWN_INDICATOR.text(e.indicator()));
    }
    double v = indicators.value(e.indicator());
    if (Double.isNaN(v)) {
      return new Criterion(describe(e), Status.NOT_OBSERVED, () -> Measured.Code.NOT_OBSERVED.text(e.indicator()));
    }
    boolean met = (e.atLeast() == null || v >= e.atLeast()) && (e.atMost() == null || v <= e.atMost());
    return new Criterion(describe(e), met ? Status.MET : Status.NOT_MET,
        () -> Measured.Code.VALUE.text(e.indicator(), v));
  }

  private Criterion response(int i) {
    Inject inject = scenario.msel().get(i);
    ExpectedResponse r = inject.expectedResponse();
    String text = responseText(inject);
    if (!judge.hasFired(i)) {
      return new Criterion(text, Status.NOT_APPLICABLE, () -> Measured.Code.NEVER_FIRED.text());
    }
    long after = judge.answeredAfter(i);
    return switch (judge.outcome(i)) {
      case MET -> new Criterion(text, Status.MET, () -> after < 0 ? Measured.Code.MET_BEFORE.text(type(r), -after)
          : Measured.Code.MET_AFTER.text(type(r), after));
      case LATE -> new Criterion(text, Status.NOT_MET, () -> after < 0
          ? Measured.Code.LATE_BEFORE.text(type(r), -after, window(r))
          : Measured.Code.LATE_AFTER.text(type(r), after, window(r)));
      case MISSED -> new Criterion(text, Status.NOT_MET, () -> Measured.Code.MISSED.text(type(r), window(r)));
      case OPEN -> {
        long open = lastTick - judge.firedAt(i);
        yield open > r.withinHours()
            ? new Criterion(text, Status.NOT_MET, () -> Measured.Code.MISSED.text(type(r), window(r)))
            : new Criterion(text, Status.NOT_OBSERVED, () -> Measured.Code.RUN_ENDED.text(open));
      }
    };
  }

  private static String type(ExpectedResponse r) {
    return r.action().name() + (r.target() == null ? "" : " on " + r.target()) + (r.role() == null ? "" : " by " + r.role());
  }

  private static String window(ExpectedResponse r) {
    return r.fromHours() == 0 ? "within " + r.withinHours() + " h"
        : "within " + r.fromHours() + " h to " + r.withinHours() + " h of the entry";
  }

  private static String describe(Evidence e) {
    if (e.description() != null) {
      return e.description();
    }
    StringBuilder b = new StringBuilder(e.indicator());
    if (e.atLeast() != null) {
      b.append(" >= ").append(e.atLeast());
    }
    if (e.atMost() != null) {
      b.append(" <= ").append(e.atMost());
    }
    return b.toString();
  }
}
