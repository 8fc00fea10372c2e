package io.certbadge.issuance;

import io.certbadge.openbadges.CredentialDraft.EvidenceItem;
import io.certbadge.issuance.CertificationRecord.Tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The record's evidence as Open Badges {@code Evidence}: names of people and customers, never an e-mail. */
final class EvidenceItems {

    private EvidenceItems() {
    }

    static List<EvidenceItem> of(CertificationRecord record) {
        Tasks t = record.tasks();
        List<EvidenceItem> items = new ArrayList<>();
        if (record.evidenceUrl() != null) {
            items.add(new EvidenceItem(record.evidenceUrl(), "Certification record",
                    "Record " + record.recordId() + " of the Certified Trainer program."));
        }
        items.add(new EvidenceItem(null, "Dry-run",
                capitalised(t.dryRun().mode().name()) + " dry-run of the course on " + t.dryRun().date() + "."));
        items.add(new EvidenceItem(null, "Observed partial delivery",
                "Delivered part of the course" + toCustomer(t.subsetDelivery().customer()) + " on "
                        + t.subsetDelivery().date() + ", observed by Certified Trainer " + t.subsetDelivery().observer()
                        + "; average observation rating " + CertificationRules.average(t.subsetDelivery().observationRatings())
                        + " of 5."));
        items.add(new EvidenceItem(null, "Full delivery",
                "Delivered the whole course" + toCustomer(t.fullDelivery().customer()) + " on " + t.fullDelivery().date()
                        + "; average customer survey rating " + CertificationRules.average(t.fullDelivery().surveyRatings())
                        + " of 5."));
        return items;
    }

    private static String toCustomer(String customer) {
        return customer == null || customer.isBlank() ? " to a customer" : " to " + customer.strip();
    }

    private static String capitalised(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
