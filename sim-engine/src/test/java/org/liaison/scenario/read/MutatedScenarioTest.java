package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing by mutation: valid scenarios with random damage must read either as a scenario or as
 * well-formed problems, never as any other exception.
 *
 * <p>The seed is fixed so that a failure reproduces; each failure names the file and the mutations.
 */
class MutatedScenarioTest {
  /** Fixed; a longer hunt can override it and the count with -Dliaison.fuzz.seed and -Dliaison.fuzz.mutations. */
  private static final long SEED = Long.getLong("liaison.fuzz.seed", 20261128L);
  private static final int MUTATIONS = Integer.getInteger("liaison.fuzz.mutations", 2_000);
  private static final Pattern ONE_LINE = Pattern.compile("[^\\n]*:\\d+:\\d+: [^\\n]+");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final String[] NUMBERS = {"1e308", "-1e308", "99999999999999999999999", "-5", "-0.5", "0", "2.5",
      "NaN", ".inf", "-.inf", "abc", "\"12\"", "null", "~", "[]", "{}", "2147483648", "1.7976931348623157E309", "0x1F"};
  private static final String[] WORDS = {"", "null", "true", "[]", "{}", "&a x", "*a", "!!binary AAAA", "'unclosed",
      "\"x\"", "- item", "key: value", "ZZZ", "mission", "camp", "control", "commander", "PREPARE_ATTACK",
      "attacksExecuted >= 1 or (", "\u0000", "\t", "#", "|", ">-", "%YAML 1.1", "@", "`", "<<: *a", "? complex"};
  private static final String NOISE = ":-[]{}#&*!|>'\"%@`, \t\\?\u00e9\u20ac\ud83d\ude00\n";

  /** The repository root: the nearest directory above the working directory that holds the modules. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !(Files.isDirectory(dir.resolve("sim-engine")) && Files.isRegularFile(dir.resolve("pom.xml")))) {
      dir = dir.getParent();
    }
    return dir;
  }

  /** Scenarios shipped in the repository's scenarios/ directory, as many as exist yet. */
  private static List<Path> shippedScenarios() throws IOException {
    Path dir = repositoryRoot();
    if (dir == null || !Files.isDirectory(dir.resolve("scenarios"))) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir.resolve("scenarios"))) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) && !name.endsWith(".schema.json");
      }).sorted().toList();
    }
  }

  private record Source(String name, String text, boolean json) {}

  @Test
  void randomlyDamagedScenariosYieldAScenarioOrWellFormedProblemsAndNothingElse() throws IOException {
    List<Source> sources = new ArrayList<>();
    for (String name : List.of("valid-small.yaml", "minimal.yaml", "valid-small.json")) {
      sources.add(new Source(name, Files.readString(BrokenScenarioCorpusTest.resource("scenarios/" + name)), name.endsWith(".json")));
    }
    for (Path shipped : shippedScenarios()) {
      sources.add(new Source(shipped.getFileName().toString(), Files.readString(shipped, StandardCharsets.UTF_8),
          shipped.getFileName().toString().endsWith(".json")));
    }
    // Each mutation has its own generator, so that it reproduces alone and the reads can run in parallel.
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger accepted = new AtomicInteger();
    IntStream.range(0, MUTATIONS).parallel().forEach(i -> {
      Random random = new Random(SEED * 1_000_003L + i);
      Source source = sources.get(i % sources.size());
      List<String> applied = new ArrayList<>();
      String text = source.text();
      int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 6 : 2);
      for (int m = 0; m < count; m++) {
        text = mutate(text, random, applied);
      }
      String label = "mutation " + i + " of " + source.name() + " " + applied;
      try {
        ScenarioReader.readText(text, source.name(), source.json());
        accepted.incrementAndGet();
      } catch (InvalidScenarioException e) {
        checkProblems(e, source.name(), label, failures);
      } catch (Throwable t) {
        failures.add(label + ": threw " + t);
      }
    });
    assertTrue(failures.isEmpty(), () -> failures.size() + " mutated files broke the reader, for example:\n"
        + String.join("\n", failures.subList(0, Math.min(15, failures.size()))));
    assertTrue(accepted.get() < MUTATIONS, "no mutation was rejected; the mutations are too gentle to test anything");
  }

  @Test
  void scenariosWithRandomlyReplacedValuesYieldAScenarioOrWellFormedProblemsAndNothingElse() throws IOException {
    // Text mutations mostly break the syntax; replacing values in the tree reaches the checks of meaning.
    ObjectMapper mapper = new ObjectMapper();
    JsonNode original = mapper.readTree(Files.readString(BrokenScenarioCorpusTest.resource("scenarios/valid-small.json")));
    List<JsonNode> pool = new ArrayList<>();
    original.findValues("id").forEach(pool::add);
    for (String json : new String[] {"null", "\"\"", "[]", "{}", "-1", "0", "1e308", "2147483647", "-2147483648", "0.5",
        "true", "\"x\"", "[[0, 0]]", "[[0, 0], [0, 0], [0, 0]]", "\"attacksExecuted >= 1 or\"", "\"day >= 1\"",
        "\"CONTINGENCY\"", "\"CHANNEL_DOWN\"", "\"PREPARE_ATTACK\"", "\"REQUEST\"", "\"HOLD_COORDINATION_FORUM\""}) {
      pool.add(mapper.readTree(json));
    }
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    IntStream.range(0, MUTATIONS / 2).parallel().forEach(i -> {
      Random random = new Random(SEED * 1_000_003L - i - 1);
      JsonNode tree = original.deepCopy();
      List<String> applied = new ArrayList<>();
      for (int m = 1 + random.nextInt(3); m > 0; m--) {
        List<String[]> slots = new ArrayList<>();
        collectSlots(tree, "", slots);
        String[] slot = slots.get(random.nextInt(slots.size()));
        JsonNode replacement = pool.get(random.nextInt(pool.size()));
        applied.add(slot[0] + " = " + replacement);
        replace(tree, slot[0], random.nextInt(8) == 0 ? null : replacement);
      }
      String label = "value mutation " + i + " " + applied;
      try {
        ScenarioReader.readText(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree), "t.json", true);
      } catch (InvalidScenarioException e) {
        checkProblems(e, "t.json", label, failures);
      } catch (Throwable t) {
        failures.add(label + ": threw " + t);
      }
    });
    assertTrue(failures.isEmpty(), () -> failures.size() + " mutated scenarios broke the reader, for example:\n"
        + String.join("\n", failures.subList(0, Math.min(15, failures.size()))));
  }

  /** Pointers of every node below the root. */
  private static void collectSlots(JsonNode node, String pointer, List<String[]> into) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        String child = pointer + "/" + name;
        into.add(new String[] {child});
        collectSlots(node.get(name), child, into);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        into.add(new String[] {pointer + "/" + i});
        collectSlots(node.get(i), pointer + "/" + i, into);
      }
    }
  }

  /** Replaces the node at the pointer, or removes it when the replacement is null. */
  private static void replace(JsonNode root, String pointer, JsonNode replacement) {
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, cut));
    String last = pointer.substring(cut + 1);
    if (parent instanceof ObjectNode object) {
      if (replacement == null) {
        object.remove(last);
      } else {
        object.set(last, replacement.deepCopy());
      }
    } else if (parent instanceof ArrayNode array) {
      int index = Integer.parseInt(last);
      if (replacement == null) {
        array.remove(index);
      } else {
        array.set(index, replacement.deepCopy());
      }
    }
  }

  private static void checkProblems(InvalidScenarioException e, String file, String label, List<String> failures) {
    if (e.problems().isEmpty()) {
      failures.add(label + ": rejected without a problem");
    }
    for (Problem p : e.problems()) {
      String line = p.toString();
      if (p.line() < 0 || p.column() < 0 || p.message() == null || p.message().isBlank()
          || !line.startsWith(file + ":") || !ONE_LINE.matcher(line).matches() || !p.message().contains("; ")) {
        failures.add(label + ": ill-formed problem: " + line);
      }
    }
  }

  private static String mutate(String text, Random random, List<String> applied) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int n = lines.size();
    int at = random.nextInt(n);
    switch (random.nextInt(9)) {
      case 0 -> {
        applied.add("delete line " + (at + 1));
        lines.remove(at);
      }
      case 1 -> {
        applied.add("duplicate line " + (at + 1));
        lines.add(at, lines.get(at));
      }
      case 2 -> {
        int other = random.nextInt(n);
        applied.add("swap lines " + (at + 1) + " and " + (other + 1));
        String swap = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, swap);
      }
      case 3 -> {
        String replacement = NUMBERS[random.nextInt(NUMBERS.length)];
        applied.add("number on line " + (at + 1) + " to " + replacement);
        lines.set(at, replaceOne(NUMBER.matcher(lines.get(at)), replacement, random));
      }
      case 4 -> {
        String replacement = random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : wordFrom(text, random);
        applied.add("word on line " + (at + 1) + " to '" + replacement + "'");
        lines.set(at, replaceOne(WORD.matcher(lines.get(at)), replacement, random));
      }
      case 5 -> {
        StringBuilder noise = new StringBuilder();
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
          noise.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        String line = lines.get(at);
        int column = random.nextInt(line.length() + 1);
        applied.add("insert " + noise.toString().replace("\n", "\\n") + " on line " + (at + 1) + " column " + (column + 1));
        lines.set(at, line.substring(0, column) + noise + line.substring(column));
      }
      case 6 -> {
        int cut = random.nextInt(text.length() + 1);
        applied.add("truncate at character " + cut);
        return text.substring(0, cut);
      }
      case 7 -> {
        String line = lines.get(at);
        int shift = random.nextInt(5) - 2;
        applied.add("indent line " + (at + 1) + " by " + shift);
        lines.set(at, shift >= 0 ? " ".repeat(shift) + line : line.substring(Math.min(-shift, leadingSpaces(line))));
      }
      default -> {
        String line = lines.get(at);
        applied.add("empty the value on line " + (at + 1));
        int colon = line.indexOf(": ");
        lines.set(at, colon >= 0 ? line.substring(0, colon + 1) : line + ":");
      }
    }
    return String.join("\n", lines);
  }

  private static String replaceOne(Matcher matcher, String replacement, Random random) {
    List<int[]> spans = new ArrayList<>();
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    String line = matcher.replaceAll(r -> r.group());
    if (spans.isEmpty()) {
      return line + " " + replacement;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return line.substring(0, span[0]) + replacement + line.substring(span[1]);
  }

  private static String wordFrom(String text, Random random) {
    Matcher matcher = WORD.matcher(text);
    List<String> words = new ArrayList<>();
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words.isEmpty() ? "x" : words.get(random.nextInt(words.size()));
  }

  private static int leadingSpaces(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  @Test
  void theRepositoryRootWithItsScenariosDirectoryIsFoundFromTheWorkingDirectory() {
    Path root = repositoryRoot();
    assertTrue(root != null && Files.isRegularFile(root.resolve("scenarios/scenario.schema.json")),
        () -> "root found: " + root);
  }
}
