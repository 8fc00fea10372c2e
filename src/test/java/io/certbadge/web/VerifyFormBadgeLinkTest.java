package io.certbadge.web;

import com.sun.net.httpserver.HttpServer;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The verify form with what an employer usually has: the badge's link, or its id. */
@QuarkusTest
class VerifyFormBadgeLinkTest {

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Test
    void shouldSendABrowserFromOurBadgeLinkOrIdToTheCredentialsPage() {
        String id = Issuing.issue(Records.valid());
        for (String badge : new String[] {base + "/verify/" + id, " " + base + "/credentials/" + id + "/badge.png ", id}) {
            given().redirects().follow(false).accept(ContentType.HTML).multiPart("badge", badge)
                    .when().post("/verify")
                    .then().statusCode(303).header("Location", equalTo(base + "/verify/" + id));
        }
        given().redirects().follow(false).accept(ContentType.HTML).multiPart("jwt", base + "/verify/" + id)
                .when().post("/verify")
                .then().statusCode(303).header("Location", equalTo(base + "/verify/" + id));
    }

    @Test
    void shouldAnswerAProgramTheReportOfTheBadgeItLinksTo() {
        String id = Issuing.issue(Records.valid());
        given().accept(ContentType.JSON).multiPart("badge", base + "/verify/" + id)
                .when().post("/verify")
                .then().statusCode(200).body("status", equalTo("VALID"))
                .body("credential.id", equalTo(base + "/credentials/" + id));
    }

    @Test
    void shouldSayWhenNoCredentialHasTheLinkOrId() {
        given().accept(ContentType.HTML).multiPart("badge", base + "/verify/AAAAAAAAAAAAAAAAAAAAAA")
                .when().post("/verify")
                .then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("No credential issued here has this link or id"))
                .body(containsString("value=\"" + base + "/verify/AAAAAAAAAAAAAAAAAAAAAA\""));
        given().accept(ContentType.HTML).multiPart("badge", "certified trainer ada")
                .when().post("/verify")
                .then().statusCode(400).body(containsString("This is neither a badge link nor a badge id."));
        given().accept(ContentType.HTML).header("Accept-Language", "de").multiPart("badge", "")
                .when().post("/verify")
                .then().statusCode(400).body(containsString("Geben Sie einen Badge-Link ein"));
    }

    @Test
    void shouldNeverFetchABadgeLinkOfAnotherSite() throws IOException {
        String id = Issuing.issue(Records.valid());
        AtomicInteger requests = new AtomicInteger();
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        elsewhere.start();
        try {
            String link = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/verify/" + id;
            given().accept(ContentType.HTML).multiPart("badge", link)
                    .when().post("/verify")
                    .then().statusCode(422).contentType(ContentType.HTML)
                    .body(containsString("This is not the address of a badge issued here"));
            given().accept(ContentType.JSON).multiPart("badge", link)
                    .when().post("/verify")
                    .then().statusCode(400).contentType("application/problem+json");
        } finally {
            elsewhere.stop(0);
        }
        assertEquals(0, requests.get(), "the other site was never asked for anything");
    }
}
