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
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Issues many records in one request, each exactly as {@link IssuanceService#issue} issues a single
 * one (rules, idempotency, audit, its own transactions). Signing is CPU-bound, so records are issued
 * in {@link #LANES} lanes at once, as that many clients would: every record of one recordId goes to
 * the same lane, in request order, so a recordId sent twice in one batch is still a repeat (or a
 * conflict) of its first occurrence. What a record's failure would have answered alone becomes its
 * result, at its index; the batch goes on.
 */
@ApplicationScoped
public class BatchIssuanceService {

    /** The contract's ceiling; a larger batch is refused whole, before any record is looked at. */
    public static final int MAX_RECORDS = 1000;

    /** Records issued at once: one per core, two at least (a record also waits on the database). */
    static final int LANES = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final Logger LOG = Logger.getLogger(BatchIssuanceService.class);

    private final IssuanceService issuance;
    private final ObjectMapper json;
    private final RequestIds requestIds;
    /** Carries the request's context (its id, for audit lines and problems) to the lanes. */
    private final ManagedExecutor executor;

    public BatchIssuanceService(IssuanceService issuance, ObjectMapper json, RequestIds requestIds, ManagedExecutor executor) {
        this.issuance = issuance;
        this.json = json;
        this.requestIds = requestIds;
        this.executor = executor;
    }

    public BatchIssueResponse issue(BatchIssueRequest batch, String apiKeyName) {
        List<JsonNode> records = checked(batch);
        BatchIssueResponse.Result[] results = new BatchIssueResponse.Result[records.size()];
        List<CompletableFuture<Void>> running = lanes(records, LANES).stream()
                .map(lane -> executor.runAsync(() -> lane.forEach(index -> results[index] = issueOne(index, records.get(index), apiKeyName))))
                .toList();
        running.forEach(CompletableFuture::join);
        return BatchIssueResponse.of(List.of(results));
    }

    /**
     * The records' indexes in at most {@code count} lanes, each in request order: a recordId's records
     * all in the lane of its first occurrence, recordIds (and records without one) dealt out in turn.
     */
    static List<List<Integer>> lanes(List<JsonNode> records, int count) {
        List<List<Integer>> lanes = new ArrayList<>();
        Map<String, List<Integer>> laneOfRecordId = new HashMap<>();
        int dealt = 0;
        for (int index = 0; index < records.size(); index++) {
            String recordId = recordId(records.get(index));
            List<Integer> lane = recordId == null ? null : laneOfRecordId.get(recordId);
            if (lane == null) {
                if (lanes.size() < count) {
                    lanes.add(new ArrayList<>());
                }
                lane = lanes.get(dealt++ % count);
                if (recordId != null) {
                    laneOfRecordId.put(recordId, lane);
                }
            }
            lane.add(index);
        }
        return lanes;
    }

    private static String recordId(JsonNode node) {
        return node != null && node.path("recordId").isTextual() ? node.get("recordId").asText() : null;
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
        String recordId = recordId(node);
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
