package dev.quizmark.account;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request came from, for throttling. It is the peer's address unless Quarkus' proxy support is
 * switched on ({@code quarkus.http.proxy.*}): then, for requests from a trusted proxy only, it is the address the
 * proxy forwarded (X-Forwarded-For / Forwarded). Anyone else's forwarded headers are ignored.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        String host = address == null ? null : address.hostAddress();
        return host == null || host.isBlank() ? "unknown" : host;
    }
}
