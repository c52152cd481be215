package dev.quizmark.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The language switcher. The choice is a plain preference cookie read by {@link LanguageCookieFilter};
 * a GET link keeps it working without JavaScript and changes no stored data.
 */
@Path("/language")
public class LanguageResource {

    @Inject
    QuizmarkConfig config;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response switchTo(@QueryParam("to") String language, @QueryParam("back") String back) {
        if (language == null || !Languages.SUPPORTED.contains(language)) {
            return Response.status(Response.Status.BAD_REQUEST).entity("unsupported language: " + language).build();
        }
        URI target;
        try {
            target = safeLocalPath(back);
        } catch (URISyntaxException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity("back must be a path on this site: " + e.getReason()).build();
        }
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(language).path("/").maxAge(60 * 60 * 24 * 365)
                .sameSite(NewCookie.SameSite.LAX).secure(config.http().secureCookies()).build();
        return Response.seeOther(target).cookie(cookie).build();
    }

    /** Only same-site paths, so the switcher cannot be used as an open redirect; anything else goes home. */
    static URI safeLocalPath(String back) throws URISyntaxException {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return URI.create("/");
        }
        URI uri = new URI(back);
        return uri.getScheme() == null && uri.getRawAuthority() == null ? uri : URI.create("/");
    }
}
