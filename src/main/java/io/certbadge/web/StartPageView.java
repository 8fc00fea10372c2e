package io.certbadge.web;

import java.util.List;

/** The start page: who issues the certifications, which ones exist, and where to check one. */
public record StartPageView(String issuerName, String issuerDescription, String issuerUrl,
                            List<Certification> certifications) {

    /** One certification of the catalog, linking to its page. */
    public record Certification(String name, String description, String pageUrl, String imageUrl,
                                Integer validityMonths) {
    }
}
