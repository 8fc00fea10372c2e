package io.certbadge.web;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.verification.PresentedCredentials.Kind;
import io.certbadge.verification.PresentedCredentials;
import io.certbadge.verification.VerificationReport;
import io.certbadge.verification.Verifier;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The people's side of {@code /verify}: the verification page of one of our credentials
 * ({@code GET /verify/{id}}, or its JSON report for a client asking for JSON), the form
 * ({@code GET /verify}) and the form's upload. The raw {@code POST /verify} of a credential is
 * the verification API ({@link io.certbadge.verification.VerifyResource}).
 */
@Path("/verify")
public class VerificationPageResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final Verifier verifier;
    private final PresentedCredentials presented;
    private final VerificationPages pages;
    private final String issuer;

    public VerificationPageResource(Verifier verifier, PresentedCredentials presented, VerificationPages pages,
                                    CertbadgeConfig config) {
        this.verifier = verifier;
        this.presented = presented;
        this.pages = pages;
        this.issuer = config.issuer().name();
    }

    /** A browser, or any client that takes anything, gets the page; a client asking for JSON the report. */
    @GET
    @Path("{id}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response verification(@PathParam("id") String id, @Context HttpHeaders headers) {
        Response.ResponseBuilder response;
        if (Negotiation.wantsHtml(headers, true)) {
            response = pages.stored(id)
                    .map(page -> Response.ok(Pages.verification(page, issuer).render(), HTML))
                    .orElseGet(() -> Response.status(404).type(HTML).entity(Pages.notFound("Credential not found",
                            "No credential has this address. It was not issued here, or the address is incomplete.",
                            issuer).render()));
        } else {
            response = Response.ok(verifier.verifyStored(id)
                    .orElseThrow(() -> ProblemException.notFound("No credential has this id.")), MediaType.APPLICATION_JSON);
        }
        return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form() {
        return Response.ok(Pages.verifyForm(null, null, issuer).render(), HTML).build();
    }

    /**
     * The form: a pasted VC-JWT or an uploaded file, whose kind is read from its first bytes. People
     * get the result page, or the form again with the reason nothing could be checked.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response upload(@RestForm("jwt") String jwt, @RestForm("file") FileUpload file, @Context HttpHeaders headers) {
        boolean html = Negotiation.wantsHtml(headers, true);
        byte[] body = file != null && file.size() > 0 ? read(file)
                : jwt == null ? new byte[0] : jwt.strip().getBytes(StandardCharsets.UTF_8);
        VerificationReport report;
        try {
            if (body.length == 0) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                        "Nothing to check: paste a signed credential or choose a file.");
            }
            report = presented.verify(file != null && file.size() > 0 ? PresentedCredentials.sniff(body) : Kind.JWT, body);
        } catch (ProblemException e) {
            if (!html) {
                throw e;
            }
            return Response.status(e.type().status()).type(HTML)
                    .entity(Pages.verifyForm(e.getMessage(), jwt, issuer).render()).build();
        }
        return html ? Response.ok(Pages.verification(pages.presented(report), issuer).render(), HTML).build()
                : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
