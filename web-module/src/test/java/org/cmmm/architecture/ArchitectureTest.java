package org.cmmm.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureRules} on the classes of every module (ejb, batch, web). Run alone with
 * {@code mvn -pl web-module -am test -Dtest=ArchitectureTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("org.cmmm");
    private static JavaClasses platform;

    @BeforeAll
    static void importPlatform() {
        platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cmmm");
    }

    @Test
    void featuresImportOnlyFeaturesBelowThem() {
        RULES.featuresImportOnlyDownward().check(platform);
    }

    @Test
    void noTwoFeaturesImportEachOther() {
        RULES.featuresFormNoCycles().check(platform);
    }

    @Test
    void pagesAndJobsSitOnTop() {
        RULES.webAndBatchSitOnTop().check(platform);
    }

    @Test
    void rulesArePlainJava() {
        RULES.controlIsPlainJava().check(platform);
    }

    @Test
    void pagesCallBoundariesNotRules() {
        RULES.pagesCallBoundariesNotRules().check(platform);
    }

    @Test
    void everyBoundaryMethodSaysWhoMayCallIt() {
        RULES.boundariesDeclareTheirCallers().check(platform);
    }

    @Test
    void boundariesThatMixCallersDeclareThemPerMethod() {
        RULES.boundariesThatMixCallersDeclareThemPerMethod().check(platform);
    }

    @Test
    void noVisitorReadsAPasswordHash() {
        RULES.noVisitorReadsAPasswordHash().check(platform);
    }
}
