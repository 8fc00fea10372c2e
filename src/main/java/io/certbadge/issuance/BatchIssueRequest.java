package io.certbadge.issuance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The body of {@code POST /api/v1/credentials/batch}. The records stay JSON trees here and are read
 * one by one ({@link BatchIssuanceService}), so a record that is malformed on its own fails alone,
 * with the same 400 the single issue call would give it, instead of failing the whole batch.
 */
public record BatchIssueRequest(List<JsonNode> records) {
}
