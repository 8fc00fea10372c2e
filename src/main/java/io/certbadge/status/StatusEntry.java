package io.certbadge.status;

/** Where one credential's revocation bit lives. */
public record StatusEntry(Long statusListDbId, String listId, int index) {
}
