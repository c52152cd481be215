package dev.quizmark.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/** What a verified LTI 1.3 id_token says, in the names Quizmark uses. */
public record LaunchClaims(LtiRegistration registration, String deploymentId, String messageType, String sub,
        String name, String email, List<String> roles, String contextId, String contextTitle, String resourceLinkId,
        String resourceLinkTitle, Map<String, Object> custom, String lineitemUrl, String membershipsUrl,
        String deepLinkReturnUrl, String deepLinkData, String targetLinkUri) {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = LTI + "message_type";
    static final String VERSION = LTI + "version";
    static final String DEPLOYMENT_ID = LTI + "deployment_id";
    static final String ROLES = LTI + "roles";
    static final String CONTEXT = LTI + "context";
    static final String RESOURCE_LINK = LTI + "resource_link";
    static final String CUSTOM = LTI + "custom";
    static final String TARGET_LINK_URI = LTI + "target_link_uri";
    static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String DEEP_LINKING_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    static final String DEEP_LINKING_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";

    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";

    /** Context roles that make someone an instructor of the course (LIS vocabulary, full and short forms). */
    private static final List<String> TEACHING_ROLES = List.of("Instructor", "Administrator", "ContentDeveloper",
            "TeachingAssistant", "Mentor");

    /** The custom parameter our deep-linking response puts on every link: which quiz it opens. */
    public static final String QUIZ_PARAMETER = "quizmark_quiz";

    /** Whether the launch roles make the person teach this context (never from institution or system roles alone). */
    public boolean teaches() {
        return teaches(roles);
    }

    static boolean teaches(List<String> roles) {
        return roles.stream().anyMatch(role -> {
            String term = role.contains("#") ? role.substring(role.indexOf('#') + 1) : role;
            boolean contextRole = !role.contains("/institution/") && !role.contains("/system/");
            return contextRole && TEACHING_ROLES.contains(term);
        });
    }

    public boolean deepLinking() {
        return DEEP_LINKING_REQUEST.equals(messageType);
    }

    public String quizId() {
        Object quiz = custom.get(QUIZ_PARAMETER);
        return quiz == null ? null : quiz.toString();
    }

    static LaunchClaims of(LtiRegistration registration, JWTClaimsSet claims) throws ParseException {
        Map<String, Object> context = claims.getJSONObjectClaim(CONTEXT);
        Map<String, Object> link = claims.getJSONObjectClaim(RESOURCE_LINK);
        Map<String, Object> custom = claims.getJSONObjectClaim(CUSTOM);
        Map<String, Object> ags = claims.getJSONObjectClaim(AGS_ENDPOINT);
        Map<String, Object> nrps = claims.getJSONObjectClaim(NRPS);
        Map<String, Object> deepLinking = claims.getJSONObjectClaim(DEEP_LINKING_SETTINGS);
        List<String> roles = claims.getStringListClaim(ROLES);
        String name = claims.getStringClaim("name");
        if (name == null) {
            String given = claims.getStringClaim("given_name");
            String family = claims.getStringClaim("family_name");
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        }
        return new LaunchClaims(registration, claims.getStringClaim(DEPLOYMENT_ID), claims.getStringClaim(MESSAGE_TYPE),
                claims.getSubject(), name, claims.getStringClaim("email"), roles == null ? List.of() : roles,
                text(context, "id"), text(context, "title"), text(link, "id"), text(link, "title"),
                custom == null ? Map.of() : custom, text(ags, "lineitem"), text(nrps, "context_memberships_url"),
                text(deepLinking, "deep_link_return_url"), text(deepLinking, "data"),
                claims.getStringClaim(TARGET_LINK_URI));
    }

    private static String text(Map<String, Object> object, String key) {
        Object value = object == null ? null : object.get(key);
        return value == null ? null : value.toString();
    }
}
