package org.liaison.net.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.liaison.net.client.PinnedTls;

/**
 * A certificate made when the server starts, for TLS without a certificate authority: the
 * participants check its SHA-256 fingerprint, which the server prints, instead of a chain. It is
 * made by the JDK's own {@code keytool} and kept in memory only.
 */
public final class SelfSignedCertificate {
  private final KeyStore keyStore;
  private final char[] password;
  private final String fingerprint;

  private SelfSignedCertificate(KeyStore keyStore, char[] password, String fingerprint) {
    this.keyStore = keyStore;
    this.password = password;
    this.fingerprint = fingerprint;
  }

  /** Makes a fresh key pair (EC P-256) and certificate valid for 30 days. */
  public static SelfSignedCertificate generate() throws IOException {
    char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
    Path dir = Files.createTempDirectory("liaison-tls");
    Path file = dir.resolve("server.p12");
    try {
      String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
      Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "liaison", "-keyalg", "EC",
          "-groupname", "secp256r1", "-dname", "CN=Liaison exercise", "-validity", "30", "-storetype", "PKCS12",
          "-keystore", file.toString(), "-storepass", new String(password), "-keypass", new String(password)))
          .redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("keytool could not make a certificate: " + output.strip());
      }
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        ks.load(in, password);
      }
      X509Certificate cert = (X509Certificate) ks.getCertificate("liaison");
      return new SelfSignedCertificate(ks, password, PinnedTls.fingerprint(cert));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while making a certificate", e);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot read the certificate made: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  /** The certificate's SHA-256 fingerprint as participants compare it: hex pairs joined by colons. */
  public String fingerprint() {
    return fingerprint;
  }

  Connector connector(Server server, HttpConfiguration http, String host, int port) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStore(keyStore);
    ssl.setKeyStorePassword(new String(password));
    HttpConfiguration https = new HttpConfiguration(http);
    https.addCustomizer(new SecureRequestCustomizer(false));
    ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
        new HttpConnectionFactory(https));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }
}
