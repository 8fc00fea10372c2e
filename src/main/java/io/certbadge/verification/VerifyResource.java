package io.certbadge.verification;

import io.certbadge.signing.VcJwtSigner;
import io.certbadge.verification.PresentedCredentials.Kind;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /verify} for programs: a VC-JWT, a JSON credential or a baked badge in the body, the
 * verification report out. The pages and the form of {@code /verify} are in {@code web/}.
 */
@Path("/verify")
public class VerifyResource {

    private final PresentedCredentials presented;

    public VerifyResource(PresentedCredentials presented) {
        this.presented = presented;
    }

    @POST
    @Consumes({VcJwtSigner.MEDIA_TYPE, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationReport jwt(byte[] body) {
        return presented.verify(Kind.JWT, body);
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json", "application/vc+ld+json", "application/vc"})
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationReport json(byte[] body) {
        return presented.verify(Kind.JSON, body);
    }

    @POST
    @Consumes("image/png")
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationReport png(byte[] body) {
        return presented.verify(Kind.PNG, body);
    }

    @POST
    @Consumes("image/svg+xml")
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationReport svg(byte[] body) {
        return presented.verify(Kind.SVG, body);
    }
}
