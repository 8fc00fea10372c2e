package io.certbadge.web;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.common.PublicUrls;
import io.certbadge.credential.CredentialService;
import io.certbadge.verification.PresentedCredentials;
import io.certbadge.verification.PresentedCredentials.Kind;
import io.certbadge.verification.VerificationReport;
import io.certbadge.verification.Verifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the verify form answers: a badge's address or id sends the browser to its page (our own
 * addresses only, never fetched); a pasted VC-JWT or an uploaded file is verified and shown; else
 * the form comes back with the reason, in the reader's language. Programs posting the form get
 * the report or a problem.
 */
@ApplicationScoped
public class VerifyForm {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final Verifier verifier;
    private final PresentedCredentials presented;
    private final VerificationPages pages;
    private final CredentialService credentials;
    private final PublicUrls urls;
    private final BadgeReference badges;
    private final String issuer;

    public VerifyForm(Verifier verifier, PresentedCredentials presented, VerificationPages pages,
                      CredentialService credentials, PublicUrls urls, CertbadgeConfig config) {
        this.verifier = verifier;
        this.presented = presented;
        this.pages = pages;
        this.credentials = credentials;
        this.urls = urls;
        this.badges = new BadgeReference(urls.base());
        this.issuer = config.issuer().name();
    }

    /**
     * @param badge the badge link or id field, {@code jwt} the pasted text, {@code file} the
     *              uploaded bytes (null without a file); a link pasted into the JWT box counts as one
     */
    public Response answer(String badge, String jwt, byte[] file, boolean html) {
        if (file == null && isBlank(jwt) && !isBlank(badge)) {
            return lookUp(badge, jwt, html);
        }
        if (file == null && !isBlank(jwt) && badges.read(jwt).kind() != BadgeReference.Kind.UNREADABLE) {
            return lookUp(jwt, null, html);
        }
        byte[] body = file != null ? file : isBlank(jwt) ? new byte[0] : jwt.strip().getBytes(StandardCharsets.UTF_8);
        VerificationReport report;
        try {
            if (body.length == 0) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                        "Nothing to check: enter a badge link, paste a signed credential or choose a file.");
            }
            report = presented.verify(file != null ? PresentedCredentials.sniff(body) : Kind.JWT, body);
        } catch (ProblemException e) {
            if (!html) {
                throw e;
            }
            return formAgain(body.length == 0 ? FormError.of(FormError.Kind.EMPTY) : FormError.of(e), jwt, badge);
        }
        return html ? Response.ok(Pages.verification(pages.presented(report), issuer).render(), HTML).build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    private Response lookUp(String badge, String jwt, boolean html) {
        BadgeReference.Reading reading = badges.read(badge);
        Optional<String> id = reading.id().filter(known -> credentials.find(known).isPresent());
        if (id.isPresent()) {
            return html ? Response.seeOther(URI.create(urls.verification(id.get()))).build()
                    : Response.ok(verifier.verifyStored(id.get()).orElseThrow(), MediaType.APPLICATION_JSON).build();
        }
        if (!html) {
            throw reading.kind() == BadgeReference.Kind.OURS ? ProblemException.notFound("No credential has this id.")
                    : new ProblemException(ProblemType.MALFORMED_REQUEST, "Not the address or id of a badge issued at "
                            + urls.base() + "; nothing is fetched from other sites.");
        }
        return formAgain(FormError.of(switch (reading.kind()) {
            case OURS -> FormError.Kind.BADGE_UNKNOWN;
            case ELSEWHERE -> FormError.Kind.BADGE_ELSEWHERE;
            case UNREADABLE -> FormError.Kind.BADGE_UNREADABLE;
        }), jwt, badge);
    }

    private Response formAgain(FormError error, String jwt, String badge) {
        return Response.status(error.status()).type(HTML)
                .entity(Pages.verifyForm(error, jwt, badge, issuer).render()).build();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
