package dev.quizmark.lti;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** Quizmark's public keys (JWKS) for platforms checking our deep-linking responses and client assertions. */
@Path("/lti/jwks")
public class JwksResource {

    @Inject
    ToolKeys keys;

    @GET
    @Produces("application/json")
    public Response jwks() {
        // Short caching: a rotation reaches platforms within minutes, and they refetch on an unknown kid anyway.
        return Response.ok(keys.publishedKeys(Instant.now()).toString(true)).header("Cache-Control", "public, max-age=300").build();
    }
}
