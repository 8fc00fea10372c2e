package io.certbadge.issuance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.certbadge.common.Problem;
import io.certbadge.credential.CredentialResponse;

import java.util.List;

/** The answer to a batch: one result per record, in request order, and what they add up to. */
public record BatchIssueResponse(List<Result> results, Summary summary) {

    public static BatchIssueResponse of(List<Result> results) {
        return new BatchIssueResponse(List.copyOf(results), Summary.of(results));
    }

    /**
     * What {@code POST /api/v1/credentials} would have answered for this record alone: its status
     * and either its body ({@code credential}, for 201/200) or its problem.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(int index, String recordId, int status, CredentialResponse credential, Problem problem) {

        static Result issued(int index, String recordId, boolean created, CredentialResponse credential) {
            return new Result(index, recordId, created ? 201 : 200, credential, null);
        }

        static Result refused(int index, String recordId, Problem problem) {
            return new Result(index, recordId, problem.status(), null, problem);
        }
    }

    /** {@code issued}: 201; {@code repeated}: 200 (already issued, same content); {@code rejected}: every other status. */
    public record Summary(long issued, long repeated, long rejected) {

        static Summary of(List<Result> results) {
            long issued = results.stream().filter(r -> r.status() == 201).count();
            long repeated = results.stream().filter(r -> r.status() == 200).count();
            return new Summary(issued, repeated, results.size() - issued - repeated);
        }
    }
}
