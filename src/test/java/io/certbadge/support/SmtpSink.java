package io.certbadge.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A real SMTP server (GreenMail) for the tests that run the packaged service as processes: the
 * service is pointed at {@link #properties()} and every mail it sends is read back here.
 */
public final class SmtpSink implements AutoCloseable {

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    public SmtpSink() {
        greenMail.start();
    }

    /** The service's mailer configuration for this server (plain SMTP on the loopback). */
    public Map<String, String> properties() {
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    /** Message-IDs of every mail received so far, by recipient address; one entry per copy received. */
    public Map<String, List<String>> messageIdsByRecipient() throws MessagingException {
        Map<String, List<String>> byRecipient = new HashMap<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String recipient = ((InternetAddress) message.getAllRecipients()[0]).getAddress().toLowerCase();
            byRecipient.computeIfAbsent(recipient, r -> new ArrayList<>()).add(message.getMessageID());
        }
        return byRecipient;
    }

    public int received() {
        return greenMail.getReceivedMessages().length;
    }

    /** Polls until {@code done} or the timeout; true when done. */
    public static boolean await(Duration timeout, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return done.getAsBoolean();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
