package io.certbadge.web;

import io.certbadge.web.VerificationPageView.CheckView;
import io.certbadge.web.VerificationPageView.DateView;
import io.certbadge.web.VerificationPageView.Outcome;
import io.certbadge.web.VerificationPageView.State;
import io.certbadge.web.VerificationPageView.Verdict;
import io.certbadge.web.VerificationPageView.VerifiedBy;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verification page's template with a report the running service cannot easily produce:
 * checks that were skipped because an earlier one failed are shown as "Not checked", never as
 * failures of their own.
 */
@QuarkusTest
class VerificationPageTemplateTest {

    @Test
    void shouldShowSkippedChecksAsNotChecked() {
        CheckView signature = new CheckView("signature", Outcome.FAILED, "not a VC-JWT: the text has no three parts");
        List<CheckView> checks = List.of(signature,
                new CheckView("issuer", Outcome.SKIPPED, "not checked: the signature check failed"),
                new CheckView("schema", Outcome.SKIPPED, "not checked: the signature check failed"),
                new CheckView("status", Outcome.SKIPPED, "not checked: the signature check failed"),
                new CheckView("expiry", Outcome.SKIPPED, "not checked: the signature check failed"));
        VerificationPageView page = new VerificationPageView(new Verdict(State.INVALID, null, null, null, signature),
                false, null, null, null, List.of(), null, null, null, null, null, null, List.of(),
                new VerifiedBy("badges.example.com", DateView.of(Instant.parse("2026-11-30T10:15:00Z"))), checks, null, null,
                null);

        String html = Pages.verification(page, "Example Vendor Education Services").render();

        assertTrue(html.contains("The signature check failed: not a VC-JWT: the text has no three parts."), html);
        assertTrue(html.contains("<tr class=\"skip\" data-check=\"status\">"), "the status row is marked skipped");
        assertTrue(html.contains("<th scope=\"row\">Revocation status</th>\n        <td><span aria-hidden=\"true\">–</span>"
                + " Not checked</td>\n        <td>Not checked, because an earlier check failed.</td>"), html);
        assertTrue(html.contains("Verified just now by badges.example.com · checks run <time datetime=\"2026-11-30T10:15:00Z\">"
                + "30 November 2026, 10:15 UTC</time>"), html);
        assertFalse(html.contains("Revoked on"), "a skipped status check says nothing about revocation");
    }
}
