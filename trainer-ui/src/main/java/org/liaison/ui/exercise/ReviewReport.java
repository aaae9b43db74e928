package org.liaison.ui.exercise;

import java.util.List;
import java.util.Locale;
import org.liaison.engine.RunResult;
import org.liaison.indicators.ObjectiveRater;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.Scenario;
import org.liaison.ui.I18n;

/** The after-action review as one self-contained HTML page (inline style and SVG, no links out). */
public final class ReviewReport {
  private ReviewReport() {}

  /**
   * @param history indicator values per hour, [hour][indicator ordinal]
   * @param noneScores scores of the background runs without coordination (may be empty)
   * @param doctrineScores scores of the background runs under doctrine (may be empty)
   * @param notes exercise control's notes on participants
   * @param whatIf the counterfactual computed in the review, or null
   */
  public static String html(Scenario s, RunResult result, DecisionLog log, float[][] history,
      List<Double> noneScores, List<Double> doctrineScores, java.util.Map<String, String> participants,
      List<ObserverNote> notes, WhatIf whatIf) {
    org.liaison.ui.Names names = new org.liaison.ui.Names(s);
    org.liaison.ui.Refusals refusals = new org.liaison.ui.Refusals(names);
    org.liaison.ui.Measurements measurements = new org.liaison.ui.Measurements(names);
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html><html lang=\"").append(I18n.locale().getLanguage())
        .append("\"><head><meta charset=\"utf-8\"><title>").append(esc(t("report.title", s.metadata().title())))
        .append("</title><style>")
        .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222;line-height:1.4}")
        .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.3em;text-align:left;vertical-align:top}")
        .append(".P{color:#fff;background:#0072B2}.S{background:#56B4E9}.M{background:#E69F00}.U{color:#fff;background:#D55E00}")
        .append(".r{font-weight:bold;padding:.1em .5em;border-radius:.3em}")
        .append("</style></head><body>");
    b.append("<h1>").append(t("report.heading")).append("</h1><p><b>").append(esc(s.metadata().title()))
        .append("</b>, ").append(t("report.run", Long.toString(log.header().seed()), s.metadata().durationDays()))
        .append("</p>");
    b.append("<h2>").append(t("review.participants")).append("</h2><ul>");
    for (org.liaison.scenario.Role r : s.metadata().roles()) {
      String who = participants.get(r.id());
      b.append("<li>").append(esc(r.title())).append(": ")
          .append(who == null ? "<i>" + t("report.unnamed") + "</i>" : esc(who)).append("</li>");
    }
    b.append("</ul>");
    b.append("<h2>").append(Double.isNaN(result.score()) ? t("report.scoreNone") : t("report.score", result.score()))
        .append("</h2>");
    b.append("<p>").append(t("report.none", noneScores.size(), summary(noneScores))).append("<br>")
        .append(t("report.doctrine", doctrineScores.size(), summary(doctrineScores))).append("</p>");
    b.append("<h2>").append(t("report.objectives")).append("</h2><table><tr><th>").append(t("report.rating"))
        .append("</th><th>").append(t("report.objective")).append("</th><th>").append(t("report.evidence"))
        .append("</th></tr>");
    for (ObjectiveRater.ObjectiveRating o : result.objectives()) {
      b.append("<tr><td><span class=\"r ").append(o.rating()).append("\">").append(o.rating())
          .append("</span> ").append(o.met()).append("/").append(o.total()).append("</td><td>")
          .append(esc(o.text())).append("</td><td><ul>");
      for (ObjectiveRater.Criterion c : o.criteria()) {
        b.append("<li>").append(esc(org.liaison.ui.Measurements.status(c.status()))).append(": ")
            .append(esc(org.liaison.ui.Names.humanise(c.description()))).append(" (")
            .append(esc(measurements.say(c.measured()))).append(")</li>");
      }
      b.append("</ul></td></tr>");
    }
    b.append("</table><h2>").append(t("report.decisions")).append("</h2><table><tr><th>").append(t("report.when"))
        .append("</th><th>").append(t("report.point")).append("</th><th>").append(t("report.option")).append("</th><th>")
        .append(t("report.role")).append("</th></tr>");
    for (DecisionLog.Entry e : log.entries()) {
      if (e.phase() == DecisionLog.Phase.OPTION || e.kind() == DecisionLog.Kind.CONTROL) {
        continue;
      }
      b.append("<tr><td>").append(clock(e.tick())).append("</td><td>");
      if (e.kind() == DecisionLog.Kind.CHOICE) {
        org.liaison.scenario.DecisionPoint p = s.decisionPoints().stream().filter(x -> x.id().equals(e.point()))
            .findFirst().orElse(null);
        b.append(esc(p == null ? e.point() : p.title())).append("</td><td>")
            .append(esc(p == null ? e.option() : p.options().stream().filter(o -> o.id().equals(e.option()))
                .map(org.liaison.scenario.DecisionOption::label).findFirst().orElse(e.option())))
            .append(byDoctrine(e) ? " <b>— " + t("review.byDoctrine") + "</b>" : "");
      } else {
        CoordinationActionText.append(b, e, s);
      }
      String who = participants.get(e.role());
      b.append("</td><td>").append(esc(names.role(e.role()))).append(who == null ? "" : ", " + esc(who))
          .append(e.taken() ? "" : " (" + esc(t("report.refused", refusals.say(e.reason()))) + ")")
          .append("</td></tr>");
    }
    b.append("</table><h2>").append(t("review.notes")).append("</h2>");
    if (notes.isEmpty()) {
      b.append("<p>").append(t("review.noNotes")).append("</p>");
    } else {
      b.append("<table><tr><th>").append(t("report.when")).append("</th><th>").append(t("note.about"))
          .append("</th><th>").append(t("note.text")).append("</th><th>").append(t("report.by")).append("</th></tr>");
      for (ObserverNote n : notes) {
        b.append("<tr><td>").append(clock(n.tick())).append("</td><td>").append(esc(n.participant()))
            .append("</td><td>").append(esc(n.text())).append("</td><td>").append(esc(n.by())).append("</td></tr>");
      }
      b.append("</table>");
    }
    b.append("<h2>").append(t("report.indicators")).append("</h2>");
    b.append(svg(history, log, null));
    b.append("<p>").append(t("report.lines")).append("</p>");
    whatIf(b, whatIf, log);
    b.append("</body></html>");
    return b.toString();
  }

  /** The counterfactual: its score against the trainee's, each objective in both runs, and both score lines. */
  private static void whatIf(StringBuilder b, WhatIf w, DecisionLog log) {
    b.append("<h2>").append(t("report.whatIf")).append("</h2>");
    if (w == null) {
      b.append("<p>").append(t("report.noWhatIf")).append("</p>");
      return;
    }
    String difference = Double.isNaN(w.branchScore()) || Double.isNaN(w.loggedScore()) ? ""
        : ", " + String.format(I18n.locale(), "%+.1f", w.branchScore() - w.loggedScore());
    b.append("<p>").append(I18n.t("report.whatIfScore", "<b>" + esc(w.branchOption()) + "</b>",
        "<b>" + esc(w.loggedOption()) + "</b>", "<i>" + esc(w.point()) + "</i>", score(w.branchScore()),
        score(w.loggedScore()), difference));
    b.append("</p><table><tr><th>").append(t("report.objective")).append("</th><th>").append(t("report.yours"))
        .append("</th><th>").append(t("report.whatIf")).append("</th></tr>");
    for (WhatIf.ObjectiveDifference d : w.objectives()) {
      b.append("<tr><td>").append(esc(d.objective())).append("</td><td><span class=\"r ").append(d.logged())
          .append("\">").append(d.logged()).append("</span> ").append(d.loggedMet()).append("/").append(d.total())
          .append("</td><td><span class=\"r ").append(d.branch()).append("\">").append(d.branch()).append("</span> ")
          .append(d.branchMet()).append("/").append(d.total()).append("</td></tr>");
    }
    b.append("</table>");
    b.append(svg(WhatIf.history(w.comparison().original().series()), log, w.branchHistory()));
    b.append("<p>").append(t("report.whatIfLines")).append("</p>");
  }

  private static String score(double v) {
    return Double.isNaN(v) ? t("chart.notObserved") : t("report.value", v);
  }

  private static String svg(float[][] h, DecisionLog log, float[][] branch) {
    int w = 800;
    int ht = 240;
    StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w
        + "\" height=\"" + ht + "\" viewBox=\"0 0 " + w + " " + ht + "\"><rect width=\"100%\" height=\"100%\" fill=\"#fafafa\"/>");
    if (h.length > 1) {
      int[] idx = {org.liaison.indicators.Indicator.TRUST_IN_MISSION.ordinal(),
          org.liaison.indicators.Indicator.WARNING_COVERAGE.ordinal(),
          org.liaison.indicators.Indicator.HUMANITARIAN_ACCESS.ordinal(),
          org.liaison.indicators.Indicator.SCORE.ordinal()};
      String[] colours = {"#0072B2", "#E69F00", "#009E73", "#000000"};
      for (int k = 0; k < idx.length; k++) {
        b.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colours[k]).append("\" points=\"");
        for (int t = 0; t < h.length; t++) {
          double v = h[t][idx[k]] / (k == 3 ? 100.0 : 1.0);
          if (!Double.isNaN(v)) {
            b.append(fmt(t * (w - 1.0) / (h.length - 1))).append(',').append(fmt((1 - v) * (ht - 10) + 5)).append(' ');
          }
        }
        b.append("\"/>");
      }
      if (branch != null) {
        int score = org.liaison.indicators.Indicator.SCORE.ordinal();
        b.append("<polyline fill=\"none\" stroke-width=\"2\" stroke-dasharray=\"6 3\" stroke=\"#CC79A7\" points=\"");
        for (int t = 0; t < branch.length && t < h.length; t++) {
          double v = branch[t][score] / 100.0;
          if (!Double.isNaN(v)) {
            b.append(fmt(t * (w - 1.0) / (h.length - 1))).append(',').append(fmt((1 - v) * (ht - 10) + 5)).append(' ');
          }
        }
        b.append("\"/>");
      }
      for (DecisionLog.Entry d : log.choices()) {
        double x = d.tick() * (w - 1.0) / (h.length - 1);
        b.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x))
            .append("\" y1=\"0\" y2=\"").append(ht).append("\" stroke=\"#CC79A7\" stroke-dasharray=\"4 3\"/>");
      }
    }
    return b.append("</svg>").toString();
  }

  /** Writes a free action's cells. */
  private static final class CoordinationActionText {
    static void append(StringBuilder b, DecisionLog.Entry e, Scenario scenario) {
      b.append(t("report.freeAction")).append("</td><td>").append(esc(ActionCatalogue.typeName(e.action().type()))).append(": ")
          .append(esc(ActionCatalogue.label(scenario, e.action())));
    }
  }

  /** Whether a choice was made by the doctrine for a role no one played, not by a trainee. */
  public static boolean byDoctrine(DecisionLog.Entry e) {
    return e.kind() == DecisionLog.Kind.CHOICE && e.phase() != DecisionLog.Phase.DESK;
  }

  /** "mean 41.2 (min 30.1, max 52.0)", or "not computed" for an empty list, in the trainer's language. */
  public static String summary(List<Double> scores) {
    if (scores.isEmpty()) {
      return I18n.t("report.notComputed");
    }
    double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double min = scores.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double max = scores.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    return I18n.t("report.summary", mean, min, max);
  }

  /** "Day 3, 14:00" for a tick, in the trainer's language. */
  public static String clock(long tick) {
    return I18n.t("report.clock", tick / 24 + 1, String.format(Locale.ROOT, "%02d:00", tick % 24));
  }

  /** A text of the trainer's bundle, escaped for HTML. */
  private static String t(String key, Object... args) {
    return esc(I18n.t(key, args));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
