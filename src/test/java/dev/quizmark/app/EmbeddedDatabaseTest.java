package dev.quizmark.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Boots the app on the quick-start configuration: an embedded H2 database with the same migrations. */
@QuarkusTest
@TestProfile(EmbeddedDatabaseTest.EmbeddedH2.class)
class EmbeddedDatabaseTest {

    public static class EmbeddedH2 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.db-kind", "h2",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/h2-test/quizmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "quarkus.datasource.username", "sa",
                    "quarkus.datasource.password", "");
        }
    }

    @Test
    void appRunsOnTheEmbeddedDatabase() {
        given().when().get("/").then().statusCode(200).body(containsString("퀴즈 목록"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
