package dev.quizmark.instructor;

import dev.quizmark.account.Role;
import dev.quizmark.analysis.Charts;
import dev.quizmark.analysis.QuizAnalysis;
import dev.quizmark.instructor.ResultsService.ItemAttempts;
import dev.quizmark.quiz.Quiz;
import dev.quizmark.quiz.QuizCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Moodle's quiz statistics report for one quiz: test figures, item analysis, response analysis, pictures. */
@Path("/instructor/quizzes/{quizId}/statistics")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
public class StatisticsResource {

    /** The page: the analysis and the scatter's geometry (the template draws it). */
    public record StatisticsPage(Quiz quiz, QuizAnalysis analysis, ItemAttempts which, FilterForm filter,
            List<Charts.Dot> dots, List<Charts.Tick> xTicks, List<Charts.Tick> yTicks) {

        public int width() {
            return Charts.WIDTH;
        }

        public int height() {
            return Charts.HEIGHT;
        }

        public int left() {
            return Charts.LEFT;
        }

        public int top() {
            return Charts.TOP;
        }

        public int right() {
            return Charts.LEFT + Charts.PLOT_WIDTH;
        }

        public int bottom() {
            return Charts.TOP + Charts.PLOT_HEIGHT;
        }

        /** y of discrimination 0 and of Moodle's customary "good" line at 30 %. */
        public double zeroLine() {
            return Charts.TOP + Charts.PLOT_HEIGHT / 2.0;
        }

        public int plotWidth() {
            return Charts.PLOT_WIDTH;
        }

        public int plotHeight() {
            return Charts.PLOT_HEIGHT;
        }

        /** Where the axis titles go. */
        public int xTitleX() {
            return Charts.LEFT + Charts.PLOT_WIDTH / 2;
        }

        public int xTitleY() {
            return Charts.HEIGHT - 4;
        }

        public int yTitleY() {
            return Charts.TOP + Charts.PLOT_HEIGHT / 2;
        }

        public int barsWidth() {
            return Charts.BAR_SPACE + 80;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(StatisticsPage page);
    }

    @Inject
    QuizCatalog catalog;

    @Inject
    StatisticsService statistics;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("quizId") String quizId, @QueryParam("group") String group,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("items") String items) {
        Quiz quiz = catalog.current(quizId).orElseThrow(NotFoundException::new);
        FilterForm filter = new FilterForm(group, from, to);
        ItemAttempts which = FilterForm.option(ItemAttempts.class, items, "items", ItemAttempts.FIRST);
        QuizAnalysis analysis = statistics.analysis(quiz, filter.filter(quizId), which);
        return Templates.statistics(new StatisticsPage(quiz, analysis, which, filter, Charts.dots(analysis), Charts.xTicks(),
                Charts.yTicks()));
    }
}
