package io.certbadge.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMTP server for the mail tests: GreenMail, reached through a small TCP front that can turn
 * connections away the way a busy or greylisting server does ({@code 421}, a 4xx the sender must
 * retry), and passes every other connection through to GreenMail unchanged.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail greenMail;
    private static volatile Front front;

    /** The running GreenMail (what arrived, purge between tests). */
    public static GreenMail greenMail() {
        return greenMail;
    }

    /** The next {@code connections} SMTP connections are answered {@code 421} and closed. */
    public static void refuseNext(int connections) {
        front.refuse.set(connections);
    }

    /** How many connections were turned away so far. */
    public static int refused() {
        return front.refusedSoFar.get();
    }

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        try {
            front = new Front(greenMail.getSmtp().getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(front.server.getLocalPort()));
    }

    @Override
    public void stop() {
        if (front != null) {
            front.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static final class Front implements AutoCloseable {
        final ServerSocket server;
        final int target;
        final AtomicInteger refuse = new AtomicInteger();
        final AtomicInteger refusedSoFar = new AtomicInteger();

        Front(int target) throws IOException {
            this.target = target;
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            daemon("smtp-front", this::accept);
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        refusedSoFar.incrementAndGet();
                        daemon("smtp-front-refuse", () -> refuse(client));
                        continue;
                    }
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
                    // the front closed, or one connection broke: the sender sees a failed attempt
                }
            }
        }

        /**
         * Greets with {@code 421} and waits, up to 10 s, for the client to hang up (QUIT or close) before
         * closing too. Closing at once races the greeting: Vert.x's mail client may then see the close
         * before the reply and only give up at its own timeout, so the test would not know which it met.
         */
        private static void refuse(Socket client) {
            try (client) {
                client.getOutputStream().write("421 4.3.2 Service busy, try again later\r\n".getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                client.setSoTimeout(10_000);
                InputStream in = client.getInputStream();
                byte[] line = new byte[512];
                while (in.read(line) >= 0) {
                    // whatever the client says after a 421 (QUIT at most) needs no answer
                }
            } catch (IOException e) {
                // the client closed first, or 10 s passed: hang up
            }
        }

        private static void pipe(Socket from, Socket to) {
            daemon("smtp-front-pipe", () -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // one side closed
                } finally {
                    try {
                        to.close();
                        from.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            });
        }

        private static void daemon(String name, Runnable work) {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
