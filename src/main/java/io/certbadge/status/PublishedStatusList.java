package io.certbadge.status;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A status list as published: its signed VC-JWT, the credential inside it, and an ETag for both. */
public record PublishedStatusList(String listId, long revision, String keyId, String compactJwt,
                                  ObjectNode credential, String etag) {
}
