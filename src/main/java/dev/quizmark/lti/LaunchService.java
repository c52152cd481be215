package dev.quizmark.lti;

import dev.quizmark.account.Account;
import dev.quizmark.account.Role;
import dev.quizmark.quiz.QuizCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a verified launch does in Quizmark: records the course (context), refuses it until an instructor has
 * approved it as this course, links the person to an account with the launch's role in this course, and
 * records the resource link (which quiz, which gradebook column) and the membership.
 */
@ApplicationScoped
public class LaunchService {

    @Inject
    LtiAccounts accounts;

    @Inject
    QuizCatalog catalog;

    /** The outcome: who, with which role, in which course, going where (a path of this site). */
    public record Launched(Account account, Role role, LtiContext context, String target) {
        public LtiSessions.Session session() {
            return new LtiSessions.Session(account.username, account.sessionVersion, role, context.id, target);
        }
    }

    public Launched launch(LaunchClaims claims) throws LaunchProblem {
        LtiContext context = QuarkusTransaction.requiringNew().call(() -> recordContext(claims));
        if (!context.approved) {
            throw new LaunchProblem(LaunchProblem.Kind.CONTEXT_NOT_APPROVED, "context " + claims.contextId());
        }
        if (claims.deepLinking() && !claims.teaches()) {
            throw new LaunchProblem(LaunchProblem.Kind.FORBIDDEN, "deep linking by a non-instructor");
        }
        String quizId = claims.deepLinking() ? null : quizOf(claims, context);
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = accounts.link(claims.registration().issuer, claims.sub(), claims.name(), claims.email(),
                    claims.teaches());
            accounts.addMember(context.id, account.id, claims.teaches());
            String target = "/";
            if (quizId != null) {
                LtiResourceLink link = LtiResourceLink.of(context.id, claims.resourceLinkId()).orElseGet(LtiResourceLink::new);
                link.contextId = context.id;
                link.resourceLinkId = claims.resourceLinkId();
                link.quizId = quizId;
                link.title = claims.resourceLinkTitle();
                if (claims.lineitemUrl() != null) {
                    link.lineitemUrl = claims.lineitemUrl();
                }
                link.persist();
                target = claims.teaches() ? "/instructor/quizzes/" + quizId : "/quizzes/" + quizId;
            }
            return new Launched(account, claims.teaches() ? Role.INSTRUCTOR : Role.STUDENT, context, target);
        });
    }

    private LtiContext recordContext(LaunchClaims claims) {
        LtiContext context = LtiContext.of(claims.registration().id, claims.contextId()).orElseGet(() -> {
            LtiContext made = new LtiContext();
            made.registrationId = claims.registration().id;
            made.contextId = claims.contextId();
            return made;
        });
        if (claims.contextTitle() != null) {
            context.title = claims.contextTitle();
        }
        if (claims.membershipsUrl() != null) {
            context.membershipsUrl = claims.membershipsUrl();
        }
        context.persist();
        return context;
    }

    /** The quiz a resource link opens: our custom parameter from deep linking, else what the link opened before. */
    private String quizOf(LaunchClaims claims, LtiContext context) throws LaunchProblem {
        String quizId = claims.quizId();
        if (quizId == null) {
            quizId = QuarkusTransaction.requiringNew().call(() -> LtiResourceLink.of(context.id, claims.resourceLinkId())
                    .map(link -> link.quizId).orElse(null));
        }
        if (quizId == null || catalog.current(quizId).isEmpty()) {
            throw new LaunchProblem(LaunchProblem.Kind.NO_QUIZ, "quiz " + quizId);
        }
        return quizId;
    }

    /** Redeemed when the launch page's ticket is used: the session again, if the account may still have it. */
    public boolean stillValid(LtiSessions.Session session) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(session.username())
                .filter(account -> account.enabled && account.sessionVersion == session.sessionVersion()).isPresent()
                && LtiContext.<LtiContext>findByIdOptional(session.contextId()).map(c -> c.approved).orElse(false));
    }
}
