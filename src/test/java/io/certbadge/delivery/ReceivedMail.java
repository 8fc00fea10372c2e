package io.certbadge.delivery;

import io.certbadge.support.MailServer;
import io.certbadge.support.TestClock;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** A mail as it arrived at the SMTP server, taken apart into its MIME parts. */
record ReceivedMail(MimeMessage message, List<PartData> parts) {

    /** One leaf part: its media type (lower case, no parameters), text or bytes, Content-ID and disposition. */
    record PartData(String mediaType, String text, byte[] bytes, String contentId, String disposition) {
    }

    /** Waits for exactly {@code count} mails to {@code to}, then makes sure no more arrive for a while. */
    static List<ReceivedMail> awaitExactly(String to, int count) throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(90).toNanos();
        boolean retried = false;
        List<ReceivedMail> mails = to(to);
        while (mails.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            mails = to(to);
            if (!retried && System.nanoTime() - start > Duration.ofSeconds(40).toNanos()) {
                // An attempt that failed (on a loaded machine GreenMail may drop a connection it found
                // idle for 30 s) is retried 30 s later by the application clock, which tests hold still:
                // let that time pass, as it would in production.
                TestClock.current().advance(Duration.ofSeconds(31));
                retried = true;
            }
        }
        Thread.sleep(1500); // longer than the outbox's poll: a duplicate would have arrived by now
        mails = to(to);
        assertEquals(count, mails.size(), "mails to " + to);
        return mails;
    }

    static List<ReceivedMail> to(String to) throws Exception {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : MailServer.greenMail().getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(to))) {
                List<PartData> parts = new ArrayList<>();
                collect(message, parts);
                mails.add(new ReceivedMail(message, parts));
            }
        }
        return mails;
    }

    String header(String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null ? null : String.join(", ", values);
    }

    PartData only(String mediaType) {
        List<PartData> matching = parts.stream().filter(p -> p.mediaType().equals(mediaType)).toList();
        if (matching.size() != 1) {
            fail("expected one " + mediaType + " part, found " + matching.size() + " in " + parts);
        }
        return matching.get(0);
    }

    /** Every address in every address header: the mail names nobody but its recipient and the issuer. */
    List<String> addresses() throws MessagingException {
        List<String> all = new ArrayList<>();
        for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC, Message.RecipientType.BCC)) {
            if (message.getRecipients(type) != null) {
                Arrays.stream(message.getRecipients(type)).map(a -> ((InternetAddress) a).getAddress()).forEach(all::add);
            }
        }
        return all;
    }

    private static void collect(Part part, List<PartData> into) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, into);
            }
            return;
        }
        String mediaType = part.getContentType().split(";")[0].trim().toLowerCase();
        String[] ids = part.getHeader("Content-ID");
        String contentId = ids == null ? null : ids[0];
        if (content instanceof String text) {
            into.add(new PartData(mediaType, text, null, contentId, part.getDisposition()));
        } else {
            try (InputStream in = part.getInputStream(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
                in.transferTo(bytes);
                into.add(new PartData(mediaType, null, bytes.toByteArray(), contentId, part.getDisposition()));
            }
        }
    }
}
