package dev.quizmark.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts every SQL statement the app sends through Hibernate (entities, JPQL and native queries alike; the
 * app has no other path to the database on request paths) and every transaction begun, except the app's timers'
 * own, so tests can prove how many statements and transactions a request costs (issue 14) instead of timing it.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    private final List<String> statements = new ArrayList<>();
    private final AtomicInteger transactions = new AtomicInteger();

    @Override
    public String inspect(String sql) {
        if (!background()) {
            synchronized (this) {
                statements.add(sql);
            }
        }
        return sql;
    }

    void onTransactionBegun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (!background()) {
            transactions.incrementAndGet();
        }
    }

    /**
     * Work of the app's timers, which runs whatever the test does: the catalog's poll of quiz versions (every
     * second) and the deadline job. Told apart by who is calling, so requests are counted exactly.
     */
    private static boolean background() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(frame ->
                frame.getClassName().startsWith("dev.quizmark.quiz.QuizCatalog")
                        || frame.getClassName().startsWith("dev.quizmark.attempt.AttemptDeadlineJob")));
    }

    /** Forgets what was counted so far. */
    public synchronized void reset() {
        statements.clear();
        transactions.set(0);
    }

    /** The statements since the last {@link #reset()}, in order. */
    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    public int transactions() {
        return transactions.get();
    }
}
