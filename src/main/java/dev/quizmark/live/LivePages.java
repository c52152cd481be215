package dev.quizmark.live;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/**
 * The live pages' templates (templates/LivePages/). Each page's changing part is its fragment {@code stage}: the
 * full page includes it, and every server-sent event carries it rendered alone, so both always agree.
 */
final class LivePages {

    private LivePages() {
    }

    /** A quiz the host may start, with how many of its questions fit a phone. */
    record StartableQuiz(String id, String title, int live, int total) {
    }

    /** A session of the host's, for the list on the start page. */
    record HostedSession(long id, String quizTitle, String pin, String state, String createdAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(List<StartableQuiz> quizzes, List<HostedSession> sessions, List<Integer> teamChoices,
                String problem);

        static native TemplateInstance host(HostView view);

        static native TemplateInstance host$stage(HostView view);

        static native TemplateInstance join(String pin, boolean signedIn, String problem);

        static native TemplateInstance phone(PhoneView view, String notice);

        static native TemplateInstance phone$meta(PhoneView view);

        static native TemplateInstance phone$body(PhoneView view);
    }
}
