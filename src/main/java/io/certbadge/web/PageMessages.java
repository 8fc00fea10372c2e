package io.certbadge.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence the pages show, in English; {@code messages/msg_de.properties} has them in
 * German. Templates print them as {@code {msg:key}} in the language {@link PageLocales} chose.
 * Messages are plain text: the page escapes them, values included, like any other output.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageMessages {

    // --- every page ---
    @Message("en")
    String languageTag();

    @Message("de")
    String otherLanguageTag();

    @Message("Deutsch")
    String otherLanguageName();

    @Message("Skip to the main content")
    String skipLink();

    @Message("Certified Trainer credentials")
    String brandSub();

    @Message("Credentials are Open Badges 3.0, signed by {issuer}. Anyone can check them, with this site or any Open Badges verifier.")
    String footerAbout(String issuer);

    @Message("Verify a credential")
    String footerVerify();

    @Message("Issuer profile (JSON)")
    String footerIssuer();

    @Message("Public keys")
    String footerKeys();

    @Message("API description (OpenAPI)")
    String footerApi();

    // --- 404 ---
    @Message("Credential not found")
    String credentialNotFound();

    @Message("No credential has this address. It was not issued here, or the address is incomplete.")
    String credentialNotFoundDetail();

    @Message("Certification not found")
    String achievementNotFound();

    @Message("There is no certification at this address.")
    String achievementNotFoundDetail();

    @Message("Page not found")
    String pageNotFound();

    @Message("There is nothing at this address.")
    String pageNotFoundDetail();

    @Message("Check that the address is complete, exactly as it appears on the certificate or in the QR code.")
    String notFoundAdvice();

    @Message("Verify a credential")
    String notFoundVerifyLink();

    @Message("Start page")
    String notFoundStartLink();

    // --- the verify form ---
    @Message("Verify a credential")
    String formTitle();

    @Message("Enter the badge's link, paste a signed credential or upload a badge image or credential file. The result shows whether the credential is genuine, current and whose it is.")
    String formIntro();

    @Message("Badge link or id")
    String formBadgeLabel();

    @Message("The address on the certificate, in the QR code or on the LinkedIn profile, e.g. https://…/verify/…, or just the id. Only badges issued here; nothing is fetched from other sites.")
    String formBadgeHint();

    @Message("Enter a badge link, paste a signed credential or choose a file.")
    String formErrorEmpty();

    @Message("The file or text is too large: a credential is at most 256 KiB, a badge image at most 5 MiB.")
    String formErrorTooLarge();

    @Message("No credential could be read from it. Use the badge image or credential file as the issuer sent it.")
    String formErrorNoCredential();

    @Message("No credential issued here has this link or id. Check that it is complete, exactly as on the certificate.")
    String formErrorBadgeUnknown();

    @Message("This is not the address of a badge issued here, and nothing is fetched from other sites. Download the badge image or signed credential where it is shown, and upload it here.")
    String formErrorBadgeElsewhere();

    @Message("This is neither a badge link nor a badge id.")
    String formErrorBadgeUnreadable();

    @Message("The credential could not be checked")
    String formErrorTitle();

    @Message("Signed credential (VC-JWT)")
    String formJwtLabel();

    @Message("The text starting with eyJ, as the issuer sent it.")
    String formJwtHint();

    @Message("or")
    String formOr();

    @Message("Badge image or credential file")
    String formFileLabel();

    @Message("A baked badge (PNG or SVG), an Open Badges 3.0 JSON credential, or a VC-JWT file; at most 5 MiB.")
    String formFileHint();

    @Message("Verify")
    String formSubmit();

    // --- the achievement page ---
    @Message("Badge: {name}")
    String badgeAlt(String name);

    @Message("Certification issued by {issuer}")
    String achievementIssuedBy(String issuer);

    @Message("Validity")
    String validity();

    @Message("{months} months from the day it is awarded")
    String validityMonths(Integer months);

    @Message("Does not expire")
    String doesNotExpire();

    @Message("End-user assessment")
    String endUserAssessment();

    @Message("Required")
    String assessmentRequired();

    @Message("None for this course")
    String assessmentNone();

    @Message("Minimum ratings")
    String minimumRatings();

    @Message("Observation average {observation} of 5; customer survey average {survey} of 5")
    String minimumRatingsValue(String observation, String survey);

    @Message("How to earn it")
    String howToEarn();

    @Message("Open Badges verifiers read the Achievement in JSON from this same address:")
    String achievementJsonHint();

    // --- the start page ---
    @Message("Certifications and verification")
    String startTitle();

    @Message("Logo of {issuer}")
    String issuerLogoAlt(String issuer);

    @Message("Certified Trainer certifications of {issuer}")
    String startHeading(String issuer);

    @Message("Every certification issued here is a signed Open Badges 3.0 credential with its own verification page. Employers and customers can check one in seconds.")
    String startExplain();

    @Message("Website of {issuer}")
    String issuerWebsite(String issuer);

    @Message("Check a certification")
    String startVerifyHeading();

    @Message("The certifications")
    String startCertificationsHeading();

    // --- the verification page ---
    @Message("Valid")
    String verdictValid();

    @Message("Revoked")
    String verdictRevoked();

    @Message("Expired")
    String verdictExpired();

    @Message("Invalid")
    String verdictInvalid();

    @Message("This certification is genuine and current: its issuer signed it and has not revoked it.")
    String sentenceValid();

    @Message("The issuer revoked this certification on {date}. Reason: {reason}")
    String sentenceRevoked(String date, String reason);

    @Message("The issuer has revoked this certification.")
    String sentenceRevokedUndated();

    @Message("This certification expired on {date}. It was genuine, but it is no longer current.")
    String sentenceExpired(String date);

    @Message("This certification is outside its validity period.")
    String sentenceExpiredUndated();

    @Message("Do not rely on this credential.")
    String sentenceInvalid();

    @Message("The {#when check}{#is 'signature'}signature{#is 'issuer'}issuer{#is 'schema'}Open Badges 3.0 format"
            + "{#is 'log'}public issuance log{#else}{check}{/when} check failed: {detail}.")
    String sentenceInvalidCheck(String check, String detail);

    @Message("Verified just now by {host}")
    String verifiedBy(String host);

    /** Before the time the checks last ran: the page is re-confirmed on each visit, re-checked when anything changed. */
    @Message("checks run")
    String checksRun();

    @Message("REVOKED")
    String stampRevoked();

    @Message("EXPIRED")
    String stampExpired();

    @Message("Badge: {name} (revoked)")
    String badgeAltRevoked(String name);

    @Message("Badge: {name} (expired)")
    String badgeAltExpired(String name);

    @Message("Unconfirmed:")
    String unconfirmed();

    @Message("the details below are only what the presented credential claims.")
    String unconfirmedDetail();

    @Message("Awarded to")
    String awardedTo();

    @Message("an unnamed recipient")
    String unnamedRecipient();

    @Message("Issuer")
    String factIssuer();

    @Message("unknown")
    String unknown();

    @Message("Completed on")
    String factCompletedOn();

    @Message("Issued on")
    String factIssuedOn();

    @Message("Valid until")
    String factValidUntil();

    @Message("No expiry date")
    String noExpiryDate();

    @Message("Expired on")
    String factExpiredOn();

    @Message("Revoked on")
    String factRevokedOn();

    @Message("Listed in the issuer's public log as entry {entry}.")
    String logEntryLine(Long entry);

    @Message("Evidence")
    String evidenceHeading();

    @Message("What this certifies")
    String aboutHeading();

    @Message("How it is earned")
    String howEarned();

    @Message("More about this certification")
    String moreAboutCertification();

    @Message("Checks performed")
    String checksHeading();

    @Message("Check")
    String columnCheck();

    @Message("Result")
    String columnResult();

    @Message("What it means")
    String columnMeaning();

    @Message("Passed")
    String passed();

    @Message("Failed")
    String failed();

    @Message("Not checked")
    String notChecked();

    @Message("{#when id}{#is 'signature'}Signature{#is 'issuer'}Issuer{#is 'schema'}Open Badges 3.0 format"
            + "{#is 'status'}Revocation status{#is 'expiry'}Validity period{#is 'log'}Public issuance log{#else}{id}{/when}")
    String checkName(String id);

    @Message("Signed by the issuer, and not changed since.")
    String meaningSignature();

    @Message("The issuer named in the credential is the one whose key signed it.")
    String meaningIssuer();

    @Message("A complete Open Badges 3.0 credential.")
    String meaningSchema();

    @Message("The issuer has not revoked it.")
    String meaningStatus();

    @Message("Does not expire.")
    String meaningNoExpiry();

    @Message("Valid until {date}.")
    String meaningValidUntil(String date);

    @Message("Listed in the issuer's public log of everything it signed.")
    String meaningLog();

    @Message("Revoked on {date}.")
    String meaningRevoked(String date);

    @Message("Revoked by the issuer.")
    String meaningRevokedUndated();

    @Message("Expired on {date}.")
    String meaningExpired(String date);

    @Message("This check failed; see the technical details below.")
    String meaningFailed();

    @Message("Not checked, because an earlier check failed.")
    String meaningSkipped();

    @Message("Technical details")
    String technicalSummary();

    @Message("Key id")
    String technicalKeyId();

    @Message("Proofs")
    String technicalProofs();

    @Message("Schema")
    String technicalSchema();

    @Message("Status list entry")
    String technicalStatusEntry();

    @Message("Issuance log entry")
    String technicalLogEntry();

    @Message("What each check reported")
    String technicalChecks();

    @Message("Share and download")
    String shareHeading();

    @Message("Links and downloads")
    String linksHeading();

    @Message("Add to LinkedIn profile")
    String addToLinkedIn();

    @Message("Share on LinkedIn")
    String shareOnLinkedIn();

    @Message("Link to this page:")
    String linkToPage();

    @Message("Downloads")
    String downloads();

    @Message("Credential (Open Badges 3.0 JSON)")
    String downloadJson();

    @Message("Signed credential (VC-JWT)")
    String downloadJwt();

    @Message("Badge image with the credential baked in (PNG)")
    String downloadBadge();

    @Message("QR code (PNG)")
    String downloadQr();

    @Message("QR code linking to this verification page")
    String qrAlt();

    @Message("Scan to open this page")
    String qrCaption();

    @Message("Verify another credential")
    String verifyAnother();

    @Message("{recipient} – {achievement}")
    String previewTitle(String recipient, String achievement);

    @Message("REVOKED: {recipient} – {achievement}")
    String previewTitleRevoked(String recipient, String achievement);

    @Message("EXPIRED: {recipient} – {achievement}")
    String previewTitleExpired(String recipient, String achievement);

    @Message("INVALID: {recipient} – {achievement}")
    String previewTitleInvalid(String recipient, String achievement);

    @Message("{achievement}, an Open Badges 3.0 certification issued by {issuer}. Open the link to verify it.")
    String previewDescription(String achievement, String issuer);

    @Message("{issuer} revoked this certification on {date}. It no longer counts. Open the link for the reason.")
    String previewDescriptionRevoked(String issuer, String date);

    @Message("This {achievement} certification expired on {date}; it is no longer current.")
    String previewDescriptionExpired(String achievement, String date);

    @Message("This credential did not pass verification. Do not rely on it.")
    String previewDescriptionInvalid();

    @Message("Badge for {achievement}, awarded to {recipient} by {issuer}")
    String previewImageAlt(String achievement, String recipient, String issuer);
}
