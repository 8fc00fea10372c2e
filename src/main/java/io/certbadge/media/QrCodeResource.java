package io.certbadge.media;

import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.stream.Collectors;

/** {@code GET /credentials/{id}/qr.png|qr.svg}: a QR code that encodes exactly the verification URL. */
@Path("/credentials/{id}")
public class QrCodeResource {

    static final int DEFAULT_SIZE = 300;
    /** A handful of sizes, so that asking for every size in turn cannot empty the cache (nor a CPU). */
    static final List<Integer> SIZES = List.of(128, 256, DEFAULT_SIZE, 512, 1024);

    private final QrCodeCache qrCodes;

    public QrCodeResource(QrCodeCache qrCodes) {
        this.qrCodes = qrCodes;
    }

    @GET
    @Path("qr.png")
    @Produces("image/png")
    public Response png(@PathParam("id") String id, @QueryParam("size") String size,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        int pixels = size(size);
        return ImageResponses.respond(ifNoneMatch, qrCodes.png(id, pixels), "qr-" + id + ".png");
    }

    @GET
    @Path("qr.svg")
    @Produces(ServedImage.SVG)
    public Response svg(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return ImageResponses.respond(ifNoneMatch, qrCodes.svg(id), "qr-" + id + ".svg");
    }

    /** Parsed here rather than by JAX-RS, which would answer a malformed query parameter with a 404. */
    private static int size(String size) {
        if (size == null || size.isBlank()) {
            return DEFAULT_SIZE;
        }
        try {
            int pixels = Integer.parseInt(size.strip());
            if (SIZES.contains(pixels)) {
                return pixels;
            }
        } catch (NumberFormatException e) {
            // answered below, like a size not offered
        }
        throw new ProblemException(ProblemType.MALFORMED_REQUEST, "size must be one of " + SIZES.stream()
                .map(String::valueOf).collect(Collectors.joining(", ")) + " pixels (default " + DEFAULT_SIZE + ").");
    }
}
