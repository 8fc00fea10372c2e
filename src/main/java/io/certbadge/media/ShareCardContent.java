package io.certbadge.media;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a credential's link-preview card shows: the badge PNG, the achievement, the recipient,
 * the issuer and the accent colour as {@code #rrggbb}; the credential's state, with the day it was
 * revoked or expired ({@code stateDate}, null for a valid one); and the issuer's logo (may be null).
 */
public record ShareCardContent(byte[] badgePng, String achievementName, String recipientName, String issuerName,
        String colourHex, State state, LocalDate stateDate, byte[] issuerLogoPng) {

    static final int MAX_TEXT_LENGTH = 1000;

    /** Whether the card may still advertise the certification; a revoked or expired one is stamped. */
    public enum State { VALID, REVOKED, EXPIRED }

    /** A valid credential's card without a logo. */
    public ShareCardContent(byte[] badgePng, String achievementName, String recipientName, String issuerName,
                            String colourHex) {
        this(badgePng, achievementName, recipientName, issuerName, colourHex, State.VALID, null, null);
    }

    public ShareCardContent {
        if (badgePng == null || badgePng.length == 0 || badgePng.length > PngChunks.MAX_IMAGE_BYTES) {
            throw new IllegalArgumentException("badgePng must be 1 byte to 5 MiB");
        }
        requireText("achievementName", achievementName);
        requireText("recipientName", recipientName);
        requireText("issuerName", issuerName);
        if (!Colours.isHex(colourHex)) {
            throw new IllegalArgumentException("colourHex must be #rrggbb, was " + colourHex);
        }
        if (state == null || state != State.VALID && stateDate == null) {
            throw new IllegalArgumentException("a revoked or expired card needs its date");
        }
        if (issuerLogoPng != null && (issuerLogoPng.length == 0 || issuerLogoPng.length > PngChunks.MAX_IMAGE_BYTES)) {
            throw new IllegalArgumentException("issuerLogoPng must be 1 byte to 5 MiB");
        }
        badgePng = badgePng.clone();
        issuerLogoPng = issuerLogoPng == null ? null : issuerLogoPng.clone();
    }

    @Override
    public byte[] issuerLogoPng() {
        return issuerLogoPng == null ? null : issuerLogoPng.clone();
    }

    @Override
    public byte[] badgePng() {
        return badgePng.clone();
    }

    /** By content: the default record equality would compare the array's identity. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ShareCardContent that
                && Arrays.equals(badgePng, that.badgePng)
                && achievementName.equals(that.achievementName)
                && recipientName.equals(that.recipientName)
                && issuerName.equals(that.issuerName)
                && colourHex.equals(that.colourHex)
                && state == that.state
                && Objects.equals(stateDate, that.stateDate)
                && Arrays.equals(issuerLogoPng, that.issuerLogoPng);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(badgePng) + Arrays.hashCode(issuerLogoPng))
                + Objects.hash(achievementName, recipientName, issuerName, colourHex, state, stateDate);
    }

    /** Leaves the recipient's name out, so a logged card is no personal data. */
    @Override
    public String toString() {
        return "ShareCardContent[" + badgePng.length + " bytes of badge, achievementName=" + achievementName + ", state=" + state + "]";
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(field + " must be 1.." + MAX_TEXT_LENGTH + " characters");
        }
    }
}
