package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.net.client.ExerciseClient;
import org.liaison.net.client.PinnedTls;
import org.liaison.net.protocol.ServerMessage;

class TlsTest {
  @Test
  void aClientJoinsOverTlsWithTheFingerprintAndIsRefusedWithAnother(@TempDir Path dir) throws Exception {
    SelfSignedCertificate cert = SelfSignedCertificate.generate();
    assertEquals(32 * 3 - 1, cert.fingerprint().length(), "SHA-256 as hex pairs and colons");
    try (ExerciseServer server = ExerciseServer.start(new ExerciseServer.Options(Exercises.read(Exercises.UKRAINE),
        Exercises.UKRAINE, 1, "127.0.0.1", 0, dir.resolve("exercise"), 0, null, cert))) {
      java.util.List<ServerMessage> got = new java.util.concurrent.CopyOnWriteArrayList<>();
      try (ExerciseClient client = ExerciseClient.connect("127.0.0.1:" + server.port(),
          PinnedTls.trusting(cert.fingerprint().toLowerCase(java.util.Locale.ROOT)), got::add, Duration.ofSeconds(10))) {
        client.join(server.codes().get("observer"), "Evaluator");
        long end = System.nanoTime() + 10_000_000_000L;
        while (got.stream().noneMatch(m -> m instanceof ServerMessage.Welcome) && System.nanoTime() < end) {
          Thread.sleep(10);
        }
        assertEquals(1, got.stream().filter(m -> m instanceof ServerMessage.Welcome).count());
      }
      String other = "00" + cert.fingerprint().substring(2);
      assertThrows(IOException.class, () -> ExerciseClient.connect("127.0.0.1:" + server.port(),
          PinnedTls.trusting(other), m -> { }, Duration.ofSeconds(10)));
    }
  }
}
