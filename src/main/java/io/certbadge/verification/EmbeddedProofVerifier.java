package io.certbadge.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Verifies an embedded proof of a JSON credential (W3C VC Data Integrity, e.g. eddsa-rdfc-2022).
 * The {@link SignatureCheck} hands a credential's {@code proof} to the first bean that supports it;
 * with none, such a proof is reported as one this service cannot check.
 */
public interface EmbeddedProofVerifier {

    boolean supports(JsonNode proof);

    /** The signature check's result for this credential and its proof. */
    CheckResult verify(VerificationCheck check, ObjectNode credential);
}
