package io.certbadge.transparency;

import io.certbadge.common.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public issuance log as C2SP tlog-tiles serves it: {@code /log/checkpoint}, {@code /log/key}
 * and the tiles. A full tile never changes, so it is cached for a year; the checkpoint changes
 * every time the tree grows, so it is cached for seconds.
 */
@Path("/log")
public class LogResource {

    static final String TEXT = "text/plain; charset=utf-8";
    static final String CHECKPOINT_CACHE = "public, max-age=2";
    static final String FULL_TILE_CACHE = "public, max-age=31536000, immutable";
    static final String PARTIAL_TILE_CACHE = "public, max-age=60";
    static final String KEY_CACHE = "public, max-age=300";

    private final TransparencyLog log;

    public LogResource(TransparencyLog log) {
        this.log = log;
    }

    @GET
    @Path("checkpoint")
    @Produces(TEXT)
    public Response checkpoint() {
        String note = log.checkpoint().orElseThrow(() -> ProblemException.notFound("The log has no checkpoint yet."));
        return Response.ok(note, TEXT).header(HttpHeaders.CACHE_CONTROL, CHECKPOINT_CACHE).build();
    }

    /** The note verifier key, {@code <name>+<hex key id>+<base64 key>}, with no newline so that tools take it as is. */
    @GET
    @Path("key")
    @Produces(TEXT)
    public Response key() {
        return Response.ok(log.verifierKey().encoded(), TEXT).header(HttpHeaders.CACHE_CONTROL, KEY_CACHE).build();
    }

    @GET
    @Path("tile/{path: .+}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response tile(@PathParam("path") String path) {
        TileName name = TileName.parse("tile/" + path).orElseThrow(LogResource::noSuchTile);
        byte[] bytes = log.tile(name).orElseThrow(LogResource::noSuchTile);
        return Response.ok(bytes, MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CACHE_CONTROL, name.full() ? FULL_TILE_CACHE : PARTIAL_TILE_CACHE).build();
    }

    private static ProblemException noSuchTile() {
        return ProblemException.notFound("This log has no such tile (yet).");
    }
}
