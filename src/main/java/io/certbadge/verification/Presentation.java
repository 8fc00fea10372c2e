package io.certbadge.verification;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What was presented for verification, as it was presented: the signature check verifies this. */
public sealed interface Presentation {

    /** A compact VC-JWT (pasted, uploaded, baked into a badge, or our stored copy). */
    record Jwt(String compactJwt) implements Presentation {
    }

    /** An OB 3.0 JSON credential, with or without an embedded proof. */
    record Json(ObjectNode credential) implements Presentation {
    }
}
