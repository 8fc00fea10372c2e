package io.certbadge.credential;

import java.util.List;

/** A page of search results. */
public record CredentialPage(List<CredentialSummaryView> items, int page, int size, long total, int totalPages) {
}
