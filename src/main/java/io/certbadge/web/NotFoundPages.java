package io.certbadge.web;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.Problem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A person who follows a broken or mistyped link gets a page, not JSON: every 404 problem answer
 * becomes the HTML 404 page when the client explicitly prefers HTML (a browser). API clients,
 * and clients that take anything, keep the problem+json.
 */
public class NotFoundPages {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    private final String issuer;

    public NotFoundPages(CertbadgeConfig config) {
        this.issuer = config.issuer().name();
    }

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void pageForBrowsers(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (response.getStatus() != 404 || type == null || !type.isCompatible(PROBLEM)
                || !Negotiation.wantsHtml(request.getAcceptableMediaTypes(), false)) {
            return;
        }
        String html = Pages.missing(what(request.getUriInfo().getPath()), issuer).render();
        response.setEntity(html, null, MediaType.valueOf(MediaType.TEXT_HTML + ";charset=UTF-8"));
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    private static NotFound what(String path) {
        if (path.startsWith("/credentials/") || path.startsWith("/verify/")) {
            return NotFound.CREDENTIAL;
        }
        return path.startsWith("/achievements/") ? NotFound.ACHIEVEMENT : NotFound.PAGE;
    }
}
