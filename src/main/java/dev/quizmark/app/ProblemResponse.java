package dev.quizmark.app;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A refused request answered the way the client asked: JSON {@code {"error": ..., "code": ...}} for the attempt
 * page's script (it asks for {@code application/json} explicitly), the given page for everything else.
 */
public final class ProblemResponse {

    private ProblemResponse() {
    }

    public static Response of(int status, String code, String message, HttpHeaders headers, Supplier<TemplateInstance> page) {
        boolean json = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType());
        if (json) {
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message, "code", code)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML).entity(page.get()).build();
    }
}
