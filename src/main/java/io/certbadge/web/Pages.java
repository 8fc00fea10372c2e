package io.certbadge.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The server-rendered pages (templates/Pages/*.html, on templates/layout.html). Qute escapes every
 * value it prints; no template uses raw output, so a recipient's name is always text, never markup.
 * No page has JavaScript.
 */
@CheckedTemplate(basePath = "Pages")
public final class Pages {

    private Pages() {
    }

    public static native TemplateInstance verification(VerificationPageView page, String issuer);

    public static native TemplateInstance verifyForm(FormError error, String jwt, String badge, String issuer);

    public static native TemplateInstance achievement(AchievementPageView page, String issuer);

    public static native TemplateInstance missing(NotFound what, String issuer);

    public static native TemplateInstance start(StartPageView page, String issuer);
}
