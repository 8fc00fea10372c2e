package io.certbadge.signing.dataintegrity;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.StringWriter;
import java.time.Duration;

/**
 * The transformation step of eddsa-rdfc-2022: JSON-LD → RDF → RDF Dataset Canonicalization (RDFC-1.0)
 * → N-Quads, with the bundled contexts only and in "safe mode": whatever JSON-LD would silently drop
 * (an undefined term, a relative IRI) is a DATA_LOSS_DETECTION_ERROR, because a dropped property
 * would be left out of the signature while still being shown to whoever reads the JSON.
 */
public final class Rdfc {

    /** Bounds hostile input (deep nesting, "poison" graphs that make canonicalisation explode). */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private Rdfc() {
    }

    /** The canonical N-Quads of {@code document} (a JSON-LD document in compacted form). */
    public static String canonicalize(JsonObject document) {
        try {
            JsonArray expanded = Expander.expand(document, LIMIT);
            SafeMode.check(expanded);
            RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(LIMIT.toMillis()));
            ToRdfProcessor.toRdf(canon, expanded, Expander.options(LIMIT));
            StringWriter nquads = new StringWriter();
            canon.provide(new NQuadsWriter(nquads));
            return nquads.toString();
        } catch (JsonLdError e) {
            throw translate(e);
        } catch (RdfConsumerException | IllegalStateException e) {
            throw new DataIntegrityException(ProofError.Code.PROOF_TRANSFORMATION_ERROR,
                    "the document cannot be canonicalised (RDFC-1.0): " + e.getMessage());
        }
    }

    private static DataIntegrityException translate(JsonLdError e) {
        JsonLdErrorCode code = e.getCode();
        if (code == JsonLdErrorCode.UNDEFINED_TERM) {
            return new DataIntegrityException(ProofError.Code.DATA_LOSS_DETECTION_ERROR, e.getMessage().replace(
                    ". Change policy to Ignore or Warn or define the term in a context", "")
                    + ": no context of the document defines it, so JSON-LD would drop it and the proof would not cover it");
        }
        if (code == JsonLdErrorCode.LOADING_DOCUMENT_FAILED || code == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED) {
            return new DataIntegrityException(ProofError.Code.CONTEXT_NOT_BUNDLED, innermostMessage(e));
        }
        return new DataIntegrityException(ProofError.Code.PROOF_TRANSFORMATION_ERROR,
                "the document is not valid JSON-LD: " + e.getMessage());
    }

    private static String innermostMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
