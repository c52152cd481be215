package dev.quizmark.instructor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A bad filter value: a page naming the field for the result pages, plain text for the CSV exports. */
public class FilterProblemMapper {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance badFilter(String field, String value);
    }

    @ServerExceptionMapper
    public Response badFilter(FilterProblem problem, UriInfo uri) {
        if (uri.getPath().endsWith(".csv")) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE).entity(problem.getMessage()).build();
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.badFilter(problem.field, problem.value)).build();
    }
}
