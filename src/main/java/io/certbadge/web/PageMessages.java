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

    @Message("Paste a signed credential or upload a badge image or credential file. The result shows whether the credential is genuine, current and whose it is.")
    String formIntro();

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
}
