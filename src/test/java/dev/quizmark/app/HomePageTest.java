package dev.quizmark.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @Test
    void testsRunAgainstPostgresql() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        assertTrue(url.startsWith("jdbc:postgresql:"), url);
    }

    @Test
    void homePageIsKoreanByDefault() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"ko\">"))
                .body(containsString("퀴즈 목록"));
    }

    @Test
    void acceptLanguagePicksEnglish() {
        given().header("Accept-Language", "en-US,en;q=0.9").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Quizzes"));
    }

    @Test
    void languageSwitcherCookieWinsOverBrowser() {
        String cookie = given().redirects().follow(false).when().get("/language?to=en&back=/").then()
                .statusCode(303).extract().cookie("quizmark-lang");
        given().cookie("quizmark-lang", cookie).header("Accept-Language", "ko").when().get("/").then()
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void languageSwitcherRefusesOffSiteRedirects() {
        given().redirects().follow(false).when().get("/language?to=en&back=//evil.example/").then()
                .statusCode(303).header("Location", not(containsString("evil"))).header("Location", endsWith("/"));
        given().when().get("/language?to=fr").then().statusCode(400);
    }

    @Test
    void readinessReportsTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }
}
