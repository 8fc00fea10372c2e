package io.certbadge.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** W3C did:web §"Create (Register)": the DID for a base URL, and where its document is resolved. */
class DidWebTest {

    @ParameterizedTest
    @CsvSource({
            "https://badges.example.com,           did:web:badges.example.com,            https://badges.example.com/.well-known/did.json",
            "https://badges.example.com/,          did:web:badges.example.com,            https://badges.example.com/.well-known/did.json",
            "http://localhost:8080,                did:web:localhost%3A8080,              http://localhost:8080/.well-known/did.json",
            "https://example.com/education/badges, did:web:example.com:education:badges, https://example.com/education/badges/did.json",
            "https://Example.COM:8443/a,           did:web:example.com%3A8443:a,          https://Example.COM:8443/a/did.json"})
    void shouldDeriveTheDidAndWhereItsDocumentLives(String base, String did, String document) {
        DidWeb didWeb = DidWeb.of(base);

        assertEquals(did, didWeb.did());
        assertEquals(document, didWeb.documentUrl());
        assertEquals(did + "#key-1", didWeb.verificationMethod("key-1"));
    }
}
