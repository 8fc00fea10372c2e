package io.certbadge.web;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.ProblemException;
import io.certbadge.common.VerificationRevision;
import io.certbadge.verification.StoredReports;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import java.util.Optional;

/**
 * The people's side of {@code /verify}: the verification page of one of our credentials
 * ({@code GET /verify/{id}}, or its JSON report for a client asking for JSON), the form
 * ({@code GET /verify}) and the form's answer. The raw {@code POST /verify} of a credential is
 * the verification API ({@link io.certbadge.verification.VerifyResource}).
 */
@Path("/verify")
public class VerificationPageResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final StoredReports reports;
    private final StoredPages pages;
    private final VerificationRevision revision;
    private final VerifyForm form;
    private final String issuer;

    public VerificationPageResource(StoredReports reports, StoredPages pages, VerificationRevision revision,
                                    VerifyForm form, CertbadgeConfig config) {
        this.reports = reports;
        this.pages = pages;
        this.revision = revision;
        this.form = form;
        this.issuer = config.issuer().name();
    }

    /**
     * A browser, or any client that takes anything, gets the page; a client asking for JSON the report.
     * Runs on the event loop: the answer comes from memory when the verification revision read for
     * this request (coalesced, see {@link VerificationRevision}) shows nothing changed since it was
     * made; otherwise it is verified and rendered again on a worker thread. Either way the revision is
     * read after the request arrived, so a revocation on any instance shows at once. ETag and
     * {@code no-cache} let a CDN keep the bytes but ask each time ({@code If-None-Match} → 304).
     * The page's language is chosen here, from the request, and kept pages are kept per language.
     */
    @GET
    @Path("{id}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Uni<Response> verification(@PathParam("id") String id, @QueryParam(PageLanguage.PARAMETER) String lang,
                                      @CookieParam(PageLanguage.COOKIE) String remembered, @Context HttpHeaders headers) {
        boolean html = Negotiation.wantsHtml(headers, true);
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        PageLanguage language = PageLanguage.choose(lang, remembered, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Uni.createFrom().completionStage(revision::fresh).onItem().transformToUni(token -> {
            Optional<Served> kept = html ? pages.kept(id, token, language).map(Served::of)
                    : reports.kept(id, token).map(Served::of);
            return kept.isPresent() ? Uni.createFrom().item(kept.get().response(html, ifNoneMatch))
                    : Uni.createFrom().item(() -> fresh(id, html, token, language).response(html, ifNoneMatch))
                            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        });
    }

    private Served fresh(String id, boolean html, VerificationRevision.Token token, PageLanguage language) {
        if (html) {
            return pages.page(id, token, language).map(Served::of).orElseGet(() -> new Served(404,
                    Pages.missing(NotFound.CREDENTIAL, issuer).setLocale(language.locale()).render()
                            .getBytes(StandardCharsets.UTF_8), null));
        }
        return reports.answer(id, token).map(Served::of)
                .orElseThrow(() -> ProblemException.notFound("No credential has this id."));
    }

    /** What goes out: the bytes of a page or report (or the 404 page) and their ETag. */
    private record Served(int status, byte[] body, String etag) {

        static Served of(StoredPages.Page page) {
            return new Served(200, page.html(), page.etag());
        }

        static Served of(StoredReports.Answer answer) {
            return new Served(200, answer.json(), answer.etag());
        }

        Response response(boolean html, String ifNoneMatch) {
            Response.ResponseBuilder response = etag != null && etag.equals(ifNoneMatch)
                    ? Response.notModified() : Response.status(status).entity(body).type(html ? HTML : MediaType.APPLICATION_JSON);
            if (etag != null) {
                response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "public, no-cache");
            }
            return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form() {
        return Response.ok(Pages.verifyForm(null, null, null, issuer).render(), HTML).build();
    }

    /**
     * The form: a badge's address or id, a pasted VC-JWT, or an uploaded file, whose kind is read
     * from its first bytes ({@link VerifyForm}).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response upload(@RestForm("badge") String badge, @RestForm("jwt") String jwt,
                           @RestForm("file") FileUpload file, @Context HttpHeaders headers) {
        return form.answer(badge, jwt, file != null && file.size() > 0 ? read(file) : null,
                Negotiation.wantsHtml(headers, true));
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
