package io.certbadge.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Images;
import io.certbadge.support.Issuing;
import io.certbadge.support.MailServer;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.certbadge.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The earner's e-mail, sent for real over SMTP to GreenMail and read back as MIME: what the trainer
 * finds in the inbox, once per credential and event.
 */
@QuarkusTest
@TestProfile(MailTestProfile.class)
class MailDeliveryTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @AfterEach
    void serverAcceptsAgain() {
        MailServer.refuseNext(0);
    }

    @Test
    void shouldMailTheEarnerOnceWithLinksAndTheBakedBadgeWhenACredentialIsIssued() throws Exception {
        ObjectNode record = Records.valid();
        String email = Records.email(record);
        String id = Issuing.issue(record);
        JsonPath issued = given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/credentials/" + id).then().statusCode(200).extract().jsonPath();

        ReceivedMail mail = ReceivedMail.awaitExactly(email, 1).get(0);

        assertEquals(List.of(email), mail.addresses(), "addressed to the earner alone");
        assertTrue(mail.message().getSubject().contains("Certified Trainer: GitLab CI/CD"), mail.message().getSubject());
        assertEquals("<credential.issued." + id + "@certbadge.test>", mail.header("Message-ID"));
        String text = mail.only("text/plain").text();
        String html = mail.only("text/html").text();
        String verificationUrl = "http://certbadge.test/verify/" + id;
        String linkedIn = issued.getString("linkedInAddToProfileUrl");
        for (String body : List.of(text, html.replace("&amp;", "&"))) {
            assertTrue(body.contains(verificationUrl), body);
            assertTrue(body.contains(linkedIn), "the LinkedIn link, as the API gives it: " + body);
            assertTrue(body.contains("http://certbadge.test/credentials/" + id + "/badge.png"), "how to download the baked badge");
            assertTrue(body.contains("Ada Lovelace"), body);
        }
        assertTrue(hrefs(html).contains(linkedIn), "the LinkedIn button links to the API's link");
        assertTrue(html.contains("src=\"cid:badge@certbadge\""), "the badge is shown inline");

        ReceivedMail.PartData badge = mail.only("image/png");
        assertEquals("<badge@certbadge>", badge.contentId());
        String bakedJwt = Images.iTxtEntries(badge.bytes()).stream()
                .filter(e -> "openbadgecredential".equals(e.getAttribute("keyword")))
                .map(e -> e.getAttribute("text")).findFirst().orElseThrow();
        assertEquals(issued.getString("credentialJwt"), bakedJwt, "the inline image is the baked badge of this credential");

        for (ReceivedMail.PartData part : mail.parts()) {
            if (part.text() != null) {
                assertFalse(part.text().contains("@example.com"), "no address in the mail's text, not even the earner's own");
            }
        }
        events(id).body("type", org.hamcrest.Matchers.hasItem("EMAIL_SENT"))
                .body("find { it.type == 'EMAIL_SENT' }.detail", containsString("attempt "))
                .body("detail", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(containsString(email))));

        Issuing.post(record).statusCode(200);
        ReceivedMail.awaitExactly(email, 1); // the repeat answered 200 and mailed nothing
    }

    @Test
    void shouldEscapeTheRecipientNameInTheHtmlMail() throws Exception {
        ObjectNode record = Records.valid();
        Records.candidate(record).put("name", "Ada <b>Lovelace</b> & Co");
        String id = Issuing.issue(record);

        ReceivedMail mail = ReceivedMail.awaitExactly(Records.email(record), 1).get(0);

        String html = mail.only("text/html").text();
        assertTrue(html.contains("Ada &lt;b&gt;Lovelace&lt;/b&gt; &amp; Co"), html);
        assertFalse(html.contains("<b>Lovelace"), "the name is text, never markup");
        assertTrue(mail.only("text/plain").text().contains("Ada <b>Lovelace</b> & Co"), "the text part is plain text");
        assertNotEquals(null, id);
    }

    @Test
    void shouldMailTheDateAndReasonOnceWhenACredentialIsRevoked() throws Exception {
        ObjectNode record = Records.valid();
        String email = Records.email(record);
        String id = Issuing.issue(record);
        ReceivedMail.awaitExactly(email, 1);

        Revoking.revoke(id, "Survey results could not be confirmed").statusCode(200);
        Revoking.revoke(id, "Survey results could not be confirmed").statusCode(200); // a repeat sends nothing

        List<ReceivedMail> mails = ReceivedMail.awaitExactly(email, 2);
        ReceivedMail revoked = mails.stream().filter(m -> header(m, "Message-ID").contains("revoked")).findFirst().orElseThrow();
        assertEquals("<credential.revoked." + id + "@certbadge.test>", revoked.header("Message-ID"));
        assertTrue(revoked.message().getSubject().contains("revoked"), revoked.message().getSubject());
        for (String body : List.of(revoked.only("text/plain").text(), revoked.only("text/html").text())) {
            assertTrue(body.contains("Revoked on 1 December 2026"), body);
            assertTrue(body.contains("Survey results could not be confirmed"), body);
            assertTrue(body.contains("http://certbadge.test/verify/" + id), body);
        }
        assertTrue(revoked.parts().stream().noneMatch(p -> p.mediaType().startsWith("image/")), "no badge on a revocation");
    }

    @Test
    void shouldRetryAMailTheServerRefusedAndDeliverItOnce() throws Exception {
        MailServer.refuseNext(1);
        ObjectNode record = Records.valid();
        String email = Records.email(record);
        int refusedBefore = MailServer.refused();
        String id = Issuing.issue(record);

        awaitEvent(id, "EMAIL_FAILED");
        assertEquals(refusedBefore + 1, MailServer.refused(), "the first attempt met the 421");
        assertTrue(ReceivedMail.to(email).isEmpty(), "nothing arrived yet");
        events(id).body("find { it.type == 'EMAIL_FAILED' }.detail",
                org.hamcrest.Matchers.allOf(containsString("attempt 1"), containsString("will be retried"), containsString("421")));

        TestClock.current().advance(Duration.ofSeconds(31)); // past the first retry's 30 s

        ReceivedMail mail = ReceivedMail.awaitExactly(email, 1).get(0);
        assertEquals("<credential.issued." + id + "@certbadge.test>", mail.header("Message-ID"), "the same mail, retried");
        awaitEvent(id, "EMAIL_SENT");
        events(id).body("find { it.type == 'EMAIL_SENT' }.detail", org.hamcrest.Matchers.matchesPattern("(?s).*attempt [2-9]$"));
    }

    @Test
    void shouldSendTheIssueMailAgainOnRequestWithAMessageIdOfItsOwn() throws Exception {
        ObjectNode record = Records.valid();
        String email = Records.email(record);
        String id = Issuing.issue(record);
        ReceivedMail.awaitExactly(email, 1);

        String messageId = given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .when().post("/api/v1/credentials/" + id + "/email")
                .then().statusCode(202).body("credentialId", equalTo(id))
                .extract().path("messageId");

        List<ReceivedMail> mails = ReceivedMail.awaitExactly(email, 2);
        assertTrue(mails.stream().anyMatch(m -> messageId.equals(header(m, "Message-ID"))), "the re-sent mail carries " + messageId);
        assertEquals(2, mails.stream().map(m -> header(m, "Message-ID")).distinct().count(), "two mails, two Message-IDs");
    }

    @Test
    void shouldRefuseToResendForARevokedUnknownOrUnauthorisedRequest() throws Exception {
        ObjectNode record = Records.valid();
        String id = Issuing.issue(record);
        ReceivedMail.awaitExactly(Records.email(record), 1);

        given().when().post("/api/v1/credentials/" + id + "/email").then().statusCode(401);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().post("/api/v1/credentials/" + id + "/email").then().statusCode(403);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .when().post("/api/v1/credentials/AAAAAAAAAAAAAAAAAAAAAA/email")
                .then().statusCode(404).contentType("application/problem+json");

        Revoking.revoke(id, "Issued in error").statusCode(200);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .when().post("/api/v1/credentials/" + id + "/email")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:certbadge:problem:credential-revoked"));
        ReceivedMail.awaitExactly(Records.email(record), 2); // the issue mail and the revocation mail, no third
    }

    private static io.restassured.response.ValidatableResponse events(String id) {
        return given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/credentials/" + id + "/events").then().statusCode(200);
    }

    private static void awaitEvent(String id, String type) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> types = events(id).extract().jsonPath().getList("type");
            if (types.contains(type)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + type + " event for " + id + ": " + events(id).extract().asString());
    }

    private static List<String> hrefs(String html) {
        Matcher m = HREF.matcher(html);
        List<String> hrefs = new java.util.ArrayList<>();
        while (m.find()) {
            hrefs.add(m.group(1).replace("&amp;", "&"));
        }
        return hrefs;
    }

    private static String header(ReceivedMail mail, String name) {
        try {
            return Objects.requireNonNullElse(mail.header(name), "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
