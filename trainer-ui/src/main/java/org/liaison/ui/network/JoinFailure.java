package org.liaison.ui.network;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Why joining an exercise failed, as one of the few reasons a participant can act on, so that the
 * join screen says it in the trainer's language rather than in the network library's words.
 */
enum JoinFailure {
  /** The address is not HOST:PORT. */
  BAD_ADDRESS,
  /** No computer by that name. */
  UNKNOWN_HOST,
  /** The computer answered, but no exercise server listens on that port. */
  REFUSED,
  /** Nothing answered in time: wrong address, a firewall, or the server is busy starting. */
  TIMEOUT,
  /** The server's certificate is not the one whose fingerprint was given, or TLS failed. */
  CERTIFICATE,
  /** Anything else. */
  OTHER;

  /** The bundle key of the sentence that says this reason; its arguments are the address and the timeout in seconds. */
  String key() {
    return "join.failed." + name();
  }

  static JoinFailure of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IllegalArgumentException) {
        return BAD_ADDRESS;
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return UNKNOWN_HOST;
      }
      if (t instanceof ConnectException) {
        return REFUSED;
      }
      if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
        return TIMEOUT;
      }
      if (t instanceof CertificateException || t instanceof SSLException) {
        return CERTIFICATE;
      }
    }
    return OTHER;
  }
}
