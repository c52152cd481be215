package dev.quizmark.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A server-sent event stream read as a browser would, event by event, on its own thread. */
final class EventStream implements AutoCloseable {

    /** One event: its name, id, retry and data lines joined with newlines. */
    record Event(String name, String id, String retry, String data) {
    }

    final int status;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean closed;
    private final HttpResponse<java.util.stream.Stream<String>> response;

    EventStream(String url, String cookies) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        status = response.statusCode();
        reader = new Thread(this::read, "test-sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        String name = null;
        String id = null;
        String retry = null;
        List<String> data = new ArrayList<>();
        try {
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (closed) {
                    return;
                }
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, id, retry, String.join("\n", data)));
                    }
                    name = null;
                    id = null;
                    retry = null;
                    data = new ArrayList<>();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("retry:")) {
                    retry = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(line.startsWith("data: ") ? 6 : 5));
                }
            }
        } catch (RuntimeException e) {
            // the stream was closed
        }
    }

    /** The next event, or null after the timeout. */
    Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed = true;
        response.body().close();
    }
}
