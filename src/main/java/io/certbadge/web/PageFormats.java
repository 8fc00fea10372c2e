package io.certbadge.web;

import io.certbadge.web.VerificationPageView.DateView;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates on the pages, in the page's language ({@link PageLocales} sets the template's locale):
 * "15 October 2026" in English, "15. Oktober 2026" in German. Times are UTC, and say so.
 */
@TemplateExtension
public final class PageFormats {

    private PageFormats() {
    }

    static String day(DateView date, @TemplateAttribute("locale") Object locale) {
        return dayFormat(locale).format(date.instant());
    }

    static String dayAndTime(DateView date, @TemplateAttribute("locale") Object locale) {
        return dayFormat(locale).format(date.instant()) + ", "
                + DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(date.instant());
    }

    private static DateTimeFormatter dayFormat(Object locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale instanceof Locale l ? l : PageLanguage.ENGLISH.locale())
                .withZone(ZoneOffset.UTC);
    }
}
