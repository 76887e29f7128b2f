/**
 * Violations planted on purpose, one per rule of {@code org.cmmm.architecture.ArchitectureRules}, so that
 * {@code ArchitectureRulesCanFailTest} proves each rule fails when it should. Never imported by the platform.
 */
package planted;
