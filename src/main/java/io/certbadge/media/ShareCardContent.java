package io.certbadge.media;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a credential's link-preview card shows: the badge PNG, the achievement, the recipient,
 * the issuer and the accent colour as {@code #rrggbb}.
 */
public record ShareCardContent(byte[] badgePng, String achievementName, String recipientName, String issuerName,
        String colourHex) {

    static final int MAX_TEXT_LENGTH = 1000;

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
        badgePng = badgePng.clone();
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
                && colourHex.equals(that.colourHex);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(badgePng) + Objects.hash(achievementName, recipientName, issuerName, colourHex);
    }

    /** Leaves the recipient's name out, so a logged card is no personal data. */
    @Override
    public String toString() {
        return "ShareCardContent[" + badgePng.length + " bytes of badge, achievementName=" + achievementName + "]";
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(field + " must be 1.." + MAX_TEXT_LENGTH + " characters");
        }
    }
}
