package org.liaison.results.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.DocumentParser;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.InvalidScenarioException;
import org.liaison.scenario.read.LocatedTree;
import org.liaison.scenario.read.Pointers;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.scenario.read.StructureChecker;
import org.liaison.scenario.read.Suggestions;

/**
 * The one way to read an experiment file: parse with positions, check the structure against
 * {@link Experiment}, bind, then check the meaning (parameter names and ranges, the design, the
 * scenarios themselves, policies, indicators). Every problem is reported at once as
 * {@code FILE:LINE:COLUMN: path: message; what is allowed}, before anything runs.
 */
public final class ExperimentReader {
  /** Most design points an experiment may have. */
  public static final int MAX_DESIGN_POINTS = 1_000_000;
  /** Most runs an experiment may have. */
  public static final long MAX_RUNS = 100_000_000L;
  static final int MAX_REPLICATIONS = 100_000;
  static final int MAX_SAMPLES = 100_000;
  static final int MAX_THREADS = 4_096;
  /** Problems listed at most, as the scenario reader does; the rest are counted. */
  static final int MAX_PROBLEMS = 200;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final Pattern POLICY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  /** Policies read from a file: a rule file, or a decision log to replay. */
  static final List<String> FILE_POLICY_PREFIXES = List.of("rules:", "replay:");
  private static final ObjectMapper BINDER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final String file;
  private final Path baseDirectory;
  private final LocatedTree tree;
  private final Set<String> knownPolicies;
  private final Function<String, String> policyCheck;
  private final Function<String, String> outputName;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> policyTargets = new java.util.LinkedHashMap<>();
  private final Map<String, String> policyFiles = new java.util.LinkedHashMap<>();
  private final Map<String, String> policySources = new java.util.LinkedHashMap<>();

  private ExperimentReader(String file, Path baseDirectory, LocatedTree tree, Set<String> knownPolicies,
      Function<String, String> policyCheck, Function<String, String> outputName) {
    this.file = file;
    this.baseDirectory = baseDirectory;
    this.tree = tree;
    this.knownPolicies = knownPolicies;
    this.policyCheck = policyCheck;
    this.outputName = outputName;
  }

  /** Reads and validates an experiment file for {@code executor}, which also checks file policies. */
  public static BatchPlan read(Path file, RunExecutor executor) throws InvalidInputException {
    return read(file, executor.policies(), executor::problemWithPolicy, executor::outputName);
  }

  /**
   * Reads and validates an experiment file.
   *
   * @param knownPolicies the policies the executor understands; empty to accept any well-formed name
   */
  public static BatchPlan read(Path file, Set<String> knownPolicies) throws InvalidInputException {
    return read(file, knownPolicies, null);
  }

  /**
   * Reads and validates an experiment file.
   *
   * @param policyCheck why a policy read from a file ({@code rules:FILE}, {@code replay:FILE},
   *     with the path resolved) cannot be used, or null when it can; null to only check that the file exists
   */
  public static BatchPlan read(Path file, Set<String> knownPolicies, Function<String, String> policyCheck)
      throws InvalidInputException {
    return read(file, knownPolicies, policyCheck, Function.identity());
  }

  private static BatchPlan read(Path file, Set<String> knownPolicies, Function<String, String> policyCheck,
      Function<String, String> outputName) throws InvalidInputException {
    String display = file.toString();
    LocatedTree tree = new DocumentParser().parse(file, display);
    Path base = file.toAbsolutePath().getParent();
    String fileName = file.getFileName().toString();
    String defaultName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    return new ExperimentReader(display, base, tree, knownPolicies, policyCheck, outputName).plan(defaultName);
  }

  /**
   * The plan of the quick form {@code liaison batch SCENARIO --reps N --policy a,b}: one scenario,
   * its own parameters, one design point. Flags must have been checked by the caller.
   */
  public static BatchPlan quick(Path scenarioFile, int replications, List<String> policies, long seed,
      List<Indicator> indicators, int timeseriesEvery, int threads, Path output) throws InvalidInputException {
    return quick(scenarioFile, replications, policies, seed, false, indicators, timeseriesEvery, threads, output,
        Function.identity());
  }

  /**
   * The quick form, optionally with common random numbers.
   *
   * @param outputName the name each policy has in outputs (see {@link RunExecutor#outputName})
   */
  public static BatchPlan quick(Path scenarioFile, int replications, List<String> policies, long seed,
      boolean commonRandomNumbers, List<Indicator> indicators, int timeseriesEvery, int threads, Path output,
      Function<String, String> outputName) throws InvalidInputException {
    Scenario scenario = ScenarioReader.read(scenarioFile);
    String digest;
    try {
      digest = sha256(scenarioFile);
    } catch (IOException e) {
      throw new InvalidInputException(List.of(new Problem(scenarioFile.toString(), 0, 0, "", "cannot be read: "
          + e.getMessage())));
    }
    String id = scenario.metadata().id();
    Map<String, String> files = new java.util.LinkedHashMap<>();
    Map<String, String> targets = new java.util.LinkedHashMap<>();
    Map<String, String> sources = new java.util.LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (String policy : policies) {
      String prefix = filePrefix(policy);
      if (prefix == null) {
        names.add(policy);
        continue;
      }
      Path path = Path.of(policy.substring(prefix.length()));
      String shown = outputName.apply(policy);
      if (targets.containsKey(shown)) {
        throw new InvalidInputException(List.of(new Problem(path.toString(), 0, 0, "", "policy '" + policy
            + "' is named " + shown + " in outputs, as is '" + sources.get(shown) + "'; give one rule file another name")));
      }
      try {
        files.put(shown, sha256(path));
      } catch (IOException e) {
        throw new InvalidInputException(List.of(new Problem(path.toString(), 0, 0, "",
            "cannot be read: " + e.getMessage())));
      }
      names.add(shown);
      targets.put(shown, policy);
      sources.put(shown, policy);
    }
    return new BatchPlan(id, List.of(new BatchPlan.PlannedScenario(id, scenarioFile.toString(), scenario, digest)),
        names, targets, files, sources, Map.of(), List.of(), List.of(Map.of()), replications, seed, commonRandomNumbers,
        indicators, timeseriesEvery, threads, output == null ? Path.of("runs", id) : output);
  }

  /** Whether a parsed document looks like an experiment (it lists scenarios) rather than a scenario. */
  public static boolean looksLikeExperiment(Path file) {
    try {
      return new DocumentParser().parse(file, file.toString()).root().has("scenarios");
    } catch (InvalidInputException e) {
      return false;
    }
  }

  private BatchPlan plan(String defaultName) throws InvalidInputException {
    if (!tree.root().isObject()) {
      throw new InvalidInputException(List.of(problem("", "expected a mapping of keys (" + String.join(", ",
          StructureChecker.keysOf(Experiment.class).keySet()) + ")")));
    }
    ObjectNode withoutSeed = (ObjectNode) tree.root().deepCopy();
    JsonNode seedNode = withoutSeed.remove("seed");
    Long seed = null;
    if (seedNode != null && !seedNode.isNull()) {
      if (seedNode.isIntegralNumber() && seedNode.canConvertToLong()) {
        seed = seedNode.longValue();
      } else {
        report("/seed", "found " + seedNode.toString() + "; expected a whole number from " + Long.MIN_VALUE + " to "
            + Long.MAX_VALUE);
      }
    }
    StructureChecker.Result structure = StructureChecker.check(file, new LocatedTree(withoutSeed, tree.positions()),
        Experiment.class);
    problems.addAll(structure.problems());
    if (!structure.complete()) {
      throw failure();
    }
    Experiment experiment;
    try {
      ObjectNode repaired = (ObjectNode) structure.repaired().root();
      if (seed != null) {
        repaired.put("seed", seed);
      }
      experiment = BINDER.treeToValue(repaired, Experiment.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      problems.add(new Problem(file, 1, 1, "", "cannot be read as an experiment: "
          + e.getMessage().lines().findFirst().orElse("")));
      throw failure();
    }
    BatchPlan plan = check(experiment, defaultName);
    if (!problems.isEmpty()) {
      throw failure();
    }
    return plan;
  }

  private BatchPlan check(Experiment e, String defaultName) {
    if (e.formatVersion() != Experiment.FORMAT_VERSION) {
      report("/formatVersion", "format version " + e.formatVersion() + " is not supported; this release reads "
          + Experiment.FORMAT_VERSION);
    }
    String name = e.name() == null ? defaultName : e.name();
    if (e.name() != null && !NAME.matcher(e.name()).matches()) {
      report("/name", "'" + e.name() + "' is not a valid name; use letters, digits, '.', '_' and '-', at most 64");
    }
    List<BatchPlan.PlannedScenario> scenarios = checkScenarios(e.scenarios(), e.variants());
    List<String> policyNames = checkPolicies(e.policies());
    checkParameters("/parameters", e.parameters());
    List<Map<String, Double>> points = checkDesign(e.design());
    List<String> designParameters = points.isEmpty() ? List.of() : List.copyOf(points.get(0).keySet());
    if (e.replications() < 1 || e.replications() > MAX_REPLICATIONS) {
      report("/replications", e.replications() + " is out of range; allowed: 1 to " + MAX_REPLICATIONS);
    }
    List<Indicator> indicators = checkIndicators(e.indicators());
    if (e.timeseriesEvery() < 0) {
      report("/timeseriesEvery", e.timeseriesEvery() + " is negative; give 0 (final values only) or a number of ticks");
    }
    int threads = e.threads() == null ? Runtime.getRuntime().availableProcessors() : e.threads();
    if (threads < 1 || threads > MAX_THREADS) {
      report("/threads", threads + " is out of range; allowed: 1 to " + MAX_THREADS);
    }
    Path output = (e.output() == null ? baseDirectory.resolve("runs").resolve(name) : baseDirectory.resolve(e.output()))
        .normalize();
    if (e.output() != null && e.output().isBlank()) {
      report("/output", "empty output directory; give a directory or leave the key out");
    }
    long total = (long) scenarios.size() * Math.max(1, points.size()) * e.policies().size() * Math.max(1, e.replications());
    if (problems.isEmpty() && total > MAX_RUNS) {
      report("", "the experiment has " + total + " runs; at most " + MAX_RUNS + " are allowed");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new BatchPlan(name, scenarios, policyNames, policyTargets, policyFiles, policySources, e.parameters(),
        designParameters,
        points, e.replications(), e.seed(), e.commonRandomNumbers(), indicators, e.timeseriesEvery(), threads, output);
  }

  private List<BatchPlan.PlannedScenario> checkScenarios(List<String> paths, Map<String, String> variants) {
    List<BatchPlan.PlannedScenario> scenarios = new ArrayList<>();
    if (paths.isEmpty()) {
      report("/scenarios", "no scenarios; list at least one scenario file, relative to the experiment file");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < paths.size(); i++) {
      BatchPlan.PlannedScenario planned = readScenario("/scenarios/" + i, paths.get(i), null);
      if (planned == null) {
        continue;
      }
      if (!ids.add(planned.id())) {
        report("/scenarios/" + i, "scenario id '" + planned.id() + "' appears twice; list each scenario once, and a "
            + "changed copy of it under variants with a label (variants: {LABEL: FILE})");
      }
      scenarios.add(planned);
    }
    for (Map.Entry<String, String> variant : variants.entrySet()) {
      String pointer = Pointers.child("/variants", variant.getKey());
      if (!NAME.matcher(variant.getKey()).matches()) {
        report(pointer, "'" + variant.getKey() + "' is not a valid variant label; use letters, digits, '.', '_' and '-', "
            + "at most 64");
        continue;
      }
      BatchPlan.PlannedScenario planned = readScenario(pointer, variant.getValue(), variant.getKey());
      if (planned == null) {
        continue;
      }
      if (!ids.contains(planned.id())) {
        report(pointer, "variant '" + variant.getKey() + "' has scenario id '" + planned.id() + "', which no scenario "
            + "under scenarios has; a variant is compared with the listed scenario of its id, so list that scenario"
            + (ids.isEmpty() ? "" : " (listed: " + String.join(", ", new java.util.TreeSet<>(ids)) + ")"));
        continue;
      }
      scenarios.add(planned);
    }
    return scenarios;
  }

  /** Reads and checks one scenario file; null (with the problems reported) when it cannot be used. */
  private BatchPlan.PlannedScenario readScenario(String pointer, String relative, String variant) {
    Path path = baseDirectory.resolve(relative).normalize();
    if (!Files.isRegularFile(path)) {
      report(pointer, "scenario file '" + relative + "' not found; paths are relative to the experiment file ("
          + baseDirectory + ")");
      return null;
    }
    try {
      Scenario scenario = ScenarioReader.read(path, path.toString());
      return new BatchPlan.PlannedScenario(scenario.metadata().id(), variant, relative, scenario, sha256(path));
    } catch (InvalidScenarioException ex) {
      report(pointer, "scenario '" + relative + "' is invalid (" + ex.problems().size() + " problems, listed with its own name)");
      problems.addAll(ex.problems());
    } catch (IOException ex) {
      report(pointer, "scenario '" + relative + "' cannot be read: " + ex.getMessage());
    }
    return null;
  }

  /** Checks the policies and returns each one's name in outputs. */
  private List<String> checkPolicies(List<String> policies) {
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < policies.size(); i++) {
      String policy = policies.get(i);
      String pointer = "/policies/" + i;
      String prefix = filePrefix(policy);
      if (prefix != null) {
        if (!seen.add(policy)) {
          report(pointer, "policy '" + policy + "' is listed twice; list each policy once");
          continue;
        }
        String relative = policy.substring(prefix.length());
        Path path = baseDirectory.resolve(relative).normalize();
        if (relative.isBlank() || !Files.isRegularFile(path)) {
          report(pointer, "file '" + relative + "' of policy '" + policy + "' not found; paths are relative to the "
              + "experiment file (" + baseDirectory + ")");
          continue;
        }
        String target = prefix + path;
        String problem = policyCheck == null ? null : policyCheck.apply(target);
        if (problem != null) {
          report(pointer, "policy '" + policy + "' cannot be used: " + problem);
          continue;
        }
        String shown = outputName.apply(target);
        if (policySources.containsKey(shown)) {
          report(pointer, "policy '" + policy + "' is named " + shown + " in outputs, as is '" + policySources.get(shown)
              + "'; give one rule file another name (its name key) so the results can tell them apart");
          continue;
        }
        try {
          policyFiles.put(shown, sha256(path));
        } catch (IOException e) {
          report(pointer, "file of policy '" + policy + "' cannot be read: " + e.getMessage());
          continue;
        }
        policyTargets.put(shown, target);
        policySources.put(shown, policy);
        names.add(shown);
        continue;
      }
      if (!POLICY.matcher(policy).matches()) {
        report(pointer, "'" + policy + "' is not a policy name; use lower-case letters, digits, '_' and '-', "
            + "or rules:FILE or replay:FILE");
      } else if (!knownPolicies.isEmpty() && !knownPolicies.contains(policy)) {
        report(pointer, "unknown policy '" + policy + "'" + Suggestions.suggestion(policy, knownPolicies)
            + "; allowed: " + String.join(", ", new java.util.TreeSet<>(knownPolicies)));
      } else if (!seen.add(policy)) {
        report(pointer, "policy '" + policy + "' is listed twice; list each policy once");
      }
      names.add(policy);
    }
    return names;
  }

  /** {@code rules:} or {@code replay:} when the policy is read from a file, else null. */
  static String filePrefix(String policy) {
    for (String prefix : FILE_POLICY_PREFIXES) {
      if (policy.startsWith(prefix)) {
        return prefix;
      }
    }
    return null;
  }

  private boolean checkParameters(String pointer, Map<String, Double> values) {
    boolean ok = true;
    for (Map.Entry<String, Double> entry : values.entrySet()) {
      String at = Pointers.child(pointer, entry.getKey());
      if (!ParameterSpace.isParameter(entry.getKey())) {
        report(at, "unknown parameter '" + entry.getKey() + "'" + Suggestions.suggestion(entry.getKey(), ParameterSpace.names())
            + "; valid parameters: " + String.join(", ", ParameterSpace.names()));
        ok = false;
        continue;
      }
      String problem = ParameterSpace.problemWith(entry.getKey(), entry.getValue());
      if (problem != null) {
        report(at, problem);
        ok = false;
      }
    }
    return ok;
  }

  private List<Map<String, Double>> checkDesign(Design design) {
    int before = problems.size();
    switch (design.type()) {
      case POINTS -> {
        if (design.points().isEmpty()) {
          report("/design/points", "no design points; list at least one point (a mapping of parameter names to values)");
        }
        Set<String> first = design.points().isEmpty() ? Set.of() : design.points().get(0).keySet();
        for (int i = 0; i < design.points().size(); i++) {
          Map<String, Double> point = design.points().get(i);
          checkParameters("/design/points/" + i, point);
          if (!point.keySet().equals(first)) {
            report("/design/points/" + i, "this point sets " + point.keySet() + " but the first sets " + first
                + "; every point must set the same parameters");
          }
        }
        forbid(design.factors().isEmpty(), "/design/factors", "factors are not used by POINTS; list points instead");
        forbid(design.samples() == null, "/design/samples", "samples are not used by POINTS");
      }
      case FACTORIAL -> {
        checkFactors(design, true);
        forbid(design.samples() == null, "/design/samples", "samples are not used by FACTORIAL; give each factor values or steps");
      }
      case LATIN_HYPERCUBE, SOBOL -> {
        checkFactors(design, false);
        if (design.samples() == null) {
          report("/design", "missing required field; add 'samples:' (number of design points) to design");
        } else if (design.samples() < 1 || design.samples() > MAX_SAMPLES) {
          report("/design/samples", design.samples() + " is out of range; allowed: 1 to " + MAX_SAMPLES);
        }
      }
      default -> throw new IllegalStateException("unknown design " + design.type());
    }
    if (design.type() != DesignKind.POINTS && !design.points().isEmpty()) {
      report("/design/points", "points are used only by POINTS designs; remove them or set type: POINTS");
    }
    if (problems.size() > before) {
      return List.of();
    }
    long count = DesignPoints.count(design);
    if (count > MAX_DESIGN_POINTS) {
      report("/design", "the design has " + count + " points; at most " + MAX_DESIGN_POINTS + " are allowed");
      return List.of();
    }
    return DesignPoints.of(design);
  }

  private void checkFactors(Design design, boolean factorial) {
    if (design.factors().isEmpty()) {
      report("/design", "missing required field; add 'factors:' (the parameters to vary) to design");
    }
    for (Map.Entry<String, Factor> entry : design.factors().entrySet()) {
      String at = Pointers.child("/design/factors", entry.getKey());
      String name = entry.getKey();
      Factor factor = entry.getValue();
      if (!ParameterSpace.isParameter(name)) {
        report(at, "unknown parameter '" + name + "'" + Suggestions.suggestion(name, ParameterSpace.names())
            + "; valid parameters: " + String.join(", ", ParameterSpace.names()));
        continue;
      }
      boolean hasValues = !factor.values().isEmpty();
      boolean hasRange = factor.from() != null || factor.to() != null;
      if (factorial && hasValues) {
        forbid(!hasRange && factor.steps() == null, at, "give either values or from/to/steps, not both");
        for (int i = 0; i < factor.values().size(); i++) {
          String problem = ParameterSpace.problemWith(name, factor.values().get(i));
          if (problem != null) {
            report(at + "/values/" + i, problem);
          }
        }
        continue;
      }
      if (!factorial && hasValues) {
        report(at + "/values", "values are used only by FACTORIAL designs; give from and to");
        continue;
      }
      if (factor.from() == null || factor.to() == null) {
        report(at, factorial ? "no values and no range; give values, or from, to and steps"
            : "no range; give from and to");
        continue;
      }
      String fromProblem = ParameterSpace.problemWith(name, factor.from());
      String toProblem = ParameterSpace.problemWith(name, factor.to());
      if (fromProblem != null) {
        report(at + "/from", fromProblem);
      }
      if (toProblem != null) {
        report(at + "/to", toProblem);
      }
      if (fromProblem == null && toProblem == null && !(factor.from() < factor.to())) {
        report(at + "/to", "'to' (" + ParameterSpace.format(factor.to()) + ") is not greater than 'from' ("
            + ParameterSpace.format(factor.from()) + "); give a range with from below to");
      }
      if (factorial) {
        if (factor.steps() == null) {
          report(at, "missing required field; add 'steps:' (number of values from 'from' to 'to', at least 2)");
        } else if (factor.steps() < 2 || factor.steps() > MAX_SAMPLES) {
          report(at + "/steps", factor.steps() + " is out of range; allowed: 2 to " + MAX_SAMPLES);
        } else if (ParameterSpace.isWhole(name) && fromProblem == null && toProblem == null) {
          for (double level : DesignPoints.levels(factor)) {
            if (ParameterSpace.problemWith(name, level) != null) {
              report(at + "/steps", "steps give the value " + level + ", but " + name + " takes whole numbers; choose steps that land on whole numbers or list values");
              break;
            }
          }
        }
      } else {
        forbid(factor.steps() == null, at + "/steps", "steps are used only by FACTORIAL designs");
      }
    }
  }

  private List<Indicator> checkIndicators(List<String> keys) {
    List<Indicator> kept = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> valid = java.util.Arrays.stream(Indicator.values()).map(Indicator::key).toList();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      var indicator = Indicator.byKey(key);
      if (indicator.isEmpty()) {
        report("/indicators/" + i, "unknown indicator '" + key + "'" + Suggestions.suggestion(key, valid)
            + "; allowed: " + String.join(", ", valid));
      } else if (!seen.add(key)) {
        report("/indicators/" + i, "indicator '" + key + "' is listed twice; list each indicator once");
      } else {
        kept.add(indicator.get());
      }
    }
    return kept;
  }

  private void forbid(boolean fine, String pointer, String message) {
    if (!fine) {
      report(pointer, message);
    }
  }

  private void report(String pointer, String message) {
    problems.add(problem(pointer, message));
  }

  private Problem problem(String pointer, String message) {
    LocatedTree.Position at = tree.positionOf(pointer);
    return new Problem(file, at.line(), at.column(), Pointers.toPath(pointer), message);
  }

  private InvalidInputException failure() {
    List<Problem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    if (sorted.size() > MAX_PROBLEMS) {
      int more = sorted.size() - MAX_PROBLEMS;
      sorted = new ArrayList<>(sorted.subList(0, MAX_PROBLEMS));
      Problem last = sorted.get(sorted.size() - 1);
      sorted.add(new Problem(last.file(), last.line(), last.column(), "",
          more + " more problems not listed; fix those above and run again"));
    }
    return new InvalidInputException(sorted);
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
