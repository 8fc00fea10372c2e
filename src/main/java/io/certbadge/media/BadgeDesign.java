package io.certbadge.media;

/**
 * What an achievement's badge shows: the program ("Certified Trainer"), the course
 * ("GitLab CI/CD") and the badge colour as {@code #rrggbb}.
 */
public record BadgeDesign(String programName, String courseName, String colourHex) {

    static final int MAX_NAME_LENGTH = 200;

    public BadgeDesign {
        requireName("programName", programName);
        requireName("courseName", courseName);
        if (!Colours.isHex(colourHex)) {
            throw new IllegalArgumentException("colourHex must be #rrggbb, was " + colourHex);
        }
    }

    private static void requireName(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(field + " must be 1.." + MAX_NAME_LENGTH + " characters");
        }
    }
}
