package dev.quizmark.lti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quizmark.account.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Sync roster" (LTI Names and Role Provisioning Services): reads a course's membership from the platform,
 * following {@code Link: <…>; rel="next"} page by page, and creates or updates an account for every active
 * member, in the course's group (its title), so the gradebook lists students before they first launch.
 */
@ApplicationScoped
public class RosterSync {

    static final String MEMBERSHIP_MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;[^,]*rel\\s*=\\s*\"?next\"?", Pattern.CASE_INSENSITIVE);
    /** A platform that keeps sending "next" forever stops here. */
    private static final int MAX_PAGES = 200;

    @Inject
    ServiceTokens tokens;

    @Inject
    LtiAccounts accounts;

    /** A member as the platform lists them. */
    record Member(String userId, String name, String email, List<String> roles, String status) {
        boolean teaches() {
            return LaunchClaims.teaches(roles);
        }
    }

    /** Syncs the course; returns how many members were stored. The outcome is also kept on the context. */
    public int sync(long contextId) throws PlatformCallException {
        LtiContext context = QuarkusTransaction.requiringNew().call(() -> LtiContext.<LtiContext>findById(contextId));
        LtiRegistration registration = QuarkusTransaction.requiringNew()
                .call(() -> LtiRegistration.<LtiRegistration>findById(context.registrationId));
        try {
            if (!context.approved || context.membershipsUrl == null) {
                throw new PlatformCallException(400, "no membership service for this course (launch it once first)");
            }
            List<Member> members = fetch(registration, context.membershipsUrl);
            String group = context.title == null ? context.contextId : context.title;
            QuarkusTransaction.requiringNew().run(() -> {
                for (Member member : members) {
                    if (member.status() != null && !"Active".equalsIgnoreCase(member.status())) {
                        continue;
                    }
                    Account account = accounts.link(registration.issuer, member.userId(), member.name(), member.email(),
                            member.teaches());
                    if (!member.teaches()) {
                        account.groupName = group.length() > 100 ? group.substring(0, 100) : group;
                    }
                    accounts.addMember(context.id, account.id, member.teaches());
                }
            });
            note(contextId, members.size() + "");
            return members.size();
        } catch (PlatformCallException failure) {
            note(contextId, failure.getMessage());
            throw failure;
        }
    }

    private void note(long contextId, String message) {
        QuarkusTransaction.requiringNew().run(() -> {
            LtiContext context = LtiContext.findById(contextId);
            context.rosterSyncedAt = Instant.now();
            context.rosterMessage = message.length() > 1000 ? message.substring(0, 1000) : message;
        });
    }

    List<Member> fetch(LtiRegistration registration, String url) throws PlatformCallException {
        String token = tokens.token(registration, ServiceTokens.MEMBERSHIP_SCOPE);
        List<Member> members = new ArrayList<>();
        String next = url;
        for (int page = 0; next != null; page++) {
            if (page == MAX_PAGES) {
                throw new PlatformCallException(502, "more than " + MAX_PAGES + " pages of members");
            }
            HttpResponse<String> response = tokens.send(HttpRequest.newBuilder(URI.create(next)).timeout(Duration.ofSeconds(30))
                    .header("Accept", MEMBERSHIP_MEDIA_TYPE).header("Authorization", "Bearer " + token).GET().build());
            if (response.statusCode() == 401) {
                tokens.forget(registration, ServiceTokens.MEMBERSHIP_SCOPE);
            }
            if (response.statusCode() != 200) {
                throw new PlatformCallException(response.statusCode(),
                        "memberships: " + response.statusCode() + " " + ServiceTokens.brief(response.body()));
            }
            try {
                for (JsonNode member : JSON.readTree(response.body()).path("members")) {
                    List<String> roles = new ArrayList<>();
                    member.path("roles").forEach(role -> roles.add(role.asText()));
                    String name = member.path("name").asText(null);
                    if (name == null) {
                        name = (member.path("given_name").asText("") + " " + member.path("family_name").asText("")).trim();
                    }
                    String userId = member.path("user_id").asText(null);
                    if (userId != null) {
                        members.add(new Member(userId, name, member.path("email").asText(null), roles,
                                member.path("status").asText(null)));
                    }
                }
            } catch (IOException e) {
                throw new PlatformCallException(502, "memberships answered no JSON");
            }
            next = nextPage(response.headers().allValues("Link")).orElse(null);
        }
        return members;
    }

    static Optional<String> nextPage(List<String> linkHeaders) {
        for (String header : linkHeaders) {
            for (String link : header.split(",(?=\\s*<)")) {
                Matcher matcher = NEXT.matcher(link);
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
