package io.certbadge.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certbadge.common.ProblemException;
import io.certbadge.common.PublicIds;
import io.certbadge.common.PublicUrls;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Reads issued credentials, for the API and for the public pages. */
@ApplicationScoped
public class CredentialService {

    private final CredentialRepository credentials;
    private final PublicUrls urls;
    private final LinkedInLink linkedIn;
    private final ObjectMapper json;
    private final Clock clock;

    public CredentialService(CredentialRepository credentials, PublicUrls urls, LinkedInLink linkedIn,
                             ObjectMapper json, Clock clock) {
        this.credentials = credentials;
        this.urls = urls;
        this.linkedIn = linkedIn;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Optional<Credential> find(String publicId) {
        return PublicIds.looksValid(publicId) ? credentials.findByPublicId(publicId) : Optional.empty();
    }

    @Transactional
    public Credential get(String publicId) {
        return find(publicId).orElseThrow(() -> ProblemException.notFound("No credential has this id."));
    }

    @Transactional
    public CredentialDetailView detail(String publicId) {
        return detail(get(publicId));
    }

    /** Needs an open transaction, like {@link #response(Credential)}. */
    public CredentialDetailView detail(Credential c) {
        return new CredentialDetailView(response(c), c.recordId, parse(c.recordJson), c.issuedBy, c.revokedAt,
                c.revocationReason, c.revokedBy);
    }

    @Transactional
    public CredentialPage search(CredentialSearch search) {
        PanacheQuery<Credential> query = credentials.search(search, clock.instant()).page(search.page(), search.size());
        long total = query.count();
        return new CredentialPage(query.list().stream().map(this::summary).toList(), search.page(), search.size(),
                total, (int) ((total + search.size() - 1) / search.size()));
    }

    /** Needs an open transaction: reads the credential's achievement. */
    public CredentialResponse response(Credential c) {
        return response(c, parse(c.credentialJson));
    }

    /** The same, with the credential's document already in memory: the JSON its {@code credentialJson} holds. */
    public CredentialResponse response(Credential c, JsonNode document) {
        return new CredentialResponse(c.publicId, c.statusAt(clock.instant()), c.achievement.slug, c.recipientName,
                c.issuedAt, c.validUntil, urls.verification(c.publicId), urls.credential(c.publicId),
                urls.qrCode(c.publicId), urls.badgeImage(c.publicId),
                linkedIn.addToProfile(c.achievement.name, c.publicId, c.issuedAt, c.validUntil),
                c.credentialJwt, document);
    }

    private CredentialSummaryView summary(Credential c) {
        return new CredentialSummaryView(c.publicId, c.recordId, c.statusAt(clock.instant()), c.achievement.slug,
                c.recipientName, c.issuedAt, c.validUntil, c.revokedAt, urls.verification(c.publicId));
    }

    public JsonNode parse(String stored) {
        try {
            return json.readTree(stored);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is corrupt", e);
        }
    }
}
