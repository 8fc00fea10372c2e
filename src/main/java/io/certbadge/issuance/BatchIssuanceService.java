package io.certbadge.issuance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certbadge.common.JsonProblems;
import io.certbadge.common.Problem;
import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.common.RequestIds;
import io.certbadge.common.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Issues many records in one request, each exactly as {@link IssuanceService#issue} issues a single
 * one (rules, idempotency, audit, its own transactions), one after the other in request order, so
 * that a recordId sent twice in one batch is a repeat (or a conflict) of its first occurrence. What
 * a record's failure would have answered alone becomes its result; the batch goes on.
 */
@ApplicationScoped
public class BatchIssuanceService {

    /** The contract's ceiling; a larger batch is refused whole, before any record is looked at. */
    public static final int MAX_RECORDS = 1000;

    private static final Logger LOG = Logger.getLogger(BatchIssuanceService.class);

    private final IssuanceService issuance;
    private final ObjectMapper json;
    private final RequestIds requestIds;

    public BatchIssuanceService(IssuanceService issuance, ObjectMapper json, RequestIds requestIds) {
        this.issuance = issuance;
        this.json = json;
        this.requestIds = requestIds;
    }

    public BatchIssueResponse issue(BatchIssueRequest batch, String apiKeyName) {
        List<JsonNode> records = checked(batch);
        List<BatchIssueResponse.Result> results = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            results.add(issueOne(index, records.get(index), apiKeyName));
        }
        return BatchIssueResponse.of(results);
    }

    private static List<JsonNode> checked(BatchIssueRequest batch) {
        if (batch == null || batch.records() == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The request body must be {\"records\": [certification records]}.",
                    List.of(new Problem.FieldError("records", "required: an array of certification records")));
        }
        int size = batch.records().size();
        if (size == 0) {
            throw new ProblemException(ProblemType.EMPTY_BATCH, "The batch holds no record; nothing was issued.",
                    List.of(new Problem.FieldError("records", "must hold at least one certification record")));
        }
        if (size > MAX_RECORDS) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The batch holds " + size
                    + " records; at most " + MAX_RECORDS + " are taken in one request. Nothing was issued.");
        }
        return batch.records();
    }

    private BatchIssueResponse.Result issueOne(int index, JsonNode node, String apiKeyName) {
        String recordId = node != null && node.path("recordId").isTextual() ? node.get("recordId").asText() : null;
        try {
            IssuanceService.Outcome outcome = issuance.issue(record(index, node), apiKeyName);
            return BatchIssueResponse.Result.issued(index, recordId, outcome.created(), outcome.credential());
        } catch (ProblemException e) {
            return refused(index, recordId, Problem.of(e.type(), e.getMessage(), e.errors()));
        } catch (RuleViolation e) {
            return refused(index, recordId, Problem.of(e.problemType(), e.getMessage(), e.errors()));
        } catch (RuntimeException e) {
            // as ProblemMapper answers a 500: logged here with the id, nothing of it in the answer
            String correlationId = requestIds.correlationId();
            LOG.errorf(e, "Unexpected failure issuing record %d of a batch, correlation id %s", index, correlationId);
            return refused(index, recordId, Problem.internalError(correlationId));
        }
    }

    /** With the request's id as its {@code instance}, as the single issue call's problem carries it. */
    private BatchIssueResponse.Result refused(int index, String recordId, Problem problem) {
        String requestId = requestIds.current();
        return BatchIssueResponse.Result.refused(index, recordId, requestId == null ? problem : problem.inRequest(requestId));
    }

    /** Read with the same strict mapper as a single issue's body, so it fails with the same 400. */
    private CertificationRecord record(int index, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "Record " + index
                    + " is not a JSON object; each item of records must be a certification record.",
                    List.of(new Problem.FieldError("records[" + index + "]", "must be an object")));
        }
        try {
            return json.treeToValue(node, CertificationRecord.class);
        } catch (JsonProcessingException e) {
            throw JsonProblems.malformed("Record " + index, e);
        }
    }
}
