package org.liaison.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.results.batch.Csv;
import org.liaison.results.batch.ParameterSpace;

/** What 'liaison compare' says about how the experiments of two directories differ. */
class ExperimentDifferencesTest {
  private static final String HASH_A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  private static final String HASH_B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

  @TempDir
  Path dir;

  /** An experiment directory whose experiment.json holds the given fields and whose runs.csv has a header only. */
  private RunsTable table(String name, String fields) throws Exception {
    Path out = Files.createDirectories(dir.resolve(name));
    Files.writeString(out.resolve("experiment.json"), "{\"experiment\": {" + fields + "}}");
    List<String> header = new ArrayList<>(List.of("run_id", "design_point", "replication", "seed", "scenario", "policy"));
    header.addAll(ParameterSpace.names());
    header.addAll(List.of("score", "status", "error"));
    Files.writeString(out.resolve("runs.csv"), Csv.join(header) + "\n");
    return RunsTable.read(out);
  }

  private static String scenarios(String... idAndHash) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < idAndHash.length; i += 2) {
      items.add("{\"id\": \"" + idAndHash[i] + "\", \"path\": \"" + idAndHash[i] + ".yaml\", \"sha256\": \"" + idAndHash[i + 1] + "\"}");
    }
    return "\"scenarios\": [" + String.join(", ", items) + "]";
  }

  private static final String COMMON = "\"policies\": [\"none\", \"doctrine\"], \"parameters\": {\"casualtyRate\": 0.01},"
      + " \"designParameters\": [], \"designPoints\": [{}], \"replications\": 30, \"seed\": 7,"
      + " \"commonRandomNumbers\": true, \"indicators\": [\"score\"], \"timeseriesEvery\": 0";

  @Test
  void theSameExperimentHasNoDifference() throws Exception {
    RunsTable a = table("a", scenarios("village", HASH_A) + ", " + COMMON);
    RunsTable b = table("b", scenarios("village", HASH_A) + ", " + COMMON);
    assertEquals(List.of(), ExperimentDifferences.between(a, b));
  }

  @Test
  void scenariosDifferByTheirFileOrByBeingInOneExperimentOnly() throws Exception {
    RunsTable a = table("a", scenarios("village", HASH_A, "town", HASH_A) + ", " + COMMON);
    RunsTable b = table("b", scenarios("village", HASH_B, "camp", HASH_A) + ", " + COMMON);
    assertEquals(List.of(
        "scenario village: its file differs (SHA-256 aaaaaaaaaaaa... in A, bbbbbbbbbbbb... in B)",
        "scenario camp is in B only",
        "scenario town is in A only"), ExperimentDifferences.between(a, b));
  }

  @Test
  void aShortDigestIsShownWhole() throws Exception {
    RunsTable a = table("a", scenarios("village", "abc") + ", " + COMMON);
    RunsTable b = table("b", scenarios("village", "abd") + ", " + COMMON);
    assertEquals(List.of("scenario village: its file differs (SHA-256 abc... in A, abd... in B)"),
        ExperimentDifferences.between(a, b));
  }

  @Test
  void everyOtherFieldIsNamedWithItsValueInEach() throws Exception {
    RunsTable a = table("a", scenarios("village", HASH_A) + ", " + COMMON);
    String changed = COMMON.replace("\"none\", \"doctrine\"", "\"none\", \"random\"").replace("0.01", "0.02")
        .replace("\"replications\": 30", "\"replications\": 50").replace("\"seed\": 7", "\"seed\": 8")
        .replace("\"commonRandomNumbers\": true", "\"commonRandomNumbers\": false")
        .replace("\"indicators\": [\"score\"]", "\"indicators\": [\"score\", \"trustInMission\"]")
        .replace("\"timeseriesEvery\": 0", "\"timeseriesEvery\": 24")
        + ", \"policyFiles\": {\"rules:mine.yaml\": \"" + HASH_B + "\"}";
    RunsTable b = table("b", scenarios("village", HASH_A) + ", " + changed);
    assertEquals(List.of(
        "policies: [\"none\",\"doctrine\"] in A, [\"none\",\"random\"] in B",
        "parameters: {\"casualtyRate\":0.01} in A, {\"casualtyRate\":0.02} in B",
        "replications: 30 in A, 50 in B",
        "seed: 7 in A, 8 in B",
        "commonRandomNumbers: true in A, false in B",
        "indicators: [\"score\"] in A, [\"score\",\"trustInMission\"] in B",
        "timeseriesEvery: 0 in A, 24 in B",
        "policyFiles: none in A, {\"rules:mine.yaml\":\"" + HASH_B + "\"} in B"), ExperimentDifferences.between(a, b));
  }

  @Test
  void aLongDesignIsCutAfterTwoHundredCharacters() throws Exception {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      points.append(i == 0 ? "" : ", ").append("{\"casualtyRate\": ").append(0.001 * (i + 1)).append('}');
    }
    RunsTable a = table("a", scenarios("village", HASH_A) + ", " + COMMON);
    RunsTable b = table("b", scenarios("village", HASH_A) + ", "
        + COMMON.replace("\"designParameters\": [], \"designPoints\": [{}]",
            "\"designParameters\": [\"casualtyRate\"], \"designPoints\": [" + points + "]"));
    List<String> lines = ExperimentDifferences.between(a, b);
    assertEquals("designParameters: [] in A, [\"casualtyRate\"] in B", lines.get(0));
    String design = lines.get(1);
    String inB = design.substring(design.indexOf(" in A, ") + " in A, ".length(), design.length() - " in B".length());
    assertEquals(203, inB.length(), "200 characters and an ellipsis");
    org.junit.jupiter.api.Assertions.assertTrue(design.startsWith("designPoints: [{}] in A, [{\"casualtyRate\":0.001},{\"casualtyRate\":0.002},"), design);
    assertEquals("...", inB.substring(200));
  }
}
