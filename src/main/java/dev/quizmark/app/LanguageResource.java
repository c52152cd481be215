package dev.quizmark.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The language switcher. The choice is a plain preference cookie read by {@link LanguageCookieFilter};
 * a GET link keeps it working without JavaScript and changes no stored data.
 */
@Path("/language")
public class LanguageResource {

    @GET
    public Response switchTo(@QueryParam("to") String language, @QueryParam("back") String back) {
        if (language == null || !Languages.SUPPORTED.contains(language)) {
            return Response.status(Response.Status.BAD_REQUEST).entity("unsupported language: " + language).build();
        }
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(language).path("/").maxAge(60 * 60 * 24 * 365)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(safeLocalPath(back))).cookie(cookie).build();
    }

    /** Only same-site paths, so the switcher cannot be used as an open redirect. */
    static String safeLocalPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        return back;
    }
}
