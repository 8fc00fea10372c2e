package io.certbadge.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.VerificationRevision.Token;
import io.certbadge.verification.StoredReports;
import io.certbadge.verification.StoredReports.Answer;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rendered verification pages of our stored credentials, one per credential and page language.
 * A page is the report it shows plus the stored credential (which never changes) and configuration,
 * so a page is kept exactly as long as the report it was rendered from is still the kept answer of
 * {@link StoredReports}. The language is given, not read from the request: pages render on a worker
 * thread.
 */
@ApplicationScoped
public class StoredPages {

    /** Pages are ~10-15 KiB: at most 16 MiB of them stay in memory (about a thousand). */
    private static final long KEPT_BYTES = 16L * 1024 * 1024;

    /** One rendered page and the answer it shows. */
    public record Page(Answer from, byte[] html, String etag) {
    }

    private final StoredReports reports;
    private final VerificationPages pages;
    private final String issuer;
    private final Cache<String, Page> rendered = Caffeine.newBuilder()
            .maximumWeight(KEPT_BYTES)
            .weigher((String key, Page page) -> page.html().length)
            .build();

    public StoredPages(StoredReports reports, VerificationPages pages, CertbadgeConfig config) {
        this.reports = reports;
        this.pages = pages;
        this.issuer = config.issuer().name();
    }

    /** The kept page, if it still shows the answer under {@code token}; never touches the database. */
    public Optional<Page> kept(String publicId, Token token, PageLanguage language) {
        Page page = rendered.getIfPresent(key(publicId, language));
        return page == null ? Optional.empty()
                : reports.kept(publicId, token).filter(answer -> answer == page.from()).map(answer -> page);
    }

    /** The page under {@code token}, rendered again if needed. Blocks: call it on a worker thread. */
    public Optional<Page> page(String publicId, Token token, PageLanguage language) {
        Optional<Page> kept = kept(publicId, token, language);
        if (kept.isPresent()) {
            return kept;
        }
        return reports.answer(publicId, token).flatMap(answer -> pages.stored(publicId, answer.report()).map(view -> {
            byte[] html = Pages.verification(view, issuer).setLocale(language.locale()).render()
                    .getBytes(StandardCharsets.UTF_8);
            Page page = new Page(answer, html, StoredReports.etag(html));
            if (reports.kept(publicId, token).filter(k -> k == answer).isPresent()) {
                rendered.put(key(publicId, language), page);
            }
            return page;
        }));
    }

    private static String key(String publicId, PageLanguage language) {
        return publicId + "/" + language.tag();
    }
}
