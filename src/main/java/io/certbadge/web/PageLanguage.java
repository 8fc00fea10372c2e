package io.certbadge.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a page is written in: English or German. A {@code ?lang=} link (the switch in every
 * page's header) wins, then the choice that link remembered in a cookie, then the browser's
 * {@code Accept-Language}; English when nothing matches.
 */
public enum PageLanguage {
    ENGLISH(Locale.UK),
    GERMAN(Locale.GERMANY);

    /** The query parameter of the language switch. */
    public static final String PARAMETER = "lang";
    /** Remembers a switched language for the next pages (a preference, no tracking). */
    public static final String COOKIE = "certbadge-lang";

    private final Locale locale;

    PageLanguage(Locale locale) {
        this.locale = locale;
    }

    /** The locale for dates and the message bundle: en-GB writes "15 October 2026", de-DE "15. Oktober 2026". */
    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag for {@code <html lang>} and {@code Content-Language}: {@code en} or {@code de}. */
    public String tag() {
        return locale.getLanguage();
    }

    public static Optional<PageLanguage> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = tag.strip().toLowerCase(Locale.ROOT);
        int dash = language.indexOf('-');
        String primary = dash < 0 ? language : language.substring(0, dash);
        for (PageLanguage candidate : values()) {
            if (candidate.tag().equals(primary)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param parameter the {@code lang} query parameter, or null
     * @param cookie    the remembered choice, or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     */
    public static PageLanguage choose(String parameter, String cookie, String acceptLanguage) {
        return ofTag(parameter).or(() -> ofTag(cookie)).or(() -> preferred(acceptLanguage)).orElse(ENGLISH);
    }

    /** The first language we write among those the browser accepts, in its order of preference. */
    private static Optional<PageLanguage> preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> ofTag(range.getRange()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
