package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model file an operator publishes (config/model/published.txt) is valid and complete. */
class PublishedModelTest {

    static List<String> publishedFiles() throws IOException {
        try (InputStream in = resource("published.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("publishedFiles")
    void isValid(String file) throws IOException {
        assertThat(new ModelValidator().validate(read(file))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("publishedFiles")
    void hasFiveLevelsTwentySubDomainsAndAtLeast150Questions(String file) throws IOException {
        MaturityModel model = read(file);
        assertThat(model.levels()).extracting(Level::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(model.subDomains()).hasSize(20);
        assertThat(model.questions()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(model.questions()).allSatisfy(question -> {
            assertThat(question.text().en()).isNotBlank();
            assertThat(question.explanation().en()).isNotBlank();
            assertThat(question.text().zh()).isNotBlank();
            assertThat(question.explanation().zh()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("publishedFiles")
    void itsSubDomainsAreTheTwentyWhoseCapabilityScoresTheLatestValidTableKeepsInNavigationOrder(String file) throws IOException {
        assertThat(read(file).navigationOrder()).extracting(SubDomain::code)
                .containsExactlyElementsOf(org.cmmm.diagnosis.control.LatestValidSql.SUB_DOMAINS);
    }

    @ParameterizedTest
    @MethodSource("publishedFiles")
    void everyApplicableSubDomainHasAtLeastTwoQuestionsPerLevelForEachProductionType(String file) throws IOException {
        MaturityModel model = read(file);
        for (ProductionType type : List.of(ProductionType.DISCRETE, ProductionType.PROCESS)) {
            for (int level = 1; level <= 5; level++) {
                Map<String, Long> perSubDomain = new TreeMap<>();
                for (Question question : model.questionsFor(level, type)) {
                    perSubDomain.merge(question.subDomain(), 1L, Long::sum);
                }
                for (SubDomain subDomain : model.subDomainsAt(level, type)) {
                    assertThat(perSubDomain.getOrDefault(subDomain.code(), 0L))
                            .as("%s level %d %s", subDomain.code(), level, type)
                            .isGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("publishedFiles")
    void onlyDesignLogisticsSalesAndServiceAreTailorable(String file) throws IOException {
        assertThat(read(file).domains().stream().filter(Domain::tailorable).map(Domain::code))
                .containsExactlyInAnyOrder("DESIGN", "LOGISTICS", "SALES", "SERVICE");
    }

    private static MaturityModel read(String file) throws IOException {
        try (InputStream in = resource(file)) {
            return new ModelReader().read(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PublishedModelTest.class.getClassLoader().getResourceAsStream("cmmm/model/" + name);
        assertThat(in).as("cmmm/model/" + name + " on the class path (config.jar)").isNotNull();
        return in;
    }
}
