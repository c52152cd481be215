package dev.quizmark.security;

import io.restassured.http.Header;
import io.restassured.response.Response;

/** The raw Set-Cookie header of one cookie, attributes included (RestAssured's cookie API drops SameSite). */
final class CookieHeaders {

    private CookieHeaders() {
    }

    static String of(Response response, String name) {
        return response.getHeaders().getList("Set-Cookie").stream().map(Header::getValue)
                .filter(value -> value.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie set; headers: " + response.getHeaders()));
    }
}
