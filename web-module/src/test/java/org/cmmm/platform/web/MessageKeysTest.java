package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cmmm.account.boundary.PasswordResetService;
import org.cmmm.diagnosis.control.DiagnosisStatus;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.platform.control.Role;
import org.cmmm.region.entity.Region;
import org.cmmm.sms.control.CodeCheck;
import org.cmmm.support.web.SupportRegionsBacking;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code throws or shows exists in Chinese and in English. Boundaries speak in keys
 * ({@code BusinessException}, {@code Fault}) and {@link Texts} shows a missing key as the key itself, so a key
 * without a text is no error anywhere but on the user's screen; {@link MessageBundlesTest} covers the literal
 * keys of the pages, this test adds the keys of the Java code and the keys built from a prefix and a value.
 *
 * <p>The sources are read as text, paths relative to the web module (surefire's working directory):
 * <ul>
 * <li>Java string literals shaped like a key, {@code "diagnosis.quota.usedUp"}, whose first part is a feature
 * ({@link #FEATURES}); every other such literal must be a configuration property, the bundle's name or a
 * file name ({@link #NOT_KEYS}), so a literal of a new kind makes the test fail until it is sorted;</li>
 * <li>the audit actions and targets ({@code ACTION_…} and {@code TARGET…} constants), shown by the audit log
 * page as {@code support.audit.action.<action>} and {@code support.audit.target.<target>};</li>
 * <li>{@code msg['…']} and {@code #{msg.…}} in the pages;</li>
 * <li>keys built as prefix + value ({@code "enterprise.size." + name()}, {@code msg['diagnosis.status.'.concat(…)]}),
 * expanded over every value the code can put there ({@link #builtKeys}); a prefix built anywhere without an
 * expansion here fails the test.</li>
 * </ul>
 */
class MessageKeysTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/cmmm/web");
    private static final List<String> BUNDLE_FILES = List.of("messages_zh_CN.properties", "messages_en.properties");
    private static final List<Path> JAVA_SOURCES = List.of(Path.of("../ejb-module/src/main/java"), Path.of("src/main/java"));
    private static final Path PAGES = Path.of("src/main/webapp");

    /** A string literal shaped like a key: a lowercase first part, then dotted parts. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z0-9]+)+)\"");

    /** The first part of a key: a feature (a package under org.cmmm) or a part shared by every page. */
    private static final Set<String> FEATURES = Set.of("account", "audit", "diagnosis", "enterprise", "form", "home",
            "model", "notice", "platform", "region", "result", "sms", "statistics", "support", "verify");

    /**
     * Key-shaped literals that are no keys of this bundle: configuration properties ({@code cmmm.mode}), the bundle's
     * own name ({@code org.cmmm.web.messages}), reference-data file names ({@code regions.csv}, {@code published.txt})
     * and the keys of the PDF report's own bundle ({@code report.…}, checked by the ejb-module's ReportTextsTest).
     */
    private static final Pattern NOT_KEYS = Pattern.compile("(cmmm|org)\\..*|[a-z]+\\.(csv|txt)|report\\..*");

    /** An audit action or target constant; its value is part of a key, not a key (SupportAuditBacking). */
    private static final Pattern AUDIT_ACTION = Pattern.compile("\\bACTION_\\w+\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern AUDIT_TARGET = Pattern.compile("\\bTARGET(?:_\\w+)?\\s*=\\s*\"([^\"]+)\"");

    private static final Pattern BUILT_IN_JAVA = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z0-9]+)*\\.)\"\\s*\\+");
    private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern PROPERTY_IN_PAGE = Pattern.compile("#\\{msg\\.([a-zA-Z0-9_.]+)\\}");
    private static final Pattern BUILT_IN_PAGE = Pattern.compile("msg\\['([^']+\\.)'\\.concat\\(");
    /** In a page, {@code msg[s.messageKey()]} is EnterpriseSize's: the only value of the pages that has one. */
    private static final Pattern SIZE_IN_PAGE = Pattern.compile("msg\\[[\\w.]+\\.messageKey\\(\\)\\]");

    /** Below this many keys the sources were not read as meant (today 450: 102 literal, 45 built, 306 in pages). */
    private static final int KEYS_FLOOR = 430;

    @Test
    void everyKeyOfTheCodeAndThePagesIsInBothBundles() throws IOException {
        Sources sources = Sources.read();
        List<String> built = builtKeys(sources).values().stream().flatMap(List::stream).toList();
        Set<String> used = new TreeSet<>();
        used.addAll(sources.literalKeys);
        used.addAll(sources.pageKeys);
        used.addAll(built);
        System.out.printf("MessageKeysTest: %d keys used (%d literal in Java, %d in pages, %d built; floor %d)%n",
                used.size(), sources.literalKeys.size(), sources.pageKeys.size(), built.size(), KEYS_FLOOR);
        assertThat(used.size()).as("keys found (floor %d)", KEYS_FLOOR).isGreaterThanOrEqualTo(KEYS_FLOOR);

        Map<String, List<String>> missing = new TreeMap<>();
        for (String bundle : BUNDLE_FILES) {
            Set<String> keys = load(bundle).stringPropertyNames();
            used.stream().filter(key -> !keys.contains(key))
                    .forEach(key -> missing.computeIfAbsent(key, k -> new ArrayList<>()).add(bundle));
        }
        System.out.printf("MessageKeysTest: %d keys missing %s%n", missing.size(), missing.keySet());
        assertThat(missing).as("keys used but missing from a bundle (key=bundles)").isEmpty();
    }

    @Test
    void everyKeyShapedLiteralIsAKeyOrSaysWhyNot() throws IOException {
        Sources sources = Sources.read();
        assertThat(sources.otherLiterals).as("literals neither of a feature nor of a kind NOT_KEYS names")
                .allMatch(literal -> NOT_KEYS.matcher(literal).matches());
    }

    @Test
    void everyBuiltKeyHasItsValuesListedHere() throws IOException {
        Sources sources = Sources.read();
        assertThat(builtKeys(sources).keySet()).as("prefixes with their values listed in builtKeys")
                .containsAll(sources.builtPrefixes);
        // and no listed prefix is left over from code that no longer builds it
        assertThat(sources.builtPrefixes).containsAll(builtKeys(sources).keySet());
    }

    @Test
    void theBuiltKeysAreTheOnesThePagesShow() throws IOException {
        // spot checks that the expansions say what the code does
        Map<String, List<String>> built = builtKeys(Sources.read());
        assertThat(built.get("enterprise.size.")).containsExactly("enterprise.size.large", "enterprise.size.medium",
                "enterprise.size.small", "enterprise.size.micro");
        assertThat(built.get("sms.code.")).containsExactly("sms.code.wrong", "sms.code.expired", "sms.code.too_many_tries");
        assertThat(built.get("support.audit.action.")).containsExactlyInAnyOrder("support.audit.action.unit.create",
                "support.audit.action.regionAdmin.create", "support.audit.action.account.mobile.change",
                "support.audit.action.account.unlock", "support.audit.action.REGION_CREATE",
                "support.audit.action.REGION_RENAME", "support.audit.action.REGION_DEACTIVATE",
                "support.audit.action.REGION_ACTIVATE", "support.audit.action.account.signIn",
                "support.audit.action.account.signIn.failed", "support.audit.action.account.locked",
                "support.audit.action.account.signIn.whileLocked", "support.audit.action.account.password.reset",
                "support.audit.action.platform.productionRefused", "support.audit.action.account.demo.disabled",
                "support.audit.action.enterprise.reclassify");
        assertThat(built.get("support.audit.target.")).containsExactlyInAnyOrder("support.audit.target.ENTERPRISE",
                "support.audit.target.ACCOUNT", "support.audit.target.REGION", "support.audit.target.PLATFORM");
    }

    /**
     * For each prefix the code builds keys from, every key it can build: the values are those of the enum or the
     * range the code appends, read from the same classes the code uses.
     */
    private static Map<String, List<String>> builtKeys(Sources sources) {
        Map<String, List<String>> keys = new TreeMap<>();
        // EnterpriseSize.messageKey(), used by the pages as msg[s.messageKey()]
        keys.put("enterprise.size.", Arrays.stream(EnterpriseSize.values()).map(EnterpriseSize::messageKey).toList());
        // VerificationCodeService.requireValid: every outcome but a match, in lower case
        keys.put("sms.code.", Arrays.stream(CodeCheck.Outcome.values()).filter(o -> o != CodeCheck.Outcome.MATCH)
                .map(o -> "sms.code." + o.name().toLowerCase(Locale.ROOT)).toList());
        // DiagnosisResultBacking.levelLabel: the five levels of GB/T 39116
        keys.put("diagnosis.result.level.", IntStream.rangeClosed(1, 5).mapToObj(n -> "diagnosis.result.level." + n).toList());
        // diagnosis/index.xhtml: the maturity level reached, 0 (none) to 5
        keys.put("diagnosis.maturity.", IntStream.rangeClosed(0, 5).mapToObj(n -> "diagnosis.maturity." + n).toList());
        keys.put("diagnosis.status.", names("diagnosis.status.", DiagnosisStatus.values()));
        keys.put("support.role.", names("support.role.", Role.values()));
        keys.put("support.regions.change.", names("support.regions.change.", SupportRegionsBacking.Change.values()));
        keys.put("account.reset.by.", names("account.reset.by.", PasswordResetService.By.values()));
        keys.put("region.level.", names("region.level.", Region.Kind.values()));
        keys.put("statistics.runs.status.", names("statistics.runs.status.", org.cmmm.statistics.control.RunStatus.values()));
        // the blank questionnaire's links on the model pages, one per production type
        keys.put("model.questionnaire.type.", names("model.questionnaire.type.", org.cmmm.model.control.ProductionType.values()));
        // SupportAuditBacking: the action and target type of each entry, from the constants that write them
        keys.put("support.audit.action.", sources.auditActions.stream().map(a -> "support.audit.action." + a).toList());
        keys.put("support.audit.target.", sources.auditTargets.stream().map(t -> "support.audit.target." + t).toList());
        return keys;
    }

    private static List<String> names(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> prefix + value.name()).toList();
    }

    /** What the Java sources and the pages hold, read once per test. */
    private static final class Sources {
        final Set<String> literalKeys = new TreeSet<>();
        final Set<String> otherLiterals = new TreeSet<>();
        final Set<String> auditActions = new TreeSet<>();
        final Set<String> auditTargets = new TreeSet<>();
        final Set<String> builtPrefixes = new TreeSet<>();
        final Set<String> pageKeys = new TreeSet<>();

        static Sources read() throws IOException {
            Sources sources = new Sources();
            for (Path root : JAVA_SOURCES) {
                for (Path file : files(root, ".java")) {
                    sources.readJava(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            for (Path page : files(PAGES, ".xhtml")) {
                sources.readPage(Files.readString(page, StandardCharsets.UTF_8));
            }
            return sources;
        }

        private void readJava(String text) {
            // audit constants first, and blanked out: "account.unlock" is an action, not a key of its own
            text = collect(AUDIT_ACTION, text, auditActions);
            text = collect(AUDIT_TARGET, text, auditTargets);
            Set<String> built = new TreeSet<>();
            collect(BUILT_IN_JAVA, text, built);
            // a prefix of another bundle (the report's: report.size.) is that bundle's test's to check
            built.stream().filter(prefix -> !NOT_KEYS.matcher(prefix).matches()).forEach(builtPrefixes::add);
            Matcher literal = KEY_LITERAL.matcher(text);
            while (literal.find()) {
                String value = literal.group(1);
                (FEATURES.contains(value.substring(0, value.indexOf('.'))) ? literalKeys : otherLiterals).add(value);
            }
        }

        private void readPage(String text) {
            collect(KEY_IN_PAGE, text, pageKeys);
            collect(PROPERTY_IN_PAGE, text, pageKeys);
            collect(BUILT_IN_PAGE, text, builtPrefixes);
            if (SIZE_IN_PAGE.matcher(text).find()) {
                builtPrefixes.add("enterprise.size.");
            }
        }

        /** Adds group 1 of every match and returns the text with the matches blanked. */
        private static String collect(Pattern pattern, String text, Set<String> into) {
            Matcher matcher = pattern.matcher(text);
            StringBuilder rest = new StringBuilder();
            while (matcher.find()) {
                into.add(matcher.group(1));
                matcher.appendReplacement(rest, "");
            }
            return matcher.appendTail(rest).toString();
        }

        private static List<Path> files(Path root, String suffix) throws IOException {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
