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
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The official 1EdTech OB 3.0 AchievementCredential JSON Schema (draft 2019-09), loaded once. Of
 * the violations only the first few are kept, and the rest counted: a 3.4 MB credential of badly
 * typed evidence made 180,000 error strings in one request.
 */
@ApplicationScoped
public class OpenBadgeSchema {

    private static final String RESOURCE = "/schema/ob_v3p0_achievementcredential.json";
    static final int KEPT = 20;

    /** The first {@link #KEPT} violations, each naming where it is, and how many there are in all. */
    public record Violations(List<String> first, int total) {

        public boolean isEmpty() {
            return total == 0;
        }
    }

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

    /** The violations of the schema; empty when the JSON is valid. */
    public Violations violations(String credentialJson) {
        Capped errors = new Capped();
        try {
            schema.validate(credentialJson, InputFormat.JSON, context -> context.setErrors(errors));
            return new Violations(errors.kept.stream().map(Error::toString).toList(), errors.total);
        } catch (RuntimeException e) {
            // The validator re-parses with its own Jackson and stricter limits (e.g. 500 levels of
            // nesting, where ours allow 1,000): JSON it cannot read is simply not a valid credential.
            return new Violations(List.of("the JSON cannot be validated: " + firstLine(e.getMessage())), 1);
        }
    }

    /** The validator's error list: keeps the first {@link #KEPT}, counts the others. */
    private static final class Capped extends AbstractList<Error> {

        private final List<Error> kept = new ArrayList<>();
        private int total;

        @Override
        public boolean add(Error error) {
            total++;
            if (kept.size() < KEPT) {
                kept.add(error);
            }
            return true;
        }

        @Override
        public Error remove(int index) {
            total--;
            return kept.remove(index);
        }

        @Override
        public Error get(int index) {
            return kept.get(index);
        }

        @Override
        public int size() {
            return kept.size();
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
