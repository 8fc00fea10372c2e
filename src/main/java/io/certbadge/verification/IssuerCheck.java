package io.certbadge.verification;

import io.certbadge.common.PublicUrls;
import io.certbadge.verification.VerificationReport.Verdict;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The credential names this service as its issuer — by its did:web, or, for credentials issued
 * before it had one, by {@code {base}/issuer} — and the JWT claims agree with the credential
 * ({@code iss} = issuer.id, {@code jti} = id), as OB 3.0 §8.2 requires.
 */
@ApplicationScoped
public class IssuerCheck implements VerificationCheck {

    static final CheckType TYPE = new CheckType("issuer", "Issuer", Verdict.INVALID, 20);

    private final PublicUrls urls;

    public IssuerCheck(PublicUrls urls) {
        this.urls = urls;
    }

    @Override
    public CheckType type() {
        return TYPE;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        if (context.credential() == null) {
            return CheckResult.fail(this, "no credential could be read, so its issuer is unknown");
        }
        String issuerId = text(context.credential().path("issuer").isTextual()
                ? context.credential().path("issuer").asText() : context.credential().path("issuer").path("id").asText());
        String issuerName = context.credential().path("issuer").path("name").asText("");
        if (!urls.didWeb().did().equals(issuerId) && !urls.issuer().equals(issuerId)) {
            return CheckResult.fail(this, "issued by " + (issuerId.isEmpty() ? "an unnamed issuer" : issuerId)
                    + ", not by this service (" + urls.didWeb().did() + ")");
        }
        if (context.payload() != null) {
            String iss = context.payload().path("iss").asText("");
            String jti = context.payload().path("jti").asText("");
            if (!iss.equals(issuerId)) {
                return CheckResult.fail(this, "the JWT's iss claim (" + iss + ") does not match issuer.id");
            }
            if (!jti.equals(context.credential().path("id").asText())) {
                return CheckResult.fail(this, "the JWT's jti claim does not match the credential id");
            }
        }
        return CheckResult.pass(this, "issued by " + issuerName + " (" + issuerId + ")");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
