package io.certbadge;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package graph of README "How it is built", as rules: no cycle between packages, every
 * package uses only the packages listed for it, and every class lives in a declared package.
 * {@code outbox}, {@code delivery} and {@code transparency} are declared before they exist, so a
 * feature adds classes, not rules. Production code only: tests may reach across. (Plain JUnit
 * tests: ArchUnit's own JUnit 5 engine found no tests under the JUnit Platform 6 Quarkus brings.)
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.certbadge");

    private static final String[] PACKAGES = {
        "web", "delivery", "issuance", "verification", "media", "issuer", "credential", "status", "achievement",
        "audit", "transparency", "outbox", "security", "signing", "openbadges", "common"};

    private static final ArchRule NO_CYCLES = slices().matching("io.certbadge.(*)..").should().beFreeOfCycles();

    private static final ArchRule EVERY_CLASS_IN_A_DECLARED_PACKAGE = classes().that().resideInAPackage("io.certbadge..")
            .should().resideInAnyPackage(Arrays.stream(PACKAGES).map(p -> "io.certbadge." + p + "..")
                    .toArray(String[]::new))
            .because("a new package is declared here and in the README before it gets classes");

    private static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            // top: what people and other systems talk to
            .layer("web").definedBy("io.certbadge.web..")
            .layer("delivery").definedBy("io.certbadge.delivery..")
            .layer("issuance").definedBy("io.certbadge.issuance..")
            // features
            .layer("verification").definedBy("io.certbadge.verification..")
            .layer("media").definedBy("io.certbadge.media..")
            .layer("issuer").definedBy("io.certbadge.issuer..")
            .layer("credential").definedBy("io.certbadge.credential..")
            .layer("status").definedBy("io.certbadge.status..")
            .layer("achievement").definedBy("io.certbadge.achievement..")
            .layer("audit").definedBy("io.certbadge.audit..")
            .layer("transparency").definedBy("io.certbadge.transparency..")
            // below: mechanisms that know no feature
            .layer("outbox").definedBy("io.certbadge.outbox..")
            .layer("security").definedBy("io.certbadge.security..")
            .layer("signing").definedBy("io.certbadge.signing..")
            .layer("openbadges").definedBy("io.certbadge.openbadges..")
            // bottom
            .layer("common").definedBy("io.certbadge.common..")

            .whereLayer("web").mayOnlyAccessLayers("verification", "media", "issuer", "credential", "status",
                    "achievement", "audit", "transparency", "security", "signing", "openbadges", "common")
            .whereLayer("delivery").mayOnlyAccessLayers("media", "credential", "achievement", "audit", "outbox",
                    "security", "signing", "openbadges", "common")
            .whereLayer("issuance").mayOnlyAccessLayers("credential", "status", "achievement", "audit",
                    "transparency", "outbox", "security", "signing", "openbadges", "common")
            .whereLayer("verification").mayOnlyAccessLayers("media", "credential", "status", "achievement",
                    "transparency", "security", "signing", "openbadges", "common")
            .whereLayer("media").mayOnlyAccessLayers("credential", "achievement", "security", "openbadges", "common")
            .whereLayer("issuer").mayOnlyAccessLayers("security", "signing", "openbadges", "common")
            .whereLayer("credential").mayOnlyAccessLayers("status", "achievement", "audit", "security", "signing",
                    "openbadges", "common")
            .whereLayer("status").mayOnlyAccessLayers("security", "signing", "openbadges", "common")
            .whereLayer("achievement").mayOnlyAccessLayers("security", "openbadges", "common")
            .whereLayer("audit").mayOnlyAccessLayers("security", "signing", "common")
            .whereLayer("transparency").mayOnlyAccessLayers("outbox", "security", "signing", "openbadges", "common")
            .whereLayer("outbox").mayOnlyAccessLayers("common")
            .whereLayer("security").mayOnlyAccessLayers("signing", "common")
            .whereLayer("signing").mayOnlyAccessLayers("openbadges", "common")
            .whereLayer("openbadges").mayOnlyAccessLayers("common")
            .whereLayer("common").mayNotAccessAnyLayer();

    @Test
    void packagesFormNoCycle() {
        NO_CYCLES.check(PRODUCTION);
    }

    @Test
    void everyPackageUsesOnlyWhatItsLayerMay() {
        LAYERS.check(PRODUCTION);
    }

    @Test
    void everyClassIsInADeclaredPackage() {
        EVERY_CLASS_IN_A_DECLARED_PACKAGE.check(PRODUCTION);
    }
}
