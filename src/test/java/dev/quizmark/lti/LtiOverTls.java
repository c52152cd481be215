package dev.quizmark.lti;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Quizmark as it runs behind HTTPS (secure cookies: the LTI cookies are SameSite=None; Secure; Partitioned) and
 * trusting the Node test platform's self-signed certificate for its calls to the platform.
 */
public class LtiOverTls implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quizmark.http.secure-cookies", "true",
                "quizmark.lti.trusted-certificates", NodePlatform.tls().resolve("cert.pem").toString());
    }
}
