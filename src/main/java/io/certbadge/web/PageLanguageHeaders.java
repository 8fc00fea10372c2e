package io.certbadge.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Says which language a page is in ({@code Content-Language}), that it depends on
 * {@code Accept-Language} (for caches), and remembers a language picked with the switch link.
 */
public class PageLanguageHeaders {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final PageLocales locales;

    public PageLanguageHeaders(PageLocales locales) {
        this.locales = locales;
    }

    @ServerResponseFilter(priority = Priorities.USER + 50)
    public void language(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        locales.current().ifPresent(language -> {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE);
            if (PageLanguage.ofTag(request.getUriInfo().getQueryParameters().getFirst(PageLanguage.PARAMETER))
                    .isPresent()) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(PageLanguage.COOKIE)
                        .value(language.tag()).path("/").maxAge(ONE_YEAR).sameSite(NewCookie.SameSite.LAX).build());
            }
        });
    }
}
