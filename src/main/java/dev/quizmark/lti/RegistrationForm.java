package dev.quizmark.lti;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The registration form as posted, with its problems (message keys of the lti bundle, by field). */
public record RegistrationForm(String name, String issuer, String clientId, String authLoginUrl, String tokenUrl,
        String jwksUrl, String deployments) {

    public record Problem(String field, String key) {
    }

    static RegistrationForm of(LtiRegistration registration) {
        return new RegistrationForm(registration.name, registration.issuer, registration.clientId, registration.authLoginUrl,
                registration.tokenUrl, registration.jwksUrl, String.join("\n", registration.deploymentIds()));
    }

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", "", "", "");
    }

    List<String> deploymentIds() {
        return Arrays.stream(deployments == null ? new String[0] : deployments.split("[\\s,]+"))
                .map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        required(problems, "name", name, 200);
        required(problems, "issuer", issuer, 500);
        required(problems, "clientId", clientId, 255);
        url(problems, "authLoginUrl", authLoginUrl);
        url(problems, "tokenUrl", tokenUrl);
        url(problems, "jwksUrl", jwksUrl);
        if (deploymentIds().isEmpty()) {
            problems.add(new Problem("deployments", "problemDeployments"));
        }
        return problems;
    }

    void applyTo(LtiRegistration registration) {
        registration.name = name.strip();
        registration.issuer = issuer.strip();
        registration.clientId = clientId.strip();
        registration.authLoginUrl = authLoginUrl.strip();
        registration.tokenUrl = tokenUrl.strip();
        registration.jwksUrl = jwksUrl.strip();
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            problems.add(new Problem(field, "problemRequired"));
        }
    }

    /** Platform endpoints are absolute http(s) URLs; https in production, http for a platform on this machine. */
    private static void url(List<Problem> problems, String field, String value) {
        try {
            URI uri = URI.create(value == null ? "" : value.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || value.strip().length() > 1000) {
                problems.add(new Problem(field, "problemUrl"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "problemUrl"));
        }
    }

    public boolean hasProblem(List<Problem> problems, String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
