package dev.quizmark.lti;

import dev.quizmark.app.QuizmarkConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * HTTP clients for calls to platforms (keysets, tokens, scores, rosters). They trust the JDK's certificate
 * authorities and, with {@code quizmark.lti.trusted-certificates}, the certificates of that PEM file too: a
 * self-hosted Moodle behind a campus CA, or the test platform's self-signed certificate.
 */
@ApplicationScoped
public class PlatformHttp {

    @Inject
    QuizmarkConfig config;

    private volatile SSLContext ssl;

    public HttpClient client(boolean followRedirects) {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(ssl())
                .followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER).build();
    }

    private SSLContext ssl() {
        SSLContext context = ssl;
        if (context == null) {
            context = ssl = sslContext(config.lti().trustedCertificates());
        }
        return context;
    }

    static SSLContext sslContext(Optional<Path> extra) {
        try {
            if (extra.isEmpty()) {
                return SSLContext.getDefault();
            }
            X509TrustManager jdk = trustManager(null);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            try (InputStream in = Files.newInputStream(extra.get())) {
                int i = 0;
                for (var certificate : java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("trusted-" + i++, certificate);
                }
            }
            X509TrustManager added = trustManager(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new EitherTrustManager(jdk, added)}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read quizmark.lti.trusted-certificates " + extra.orElse(null), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509TrustManager");
    }

    /** Trusts a server that either the JDK's authorities or the configured certificates vouch for. */
    private record EitherTrustManager(X509TrustManager jdk, X509TrustManager added) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            jdk.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                jdk.checkServerTrusted(chain, authType);
            } catch (CertificateException notByTheJdk) {
                added.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> all = new ArrayList<>(List.of(jdk.getAcceptedIssuers()));
            all.addAll(List.of(added.getAcceptedIssuers()));
            return all.toArray(X509Certificate[]::new);
        }
    }
}
