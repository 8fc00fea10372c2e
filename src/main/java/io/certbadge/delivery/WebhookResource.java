package io.certbadge.delivery;

import io.certbadge.security.Caller;
import io.certbadge.security.RequiresScope;
import io.certbadge.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** {@code /api/v1/webhooks} (scope admin): the certification system's endpoints and their deliveries. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookService webhooks;
    private final Caller caller;

    public WebhookResource(WebhookService webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.ADMIN)
    public RestResponse<WebhookCreatedResponse> register(WebhookRequest request) {
        WebhookCreatedResponse created = webhooks.register(request, caller.apiKeyName());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, created)
                .header(HttpHeaders.LOCATION, "/api/v1/webhooks/" + created.id())
                .build();
    }

    @GET
    @RequiresScope(Scope.ADMIN)
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @RequiresScope(Scope.ADMIN)
    public WebhookView one(@PathParam("id") String id) {
        return webhooks.find(id);
    }

    @DELETE
    @Path("/{id}")
    @RequiresScope(Scope.ADMIN)
    public RestResponse<Void> remove(@PathParam("id") String id) {
        webhooks.remove(id);
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/deliveries")
    @RequiresScope(Scope.ADMIN)
    public List<WebhookDeliveryView> deliveries(@PathParam("id") String id) {
        return webhooks.deliveries(id);
    }
}
