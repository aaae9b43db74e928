package org.liaison.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.liaison.net.client.ExerciseClient;

/** Real connection failures are told by a reason a participant can act on, in both languages. */
class JoinFailureTest {
  private static final ExerciseClient.Listener NOBODY = message -> { };

  private static Exception failureJoining(String address) {
    return assertThrows(Exception.class, () -> ExerciseClient.connect(address, null, NOBODY, Duration.ofSeconds(5)));
  }

  @Test
  void aPortNobodyListensOnIsRefused() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertEquals(JoinFailure.REFUSED, JoinFailure.of(failureJoining("127.0.0.1:" + port)));
  }

  @Test
  void anAddressThatIsNotHostAndPortIsSaidSo() {
    assertEquals(JoinFailure.BAD_ADDRESS, JoinFailure.of(failureJoining("two words:7070")));
  }

  @Test
  void aCertificateThatIsNotThePinnedOneIsSaidSo() {
    Exception handshake = new SSLHandshakeException("PKIX");
    handshake.initCause(new CertificateException("the server's certificate has fingerprint AB, not the one given"));
    assertEquals(JoinFailure.CERTIFICATE, JoinFailure.of(new java.io.IOException("cannot reach", handshake)));
    assertEquals(JoinFailure.OTHER, JoinFailure.of(new java.io.IOException("something else")));
  }

  @Test
  void everyReasonHasASentenceInEnglishAndFrenchWithoutTheLibrarysWords() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      ResourceBundle bundle = ResourceBundle.getBundle("org.liaison.ui.i18n.network", locale);
      for (JoinFailure f : JoinFailure.values()) {
        String text = new java.text.MessageFormat(bundle.getString(f.key()), locale).format(new Object[] {"host:7070", 10});
        assertTrue(text.contains("host:7070"), text);
        assertFalse(text.contains("{"), text);
      }
    }
    assertTrue(ResourceBundle.getBundle("org.liaison.ui.i18n.network", Locale.FRENCH)
        .getString(JoinFailure.REFUSED.key()).startsWith("Impossible de rejoindre"));
  }
}
