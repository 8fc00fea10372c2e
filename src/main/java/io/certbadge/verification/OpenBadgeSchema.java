package io.certbadge.verification;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The official 1EdTech OB 3.0 AchievementCredential JSON Schema (draft 2019-09), loaded once. */
@ApplicationScoped
public class OpenBadgeSchema {

    private static final String RESOURCE = "/schema/ob_v3p0_achievementcredential.json";

    private final Schema schema;

    public OpenBadgeSchema() {
        try (InputStream in = OpenBadgeSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each violation, naming where it is; empty when the JSON is valid. */
    public List<String> violations(String credentialJson) {
        try {
            return schema.validate(credentialJson, InputFormat.JSON).stream().map(Error::toString).toList();
        } catch (RuntimeException e) {
            // The validator re-parses with its own Jackson and stricter limits (e.g. 500 levels of
            // nesting, where ours allow 1,000): JSON it cannot read is simply not a valid credential.
            return List.of("the JSON cannot be validated: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
