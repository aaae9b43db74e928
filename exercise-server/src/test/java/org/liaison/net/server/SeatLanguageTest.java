package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.results.run.RunDirectory;

/**
 * One server, seats in two languages: each reads the CAR case's texts in the language its join
 * asked for, from the briefing to the decision step, while the engine logs the file's own.
 */
class SeatLanguageTest {
  private static final Path CAR = Path.of("..", "scenarios", "car-bangui-periphery.yaml");

  @Test
  void aFrenchSeatReadsFrenchAndAnEnglishSeatEnglishOnTheSameServer(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("exercise");
    try (ExerciseServer server = Exercises.serve(CAR, 7, out, 0);
        ScriptedClient french = new ScriptedClient(server.port());
        ScriptedClient english = new ScriptedClient(server.port());
        ScriptedClient control = new ScriptedClient(server.port())) {
      Map<String, String> codes = server.codes();
      french.client.join(codes.get("civil-affairs-officer"), "Aminata", "fr-CF");
      english.client.join(codes.get("humanitarian-liaison"), "John");
      control.client.join(codes.get("control"), "Inès", "fr");
      ServerMessage.Welcome frenchWelcome = (ServerMessage.Welcome) french.await(ServerMessage.Welcome.class::isInstance, 10);
      ServerMessage.Welcome englishWelcome = (ServerMessage.Welcome) english.await(ServerMessage.Welcome.class::isInstance, 10);
      control.await(ServerMessage.Welcome.class::isInstance, 10);

      assertEquals("Ndolo : alerte précoce et inclusion aux portes de la capitale", frenchWelcome.scenarioTitle());
      assertEquals("Officier des affaires civiles", frenchWelcome.roleTitle());
      assertTrue(frenchWelcome.briefing().metadata().briefing().startsWith("SITUATION. Nous sommes à la mi-novembre"));
      assertEquals("Commune de Ndolo", frenchWelcome.briefing().map().zones().get(1).name());
      assertEquals("Ndolo: early warning and inclusion on a capital's edge", englishWelcome.scenarioTitle());
      assertEquals("Humanitarian liaison officer (CMCoord)", englishWelcome.roleTitle());
      assertEquals("Commune of Ndolo", englishWelcome.briefing().map().zones().get(1).name());

      control.client.control(ControlAct.speed(0));
      control.client.control(ControlAct.resume());
      SeatView frenchView = ((ServerMessage.Update) french.await(m -> m instanceof ServerMessage.Update u
          && !u.view().pending().isEmpty(), 60)).view();
      assertEquals("Où vont les heures de coordination de la première semaine", frenchView.pending().get(0).title());
      assertEquals("Attendre le plan du secteur", frenchView.pending().get(0).options().get(3).label());
      assertTrue(frenchView.inbox().get(0).text().startsWith("SITREP DU SECTEUR."), frenchView.inbox().get(0).text());
      assertTrue(frenchView.zones().stream().anyMatch(z -> z.name().equals("Commune de Ndolo")));

      SeatView englishView = ((ServerMessage.Update) english.await(m -> m instanceof ServerMessage.Update u
          && !u.view().waiting().isEmpty(), 60)).view();
      assertEquals("Where the first week's coordination hours go", englishView.waiting().get(0).title());
      assertTrue(englishView.inbox().get(0).text().startsWith("SECTOR SITREP."), englishView.inbox().get(0).text());
      assertTrue(englishView.zones().stream().anyMatch(z -> z.name().equals("Commune of Ndolo")));

      SeatView controlView = ((ServerMessage.Update) control.await(m -> m instanceof ServerMessage.Update u
          && u.view().msel() != null, 60)).view();
      assertTrue(controlView.msel().get(0).message().startsWith("SITREP DU SECTEUR."));
      assertTrue(controlView.seats().stream().anyMatch(s -> "Commandant de secteur".equals(s.title())));
      assertTrue(french.unreadable.isEmpty() && english.unreadable.isEmpty() && control.unreadable.isEmpty());
    }
    String events = Files.readString(out.resolve(RunDirectory.EVENTS));
    assertTrue(events.contains("SECTOR SITREP.") && !events.contains("SITREP DU SECTEUR"),
        "the engine's events keep the file's own texts");
  }
}
