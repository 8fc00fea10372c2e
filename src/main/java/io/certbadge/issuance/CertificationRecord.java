package io.certbadge.issuance;

import io.certbadge.common.ReadableText;
import io.certbadge.common.UnicodeText;
import io.certbadge.credential.Credential;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What the certification system sends when a candidate has completed every task of the trainer
 * program for one course. Bean Validation checks the syntax; {@link CertificationRules} the program.
 * Names of people and organisations are signed into the credential and shown on pages: they are
 * kept in Unicode NFC and must be {@link ReadableText}. URLs and DIDs are ASCII (percent-encoded).
 */
public record CertificationRecord(
        @NotBlank @Size(max = Credential.MAX_RECORD_ID_LENGTH) @Pattern(regexp = Credential.RECORD_ID_PATTERN,
                message = "letters, digits and . _ : / - only") String recordId,
        @NotBlank @Size(max = 100) String achievement,
        @NotNull @Valid Candidate candidate,
        @NotNull @Valid Tasks tasks,
        @NotNull LocalDate completedOn,
        @Size(max = 2000) @Pattern(regexp = "https?://[\\x21-\\x7E]+", message = "must be an http(s) URL") String evidenceUrl) {

    public enum CandidateType { INTERNAL, SUBCONTRACTOR, PARTNER, TTT_CUSTOMER }

    public enum AssessmentStatus { PASSED, NOT_AVAILABLE }

    public enum DryRunMode { LIVE, RECORDED }

    public record Candidate(
            @NotBlank @ReadableText @Size(max = 200) String name,
            @NotBlank @Email @ReadableText(letterRequired = false) @Size(max = 320) String email,
            @NotNull CandidateType type,
            @ReadableText @Size(max = 200) String organization,
            @Size(max = 500) @Pattern(regexp = "did:[a-z0-9]+:[A-Za-z0-9._:%-]+", message = "must be a DID (did:method:…)") String did) {

        public Candidate {
            name = UnicodeText.nfc(name);
            email = UnicodeText.nfc(email);
            organization = UnicodeText.nfc(organization);
        }
    }

    public record Tasks(
            @Valid ResourcesReviewed resourcesReviewed,
            @Valid Shadowing shadowing,
            @Valid Assessment assessment,
            @Valid DryRun dryRun,
            @Valid SubsetDelivery subsetDelivery,
            @Valid FullDelivery fullDelivery) {
    }

    public record ResourcesReviewed(LocalDate date) {
    }

    public record Shadowing(LocalDate date, @ReadableText @Size(max = 200) String certifiedTrainer) {

        public Shadowing {
            certifiedTrainer = UnicodeText.nfc(certifiedTrainer);
        }
    }

    public record Assessment(AssessmentStatus status, LocalDate date, @Min(0) @Max(100) Integer score) {
    }

    public record DryRun(LocalDate date, DryRunMode mode) {
    }

    public record SubsetDelivery(LocalDate date, @ReadableText @Size(max = 200) String customer,
                                 @ReadableText @Size(max = 200) String observer,
                                 @Size(max = 100) List<@NotNull @Min(1) @Max(5) Integer> observationRatings) {

        public SubsetDelivery {
            customer = UnicodeText.nfc(customer);
            observer = UnicodeText.nfc(observer);
        }
    }

    public record FullDelivery(LocalDate date, @ReadableText @Size(max = 200) String customer,
                               @ReadableText @Size(max = 200) String observer,
                               @Size(max = 10000) List<@NotNull @Min(1) @Max(5) Integer> surveyRatings) {

        public FullDelivery {
            customer = UnicodeText.nfc(customer);
            observer = UnicodeText.nfc(observer);
        }
    }
}
