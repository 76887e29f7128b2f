package org.cmmm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} fails on the violation planted for it in the package {@code planted}
 * (test sources only), and names the planted class: a rule that could not fail would guard nothing.
 */
class ArchitectureRulesCanFailTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("planted");
    private static JavaClasses planted;

    @BeforeAll
    static void importPlantedViolations() {
        planted = new ClassFileImporter().importPackages("planted");
    }

    @Test
    void anUpwardImportFails() {
        assertCaught(RULES.featuresImportOnlyDownward(), "upward, model → support", "planted.model.control.UsesSupport");
    }

    @Test
    void aFeatureWithoutAFloorFails() {
        assertCaught(RULES.featuresImportOnlyDownward(), "feature 'mystery', which has no floor", "planted.mystery.control.Unplaced");
    }

    @Test
    void aCycleBetweenTwoFeaturesFails() {
        assertCaught(RULES.featuresFormNoCycles(), "Cycle detected", "planted.region.control.Left");
    }

    @Test
    void aLowerFloorImportingAPageFails() {
        assertCaught(RULES.webAndBatchSitOnTop(), "planted.audit.entity.UsesWeb", "planted.diagnosis.web.PlantedBacking");
    }

    @Test
    void aRuleUsingPersistenceFails() {
        assertCaught(RULES.controlIsPlainJava(), "planted.diagnosis.control.UsesPersistence", "jakarta.persistence.EntityManager");
    }

    @Test
    void aPageRunningARuleFails() {
        assertCaught(RULES.pagesCallBoundariesNotRules(), "a page runs a rule", "PlantedRule.violations");
    }

    @Test
    void aBoundaryMethodWithoutItsCallersFails() {
        assertCaught(RULES.boundariesDeclareTheirCallers(), "does not say who may call it", "SupportThing.anyoneMayCallThis()");
    }

    @Test
    void aBoundaryMixingCallersOnItsClassFails() {
        assertCaught(RULES.boundariesThatMixCallersDeclareThemPerMethod(), "planted.account.boundary.PlantedAccounts declares its callers on the class");
    }

    @Test
    void aPasswordHashAVisitorMayReadFails() {
        assertCaught(RULES.noVisitorReadsAPasswordHash(), "PlantedAccounts.findByUserName", "returns a password hash and a visitor may call it");
    }

    private static void assertCaught(ArchRule rule, String... inReport) {
        EvaluationResult result = rule.evaluate(planted);
        assertThat(result.hasViolation()).as("rule '%s' on the planted violations", rule.getDescription()).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertThat(report).contains(inReport);
    }
}
