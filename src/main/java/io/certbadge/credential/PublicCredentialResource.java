package io.certbadge.credential;

import io.certbadge.signing.VcJwtSigner;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The public, unauthenticated copies of a credential: its OB 3.0 JSON and its VC-JWT. */
@Path("/credentials/{id}")
public class PublicCredentialResource {

    private final CredentialService credentials;

    public PublicCredentialResource(CredentialService credentials) {
        this.credentials = credentials;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/vc+ld+json", "application/ld+json"})
    public Response json(@PathParam("id") String id) {
        Credential c = credentials.get(id);
        return Response.ok(c.credentialJson, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "inline; filename=\"credential-" + c.publicId + ".json\"").build();
    }

    @GET
    @Path("jwt")
    @Produces({VcJwtSigner.MEDIA_TYPE, MediaType.TEXT_PLAIN})
    public Response jwt(@PathParam("id") String id) {
        Credential c = credentials.get(id);
        return Response.ok(c.credentialJwt, VcJwtSigner.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"credential-" + c.publicId + ".jwt\"").build();
    }
}
