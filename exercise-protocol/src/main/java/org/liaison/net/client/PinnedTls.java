package org.liaison.net.client;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS that trusts exactly one certificate, named by its SHA-256 fingerprint: how a participant
 * joins a server whose certificate was made at start and whose fingerprint the exercise control
 * read out. The fingerprint replaces both the chain and the host-name check, since such a
 * certificate has neither an authority nor the server's name.
 */
public final class PinnedTls {
  private PinnedTls() {}

  /** A certificate's SHA-256 fingerprint: upper-case hex pairs joined by colons. */
  public static String fingerprint(X509Certificate cert) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
      return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot fingerprint a certificate: " + e.getMessage(), e);
    }
  }

  /** A TLS context that accepts only the certificate with this fingerprint (colons and case ignored). */
  public static SSLContext trusting(String fingerprint) throws GeneralSecurityException {
    String expected = fingerprint.replace(":", "").toUpperCase(Locale.ROOT);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new Pinned(expected)}, null);
    return context;
  }

  private static final class Pinned extends X509ExtendedTrustManager {
    private final String expected;

    Pinned(String expected) {
      this.expected = expected;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException("the server showed no certificate");
      }
      String actual = fingerprint(chain[0]).replace(":", "");
      if (!actual.equals(expected)) {
        throw new CertificateException("the server's certificate has fingerprint " + fingerprint(chain[0])
            + ", not the one given");
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      throw new CertificateException("a participant does not accept connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
      throw new CertificateException("a participant does not accept connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
      throw new CertificateException("a participant does not accept connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
