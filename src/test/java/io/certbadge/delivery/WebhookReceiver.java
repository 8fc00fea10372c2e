package io.certbadge.delivery;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a free loopback port, standing in for the certification system: records
 * every request and answers with the statuses it was told, in order (then 200).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String method, String path, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private volatile Duration delay = Duration.ZERO;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
            sleep(delay);
            int status = nextAnswer();
            if (status >= 300 && status < 400) {
                exchange.getResponseHeaders().add("Location", url("/redirected"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The statuses to answer the next requests with, in order; 200 after them. */
    synchronized WebhookReceiver answering(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    /** Answers only after this long. */
    WebhookReceiver slow(Duration delay) {
        this.delay = delay;
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next request, waiting up to 15 s (the worker polls every second and is woken by each commit). */
    Received next() {
        try {
            Received request = received.poll(15, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("no webhook arrived within 15 s");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Asserts that nothing arrives for {@code wait}. */
    void assertNothingFor(Duration wait) {
        try {
            Received request = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (request != null) {
                throw new AssertionError("unexpected webhook " + request.header("webhook-id") + " to " + request.path());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private synchronized int nextAnswer() {
        Integer status = answers.poll();
        return status == null ? 200 : status;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
