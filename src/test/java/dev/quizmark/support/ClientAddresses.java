package dev.quizmark.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses no other test uses, for X-Forwarded-For: the tests trust the loopback proxy
 * ({@code %test.quarkus.http.proxy.*}), so a test can play a client of its own and its throttling counters are
 * not shared. Addresses come from 198.18.0.0/15, the range reserved for network tests.
 */
public final class ClientAddresses {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private ClientAddresses() {
    }

    public static String next() {
        int n = NEXT.getAndIncrement();
        return "198.18." + (n / 250) + "." + (1 + n % 250);
    }
}
