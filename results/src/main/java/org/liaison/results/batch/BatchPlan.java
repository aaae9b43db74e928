package org.liaison.results.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.Parameters;
import org.liaison.scenario.Scenario;

/**
 * A validated experiment, ready to run: the scenarios read, the design expanded, every run
 * numbered. A run's identity and seed follow from its number alone.
 */
public final class BatchPlan {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A scenario of the experiment: its {@code metadata.id}, its variant label (null for a scenario
   * listed under {@code scenarios}), the path as given, and the file's digest.
   */
  public record PlannedScenario(String id, String variant, String path, Scenario scenario, String sha256) {
    /** Separates a variant's label from its scenario id in outputs; scenario ids never hold it. */
    public static final String VARIANT_SEPARATOR = ":";

    /** A scenario that is not a variant. */
    public PlannedScenario(String id, String path, Scenario scenario, String sha256) {
      this(id, null, path, scenario, sha256);
    }

    /** The name in outputs and in seeds: the id, or {@code ID:LABEL} for a variant. */
    public String name() {
      return variant == null ? id : id + VARIANT_SEPARATOR + variant;
    }
  }

  private final String name;
  private final List<PlannedScenario> scenarios;
  private final List<String> policies;
  private final Map<String, String> policyTargets;
  private final Map<String, String> policyFiles;
  private final Map<String, String> policySources;
  private final Map<String, Double> overrides;
  private final List<String> designParameters;
  private final List<Map<String, Double>> designPoints;
  private final int replications;
  private final long seed;
  private final boolean commonRandomNumbers;
  private final List<Indicator> indicators;
  private final int timeseriesEvery;
  private final int threads;
  private final Path outputDirectory;
  private final Map<Long, Parameters> parameterCache = new HashMap<>();
  private final Map<Long, String> parameterFieldCache = new HashMap<>();

  /** Builds a plan from parts already validated. */
  public BatchPlan(String name, List<PlannedScenario> scenarios, List<String> policies, Map<String, Double> overrides,
      List<String> designParameters, List<Map<String, Double>> designPoints, int replications, long seed,
      boolean commonRandomNumbers, List<Indicator> indicators, int timeseriesEvery, int threads,
      Path outputDirectory) {
    this(name, scenarios, policies, Map.of(), Map.of(), Map.of(), overrides, designParameters, designPoints, replications, seed,
        commonRandomNumbers, indicators, timeseriesEvery, threads, outputDirectory);
  }

  /**
   * Builds a plan whose policies may be read from files.
   *
   * @param policyTargets for a policy read from a file, the name the executor gets (with the
   *     file's resolved path); other policies are passed as they are named
   * @param policyFiles SHA-256 of the file of each policy read from one, part of the fingerprint
   * @param policySources for a policy read from a file, the policy as the experiment wrote it
   *     ({@code rules:FILE}); recorded, but not part of the fingerprint (a file is identified by its content)
   */
  public BatchPlan(String name, List<PlannedScenario> scenarios, List<String> policies,
      Map<String, String> policyTargets, Map<String, String> policyFiles, Map<String, String> policySources,
      Map<String, Double> overrides,
      List<String> designParameters, List<Map<String, Double>> designPoints, int replications, long seed,
      boolean commonRandomNumbers, List<Indicator> indicators, int timeseriesEvery, int threads,
      Path outputDirectory) {
    this.name = name;
    this.scenarios = List.copyOf(scenarios);
    this.policies = List.copyOf(policies);
    this.policyTargets = Map.copyOf(policyTargets);
    this.policyFiles = new java.util.TreeMap<>(policyFiles);
    this.policySources = new java.util.TreeMap<>(policySources);
    this.overrides = new LinkedHashMap<>(overrides);
    this.designParameters = List.copyOf(designParameters);
    this.designPoints = List.copyOf(designPoints);
    this.replications = replications;
    this.seed = seed;
    this.commonRandomNumbers = commonRandomNumbers;
    this.indicators = withScoreLast(indicators);
    this.timeseriesEvery = timeseriesEvery;
    this.threads = threads;
    this.outputDirectory = outputDirectory;
  }

  private static List<Indicator> withScoreLast(List<Indicator> kept) {
    List<Indicator> chosen = kept.isEmpty() ? List.of(Indicator.values()) : kept;
    java.util.ArrayList<Indicator> ordered = new java.util.ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      if (indicator != Indicator.SCORE && chosen.contains(indicator)) {
        ordered.add(indicator);
      }
    }
    ordered.add(Indicator.SCORE);
    return List.copyOf(ordered);
  }

  /** A copy that runs on {@code threads} threads and writes to {@code outputDirectory}. */
  public BatchPlan with(int threads, Path outputDirectory) {
    return new BatchPlan(name, scenarios, policies, policyTargets, policyFiles, policySources, overrides, designParameters,
        designPoints, replications, seed, commonRandomNumbers, indicators, timeseriesEvery, threads, outputDirectory);
  }

  public String name() {
    return name;
  }

  public List<PlannedScenario> scenarios() {
    return scenarios;
  }

  public List<String> policies() {
    return policies;
  }

  /** The name the executor gets for a policy: the policy itself, or for a file policy its resolved form. */
  public String policyTarget(String policy) {
    return policyTargets.getOrDefault(policy, policy);
  }

  /** The parameters the design varies, in order. */
  public List<String> designParameters() {
    return designParameters;
  }

  public List<Map<String, Double>> designPoints() {
    return designPoints;
  }

  public int replications() {
    return replications;
  }

  public long seed() {
    return seed;
  }

  /** Whether every policy and design point gets the same seeds (the seed depends on scenario and replication). */
  public boolean commonRandomNumbers() {
    return commonRandomNumbers;
  }

  /** The indicators kept, in {@link Indicator} order, with the score last. */
  public List<Indicator> indicators() {
    return indicators;
  }

  public int timeseriesEvery() {
    return timeseriesEvery;
  }

  public int threads() {
    return threads;
  }

  public Path outputDirectory() {
    return outputDirectory;
  }

  /** Number of runs: scenarios x design points x policies x replications. */
  public long totalRuns() {
    return (long) scenarios.size() * designPoints.size() * policies.size() * replications;
  }

  /** The run with this number. */
  public RunSpec run(long runId) {
    if (runId < 0 || runId >= totalRuns()) {
      throw new IndexOutOfBoundsException("run " + runId + " of " + totalRuns());
    }
    int replication = (int) (runId % replications) + 1;
    long rest = runId / replications;
    String policy = policies.get((int) (rest % policies.size()));
    rest /= policies.size();
    int point = (int) (rest % designPoints.size());
    int scenario = (int) (rest / designPoints.size());
    // with common random numbers the variants of a scenario share its seeds too, so they pair by replication
    long runSeed = commonRandomNumbers
        ? Seeds.derive(seed, scenarios.get(scenario).id(), "", 0, replication)
        : Seeds.derive(seed, scenarios.get(scenario).name(), policy, point, replication);
    return new RunSpec(runId, scenario, point, policy, replication, runSeed, parametersOf(scenario, point));
  }

  /** The complete parameters of a scenario at a design point: its own, then the overrides, then the point. */
  public synchronized Parameters parametersOf(int scenario, int point) {
    return parameterCache.computeIfAbsent((long) scenario * designPoints.size() + point, key -> {
      Map<String, Double> values = new LinkedHashMap<>(overrides);
      values.putAll(designPoints.get(point));
      return ParameterSpace.apply(scenarios.get(scenario).scenario().parameters(), values);
    });
  }

  /**
   * The parameter fields of {@code runs.csv} for a scenario at a design point, joined: every run of
   * the point shares them, so they are read from the parameters and formatted once, not per run.
   */
  synchronized String parameterFields(int scenario, int point) {
    return parameterFieldCache.computeIfAbsent((long) scenario * designPoints.size() + point, key -> {
      StringBuilder fields = new StringBuilder();
      for (Object value : ParameterSpace.values(parametersOf(scenario, point))) {
        fields.append(fields.length() == 0 ? "" : ",").append(Csv.value(value));
      }
      return fields.toString();
    });
  }

  /** Everything that determines the results (not threads, not the output directory), as JSON. */
  public ObjectNode describe() {
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", Experiment.FORMAT_VERSION);
    root.put("name", name);
    ArrayNode scenarioList = root.putArray("scenarios");
    for (PlannedScenario s : scenarios) {
      ObjectNode entry = scenarioList.addObject().put("id", s.id());
      if (s.variant() != null) {
        entry.put("variant", s.variant());
      }
      entry.put("path", s.path()).put("sha256", s.sha256());
    }
    ArrayNode policyList = root.putArray("policies");
    policies.forEach(policyList::add);
    if (!policyFiles.isEmpty()) {
      ObjectNode files = root.putObject("policyFiles");
      policyFiles.forEach(files::put);
    }
    if (!policySources.isEmpty()) {
      ObjectNode sources = root.putObject("policySources");
      policySources.forEach(sources::put);
    }
    ObjectNode overrideNode = root.putObject("parameters");
    overrides.forEach(overrideNode::put);
    ArrayNode parameterList = root.putArray("designParameters");
    designParameters.forEach(parameterList::add);
    ArrayNode points = root.putArray("designPoints");
    for (Map<String, Double> point : designPoints) {
      ObjectNode p = points.addObject();
      point.forEach(p::put);
    }
    root.put("replications", replications);
    root.put("seed", seed);
    root.put("commonRandomNumbers", commonRandomNumbers);
    ArrayNode indicatorList = root.putArray("indicators");
    indicators.forEach(i -> indicatorList.add(i.key()));
    root.put("timeseriesEvery", timeseriesEvery);
    return root;
  }

  /**
   * SHA-256 of {@link #describe()} without the scenario and policy file paths (a file is identified
   * by its content, wherever it is run from): two plans with the same fingerprint give the same files.
   */
  public String fingerprint() {
    ObjectNode identity = describe();
    identity.remove("policySources");
    identity.withArray("scenarios").forEach(s -> ((ObjectNode) s).remove("path"));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(JSON.writeValueAsString(identity).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot fingerprint the experiment", e);
    }
  }
}
