package dev.quizmark.attempt;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** After every @QuarkusTest method: the quiz files a test wrote are removed (registered in META-INF/services). */
public class FixtureQuizCleanup implements QuarkusTestAfterEachCallback {

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        FixtureQuizzes.removeAll();
    }
}
