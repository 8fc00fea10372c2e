package io.certbadge.delivery;

import io.certbadge.common.Problem.FieldError;
import io.certbadge.common.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an endpoint must be, as production checks it (public hosts only, https only), and in development. */
class WebhookRulesTest {

    private static final List<String> BOTH = List.of("credential.issued", "credential.revoked");

    /** Production rules; every host name resolves to a public address, so only the URL's form decides. */
    private final WebhookRules production = new WebhookRules(new WebhookTargets(false,
            host -> new InetAddress[] {InetAddress.getByName("93.184.215.14")}));
    private final WebhookRules development = new WebhookRules(new WebhookTargets(true, InetAddress::getAllByName));

    @Test
    void shouldAcceptAnHttpsUrlAndKnownEventsOnce() {
        assertEquals(EnumSet.of(WebhookEventType.ISSUED, WebhookEventType.REVOKED), production.check(
                new WebhookRequest("https://certification.example.com/hooks/certbadge?tenant=7", List.of(
                        "credential.revoked", "credential.issued", "credential.revoked"))));
        assertEquals(EnumSet.of(WebhookEventType.REVOKED),
                production.check(new WebhookRequest("HTTPS://certification.example.com:8443/", List.of("credential.revoked"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://certification.example.com/hook", "ftp://certification.example.com/hook",
        "/hooks/certbadge", "certification.example.com/hook", "https:/hook", "https://user:pass@certification.example.com/",
        "https://token@certification.example.com/", "https://certification.example.com/hook#part", "https://exa mple.com/",
        "", " ", "javascript:alert(1)", "file:///etc/passwd"})
    void shouldRefuseInProductionWhatIsNotAnAbsoluteHttpsUrlWithoutCredentials(String url) {
        List<FieldError> errors = refused(production, new WebhookRequest(url, BOTH));
        assertEquals(List.of("url"), errors.stream().map(FieldError::field).toList(), url);
    }

    @Test
    void shouldAcceptPlainHttpOnlyWherePrivateTargetsAreAllowed() {
        assertEquals(EnumSet.of(WebhookEventType.ISSUED),
                development.check(new WebhookRequest("http://127.0.0.1:8089/hook", List.of("credential.issued"))));
        assertTrue(refused(production, new WebhookRequest("http://certification.example.com/hook", BOTH)).get(0)
                .message().contains("https"));
        assertEquals("url", refused(development, new WebhookRequest("http://user:pw@127.0.0.1/", BOTH)).get(0).field());
    }

    @Test
    void shouldRefuseAUrlThatIsTooLong() {
        String url = "https://certification.example.com/" + "a".repeat(WebhookRules.MAX_URL_LENGTH);
        assertEquals("url", refused(production, new WebhookRequest(url, BOTH)).get(0).field());
    }

    @Test
    void shouldNameEveryWrongFieldAtOnce() {
        List<FieldError> errors = refused(production, new WebhookRequest("http://x.example/", List.of("credential.expired")));
        assertEquals(List.of("url", "events"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(1).message().contains("credential.expired"), errors.get(1).message());
        assertEquals(List.of("url", "events"), refused(production, new WebhookRequest(null, null)).stream()
                .map(FieldError::field).toList());
        assertEquals(List.of("url", "events"), refused(production, null).stream().map(FieldError::field).toList());
    }

    @Test
    void shouldRefuseNoEventsAndUnknownOnes() {
        String url = "https://certification.example.com/hook";
        assertEquals("events", refused(production, new WebhookRequest(url, List.of())).get(0).field());
        assertEquals("events", refused(production, new WebhookRequest(url, Arrays.asList("credential.issued", null)))
                .get(0).field());
        assertEquals("events", refused(production, new WebhookRequest(url, List.of("Credential.Issued"))).get(0).field());
    }

    @Test
    void shouldRefuseAHostThatResolvesToAnInternalAddress() {
        WebhookRules rules = new WebhookRules(new WebhookTargets(false,
                host -> new InetAddress[] {InetAddress.getByName("169.254.169.254")}));
        FieldError error = refused(rules, new WebhookRequest("https://metadata.example/", BOTH)).get(0);
        assertEquals("url", error.field());
        assertTrue(error.message().contains("169.254.169.254"), error.message());
    }

    private static List<FieldError> refused(WebhookRules rules, WebhookRequest request) {
        WebhookRejected rejected = assertThrows(WebhookRejected.class, () -> rules.check(request));
        assertEquals(ProblemType.WEBHOOK_REJECTED, rejected.problemType());
        return rejected.errors();
    }
}
