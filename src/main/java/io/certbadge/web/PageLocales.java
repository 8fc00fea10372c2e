package io.certbadge.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Optional;

/**
 * Gives every template rendered during a request the page language of that request, so the
 * message bundle ({@code {msg:…}}) and the dates speak it, without each endpoint passing it on.
 */
@ApplicationScoped
public class PageLocales {

    private final Instance<CurrentVertxRequest> request;

    public PageLocales(Instance<CurrentVertxRequest> request) {
        this.request = request;
    }

    void addLocaleToTemplates(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(instance -> current().ifPresent(language -> instance.setLocale(language.locale())));
    }

    /**
     * The language of the HTTP request being served; empty outside one (a template rendered for
     * mail, or in a request context some background work opened).
     */
    public Optional<PageLanguage> current() {
        RoutingContext routing = Arc.container().requestContext().isActive() ? request.get().getCurrent() : null;
        if (routing == null) {
            return Optional.empty();
        }
        HttpServerRequest http = routing.request();
        Cookie cookie = http.getCookie(PageLanguage.COOKIE);
        return Optional.of(PageLanguage.choose(http.getParam(PageLanguage.PARAMETER),
                cookie == null ? null : cookie.getValue(), http.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
