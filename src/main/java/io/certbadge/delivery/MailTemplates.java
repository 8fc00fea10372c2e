package io.certbadge.delivery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The earner's mail, text and HTML (templates/Mail/*); Qute escapes every value in the HTML ones. */
@CheckedTemplate(basePath = "Mail")
final class MailTemplates {

    private MailTemplates() {
    }

    static native TemplateInstance issuedHtml(MailView mail);

    static native TemplateInstance issuedText(MailView mail);

    static native TemplateInstance revokedHtml(MailView mail);

    static native TemplateInstance revokedText(MailView mail);
}
