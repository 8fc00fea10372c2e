package io.certbadge.delivery;

import io.certbadge.support.MailServer;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The service with mail switched on and sent for real, over SMTP, to {@link MailServer} (GreenMail)
 * instead of the mailer's mock. One connection per mail, so a refused connection is a refused mail.
 */
public class MailTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("certbadge.mail.enabled", "true",
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.keep-alive", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(MailServer.class));
    }
}
