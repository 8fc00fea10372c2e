package io.certbadge.openbadges;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The one place that writes Open Badges 3.0 / VC JSON: the issuer Profile, Achievements, credentials
 * and status list credentials, from plain values (no entity, no HTTP).
 */
@ApplicationScoped
public class OpenBadgeJson {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** Defines 1EdTechJsonSchemaValidator2019, so JSON-LD processing keeps (and the proof covers) credentialSchema. */
    public static final String OB_EXTENSIONS_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    public static final String SCHEMA_ID =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    public static final String OBSERVATION_RESULT = "#observation-average";
    public static final String SURVEY_RESULT = "#survey-average";

    private final PublicUrls urls;
    private final CertbadgeConfig.Issuer issuer;
    private final ObjectMapper json;

    public OpenBadgeJson(PublicUrls urls, CertbadgeConfig config, ObjectMapper json) {
        this.urls = urls;
        this.issuer = config.issuer();
        this.json = json;
    }

    public ObjectNode issuerProfile() {
        ObjectNode profile = issuerReference();
        profile.put("url", issuer.url());
        profile.put("email", issuer.email());
        profile.put("description", issuer.description());
        profile.set("image", image(issuer.imageUrl().orElse(urls.issuerLogo()), issuer.name() + " logo"));
        return profile;
    }

    /** The issuer's id (its did:web), type and name: enough for status lists and reports. */
    public ObjectNode issuerReference() {
        ObjectNode profile = json.createObjectNode();
        profile.put("id", urls.didWeb().did());
        profile.putArray("type").add("Profile");
        profile.put("name", issuer.name());
        return profile;
    }

    /** The issuer Profile as served at {@code GET /issuer}, with its own JSON-LD context. */
    public ObjectNode issuerDocument() {
        ObjectNode document = json.createObjectNode();
        document.set("@context", contexts());
        document.setAll(issuerProfile());
        return document;
    }

    public ObjectNode achievement(AchievementDefinition a) {
        String id = urls.achievement(a.slug());
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.putArray("type").add("Achievement");
        node.put("achievementType", "Certification");
        node.put("name", a.name());
        node.put("description", a.description());
        ObjectNode criteria = node.putObject("criteria");
        criteria.put("id", id + "#criteria");
        criteria.put("narrative", a.narrative());
        node.set("image", image(urls.achievementImage(a.slug()), a.name() + " badge"));
        node.set("creator", issuerReference());
        ArrayNode results = node.putArray("resultDescription");
        results.add(ratingDescription(id + OBSERVATION_RESULT,
                "Average observation rating of the partial delivery (1 to 5)", a.minObservationAverage()));
        results.add(ratingDescription(id + SURVEY_RESULT,
                "Average customer survey rating of the full delivery (1 to 5)", a.minSurveyAverage()));
        node.putArray("tag").add("Certified Trainer").add(a.courseName());
        return node;
    }

    /** The Achievement as served at {@code GET /achievements/{slug}}, with its JSON-LD context. */
    public ObjectNode achievementDocument(AchievementDefinition a) {
        ObjectNode document = json.createObjectNode();
        document.set("@context", contexts());
        document.setAll(achievement(a));
        return document;
    }

    public ObjectNode credential(CredentialDraft d) {
        String achievementId = urls.achievement(d.achievement().slug());
        ObjectNode credential = json.createObjectNode();
        credential.set("@context", contexts());
        credential.put("id", urls.credential(d.publicId()));
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("name", d.achievement().name());
        // the credential's own picture is its baked badge, so a wallet that saves it gets a verifiable image
        credential.set("image", image(urls.badgeImage(d.publicId()),
                d.achievement().name() + " badge with this credential baked in"));
        credential.set("issuer", issuerProfile());
        credential.put("validFrom", d.issuedAt().toString());
        if (d.validUntil() != null) {
            credential.put("validUntil", d.validUntil().toString());
        }
        credential.put("awardedDate", d.issuedAt().toString());

        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", d.subjectId());
        subject.putArray("type").add("AchievementSubject");
        ArrayNode identifiers = subject.putArray("identifier");
        ObjectNode email = identifiers.addObject();
        email.put("type", "IdentityObject");
        email.put("identityHash", d.emailHash());
        email.put("identityType", "emailAddress");
        email.put("hashed", true);
        email.put("salt", d.salt());
        ObjectNode name = identifiers.addObject();
        name.put("type", "IdentityObject");
        name.put("identityHash", d.recipientName());
        name.put("identityType", "name");
        name.put("hashed", false);
        subject.set("achievement", achievement(d.achievement()));
        ArrayNode results = subject.putArray("result");
        results.add(result(achievementId + OBSERVATION_RESULT, d.observationAverage()));
        results.add(result(achievementId + SURVEY_RESULT, d.surveyAverage()));
        subject.put("activityEndDate", d.completedOn().atStartOfDay(ZoneOffset.UTC).toInstant().toString());

        ArrayNode evidence = credential.putArray("evidence");
        for (CredentialDraft.EvidenceItem item : d.evidence()) {
            ObjectNode e = evidence.addObject();
            if (item.id() != null) {
                e.put("id", item.id());
            }
            e.putArray("type").add("Evidence");
            e.put("name", item.name());
            e.put("description", item.description());
        }
        ObjectNode schema = credential.putArray("credentialSchema").addObject();
        schema.put("id", SCHEMA_ID);
        schema.put("type", "1EdTechJsonSchemaValidator2019");
        String listUrl = urls.statusList(d.status().listId());
        ObjectNode status = credential.putObject("credentialStatus");
        status.put("id", listUrl + "#" + d.status().index());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(d.status().index()));
        status.put("statusListCredential", listUrl);
        return credential;
    }

    /** A W3C {@code BitstringStatusListCredential} (unsigned) for one list and its encoded bits. */
    public ObjectNode statusListCredential(String listId, String purpose, String encodedList, Instant validFrom) {
        ObjectNode credential = json.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT);
        credential.put("id", urls.statusList(listId));
        credential.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        credential.set("issuer", issuerReference());
        credential.put("validFrom", validFrom.toString());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose);
        subject.put("encodedList", encodedList);
        return credential;
    }

    private ArrayNode contexts() {
        return json.createArrayNode().add(VC_CONTEXT).add(OB_CONTEXT).add(OB_EXTENSIONS_CONTEXT);
    }

    private ObjectNode image(String id, String caption) {
        ObjectNode image = json.createObjectNode();
        image.put("id", id);
        image.put("type", "Image");
        image.put("caption", caption);
        return image;
    }

    private ObjectNode ratingDescription(String id, String name, BigDecimal required) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.putArray("type").add("ResultDescription");
        node.put("name", name);
        node.put("resultType", "ScaledScore");
        node.put("valueMin", "1");
        node.put("valueMax", "5");
        node.put("requiredValue", AchievementDefinition.rating(required));
        return node;
    }

    private ObjectNode result(String resultDescription, BigDecimal value) {
        ObjectNode node = json.createObjectNode();
        node.putArray("type").add("Result");
        node.put("resultDescription", resultDescription);
        node.put("value", value.toPlainString());
        return node;
    }
}
