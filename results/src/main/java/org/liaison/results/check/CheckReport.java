package org.liaison.results.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * What a sanity check found: per objective criterion and MSEL expectation how often each policy
 * met it, the score and its components per policy, and the findings a trainer should look at.
 *
 * @param policies the policies run, in column order
 * @param seeds runs per policy (the same seeds for every policy)
 */
public record CheckReport(String scenarioTitle, List<String> policies, int seeds, long masterSeed,
    List<Row> rows, List<ScoreRow> score, List<Finding> findings) {

  /** How one criterion fared over one policy's runs. */
  public record Tally(int met, int notMet, int notObserved, int notApplicable) {
    public int rated() {
      return met + notMet;
    }
  }

  /**
   * One objective criterion or MSEL expectation.
   *
   * @param objective the objective's text, or null for an MSEL expectation that names none
   * @param byPolicy tallies in the order of {@link CheckReport#policies()}
   * @param checkNote the author's reason for a criterion meant to be met by every policy or by none, or null
   */
  public record Row(String objective, String criterion, List<Tally> byPolicy, String checkNote) {}

  /** Mean and standard deviation of the score or one component per policy, over runs where observed. */
  public record ScoreRow(String name, List<double[]> meanSdN) {}

  /**
   * Something that never happens, or always does.
   *
   * @param subject what it is about, for tools: a criterion, a decision point's or actor's id, an indicator's key
   * @param text what it says, as a code and arguments
   */
  public record Finding(Kind kind, String subject, FindingText text) {
    /** What it says, in English. */
    public String message() {
      return text.english();
    }
  }

  /** The kinds of finding, in the order they are listed. */
  public enum Kind {
    NEVER_MET("never met"), ALWAYS_MET("always met"), AS_MEANT("as meant"), NEVER_RATED("never rated"),
    NEVER_OPENS("never opens"), NEVER_FIRES("never fires"), NEVER_ACTS("never acts"),
    NEVER_MOVES("never moves"), NEVER_OBSERVED("never observed"), CONSTANT_COMPONENT("constant");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The report as a table for people. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Sanity check of %s: %d seeds per policy, master seed %d%n%n",
        scenarioTitle, seeds, masterSeed));
    int width = 44;
    b.append(String.format(Locale.ROOT, "%-" + width + "s", "Score (mean ± sd)"));
    for (String p : policies) {
      b.append(String.format(Locale.ROOT, "  %-16s", p));
    }
    b.append('\n');
    for (ScoreRow r : score) {
      b.append(String.format(Locale.ROOT, "  %-" + (width - 2) + "s", clip(r.name(), width - 2)));
      for (double[] m : r.meanSdN()) {
        String cell = m[2] == 0 ? "not observed"
            : r.name().equals("score") ? String.format(Locale.ROOT, "%.1f ± %.1f", m[0], m[1])
            : String.format(Locale.ROOT, "%.3f ± %.3f", m[0], m[1]);
        b.append(String.format(Locale.ROOT, "  %-16s", cell));
      }
      b.append('\n');
    }
    b.append(String.format(Locale.ROOT, "%nCriteria and expectations: runs met / runs rated"
        + " (n/o: not observed, n/a: not applicable)%n"));
    String objective = "";
    for (Row r : rows) {
      String heading = r.objective() == null ? "MSEL expectations without an objective" : r.objective();
      if (!heading.equals(objective)) {
        b.append(clip(heading, width + 3 * 18)).append('\n');
        objective = heading;
      }
      b.append(String.format(Locale.ROOT, "  %-" + (width - 2) + "s", clip(r.criterion(), width - 2)));
      for (Tally t : r.byPolicy()) {
        String cell = t.met() + "/" + t.rated()
            + (t.notObserved() > 0 ? " " + t.notObserved() + " n/o" : "")
            + (t.notApplicable() > 0 ? " " + t.notApplicable() + " n/a" : "");
        b.append(String.format(Locale.ROOT, "  %-16s", cell));
      }
      b.append('\n');
    }
    b.append('\n');
    if (findings.isEmpty()) {
      b.append("No findings: every criterion is met in some runs and not in others, and everything happens.\n");
    } else {
      b.append("Findings\n");
      for (Finding f : findings) {
        b.append(String.format(Locale.ROOT, "  %-15s %s%n", f.kind().label(), f.message()));
      }
    }
    return b.toString();
  }

  /** The report as JSON for tools; values not observed are null. */
  public String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("scenario", scenarioTitle);
    root.put("seedsPerPolicy", seeds);
    root.put("masterSeed", masterSeed);
    ArrayNode ps = root.putArray("policies");
    policies.forEach(ps::add);
    ArrayNode scores = root.putArray("score");
    for (ScoreRow r : score) {
      ObjectNode n = scores.addObject();
      n.put("name", r.name());
      ObjectNode by = n.putObject("byPolicy");
      for (int i = 0; i < policies.size(); i++) {
        double[] m = r.meanSdN().get(i);
        ObjectNode cell = by.putObject(policies.get(i));
        number(cell, "mean", m[2] == 0 ? Double.NaN : m[0]);
        number(cell, "sd", m[2] < 2 ? Double.NaN : m[1]);
        cell.put("runsObserved", (int) m[2]);
      }
    }
    ArrayNode criteria = root.putArray("criteria");
    for (Row r : rows) {
      ObjectNode n = criteria.addObject();
      if (r.objective() == null) {
        n.putNull("objective");
      } else {
        n.put("objective", r.objective());
      }
      n.put("criterion", r.criterion());
      ObjectNode by = n.putObject("byPolicy");
      for (int i = 0; i < policies.size(); i++) {
        Tally t = r.byPolicy().get(i);
        ObjectNode cell = by.putObject(policies.get(i));
        cell.put("met", t.met());
        cell.put("notMet", t.notMet());
        cell.put("notObserved", t.notObserved());
        cell.put("notApplicable", t.notApplicable());
      }
    }
    ArrayNode fs = root.putArray("findings");
    for (Finding f : findings) {
      fs.addObject().put("kind", f.kind().name()).put("subject", f.subject()).put("message", f.message());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void number(ObjectNode n, String key, double v) {
    if (Double.isNaN(v)) {
      n.putNull(key);
    } else {
      n.put(key, v);
    }
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
