package io.certbadge.credential;

import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.common.PublicUrls;
import io.certbadge.media.QrCodes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** {@code GET /credentials/{id}/qr.png|qr.svg}: a QR code that encodes exactly the verification URL. */
@Path("/credentials/{id}")
public class QrCodeResource {

    static final int DEFAULT_SIZE = 300;
    static final int MIN_SIZE = 128;
    static final int MAX_SIZE = 1024;
    /** A credential's verification URL never changes, so neither does its QR code. */
    private static final String CACHE = "public, max-age=86400";
    private static final String SVG = "image/svg+xml";

    private final CredentialService credentials;
    private final QrCodes qrCodes;
    private final PublicUrls urls;

    public QrCodeResource(CredentialService credentials, QrCodes qrCodes, PublicUrls urls) {
        this.credentials = credentials;
        this.qrCodes = qrCodes;
        this.urls = urls;
    }

    @GET
    @Path("qr.png")
    @Produces("image/png")
    public Response png(@PathParam("id") String id, @QueryParam("size") String size, @Context Request request) {
        int pixels = size(size);
        return CacheableImage.respond(request, qrCodes.png(verificationUrl(id), pixels), "image/png", CACHE);
    }

    @GET
    @Path("qr.svg")
    @Produces(SVG)
    public Response svg(@PathParam("id") String id, @Context Request request) {
        return CacheableImage.respond(request, qrCodes.svg(verificationUrl(id)), SVG, CACHE);
    }

    private String verificationUrl(String id) {
        return urls.verification(credentials.get(id).publicId);
    }

    /** Parsed here rather than by JAX-RS, which would answer a malformed query parameter with a 404. */
    private static int size(String size) {
        if (size == null || size.isBlank()) {
            return DEFAULT_SIZE;
        }
        try {
            int pixels = Integer.parseInt(size.strip());
            if (pixels >= MIN_SIZE && pixels <= MAX_SIZE) {
                return pixels;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                "size must be a whole number of pixels from " + MIN_SIZE + " to " + MAX_SIZE + " (default " + DEFAULT_SIZE + ").");
    }
}
