package dev.quizmark.instructor;

import dev.quizmark.account.Role;
import dev.quizmark.quiz.QuizCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;

/** The gradebook: students × quizzes, each cell the graded result by the quiz's grading method; also as CSV. */
@Path("/instructor/gradebook")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
public class GradebookResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gradebook(Gradebook gradebook);
    }

    @Inject
    QuizCatalog catalog;

    @Inject
    GradebookService gradebooks;

    /** @param sort name, number, group or a quiz id; {@code dir} asc or desc */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("group") String group, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir) {
        return Templates.gradebook(build(group, sort, dir));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("group") String group, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("bom") String bom) {
        Gradebook gradebook = build(group, sort, dir);
        StreamingOutput body = out -> gradebooks.write(gradebook, !"false".equals(bom), out);
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"quizmark-gradebook-" + LocalDate.now() + ".csv\"")
                .build();
    }

    private Gradebook build(String group, String sort, String dir) {
        Direction direction = FilterForm.option(Direction.class, dir, "dir", Direction.ASC);
        String groupName = group == null || group.isBlank() ? null : group.strip();
        return gradebooks.gradebook(catalog.openQuizzes(), groupName, sort, direction == Direction.DESC);
    }

    enum Direction { ASC, DESC }
}
