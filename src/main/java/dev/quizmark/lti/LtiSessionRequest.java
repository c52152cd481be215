package dev.quizmark.lti;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The LTI session cookie's token, to be checked by {@link LtiSessionIdentityProvider}. */
public class LtiSessionRequest extends BaseAuthenticationRequest {

    private final String token;

    public LtiSessionRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
