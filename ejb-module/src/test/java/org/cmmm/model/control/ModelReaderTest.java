package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading the model file format of config/model/README.md. */
class ModelReaderTest {

    private final ModelReader reader = new ModelReader();

    @Test
    void readsTheSmallModelIntoTheModelTheBuilderMakes() throws IOException {
        try (InputStream in = resource("small-model.json")) {
            MaturityModel model = reader.read(in);

            assertThat(model).isEqualTo(TestModelBuilder.small().build());
            assertThat(new ModelValidator().validate(model)).isEmpty();
        }
    }

    @Test
    void readsScoringNumbersExactly() {
        MaturityModel model = reader.read(resource("small-model.json"));

        assertThat(model.threshold()).isEqualTo(Ratio.of(4, 5));
        assertThat(model.weightTable(ProductionType.PROCESS, 1).orElseThrow().weight("SALES")).hasValue(Ratio.of(2, 5));
        assertThat(model.weightTable(ProductionType.DISCRETE, 2).orElseThrow().weight("STRATEGY")).hasValue(Ratio.of(1, 2));
    }

    @Test
    void aQuestionWithoutProductionTypesIsAskedInBoth() {
        MaturityModel model = reader.read(resource("small-model.json"));

        assertThat(model.question("L1.SALES.02").orElseThrow().productionTypes())
                .containsExactlyInAnyOrder(ProductionType.DISCRETE, ProductionType.PROCESS);
    }

    @Test
    void aDomainWithoutNavigationOrderTakesItsElements() {
        MaturityModel model = reader.read(resource("small-model.json"));

        assertThat(model.domainOf("STRATEGY").orElseThrow().navigationOrder()).isEqualTo(1);
    }

    @Test
    void aMissingKeyIsNamedWithItsPlace() {
        String json = smallModel().replace("\"level\": 3, \"subDomain\": \"STRATEGY\",", "\"subDomain\": \"STRATEGY\",");

        assertThatThrownBy(() -> reader.read(stream(json)))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("model file is malformed: missing key \"level\" at questions[8]");
    }

    @Test
    void aMissingTopLevelKeyIsNamed() {
        String json = smallModel().replace("\"threshold\": \"0.8\",", "");

        assertThatThrownBy(() -> reader.read(stream(json)))
                .hasMessage("model file is malformed: missing key \"threshold\" at the top level");
    }

    @Test
    void aBadNumberIsNamedWithItsPlace() {
        String json = smallModel().replace("\"STRATEGY\": \"0.6\"", "\"STRATEGY\": \"0,6\"");

        assertThatThrownBy(() -> reader.read(stream(json)))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("model file is malformed: \"STRATEGY\": \"0,6\" is not a number such as 0.8, 1 or 1/12"
                        + " at weights[1].weights");
    }

    @Test
    void aZeroDenominatorIsABadNumber() {
        String json = smallModel().replace("\"SALES\": \"1/2\"", "\"SALES\": \"1/0\"");

        assertThatThrownBy(() -> reader.read(stream(json))).hasMessageContaining("\"1/0\" is not a number");
    }

    @Test
    void anUnknownProductionTypeIsNamed() {
        String json = smallModel().replace("{\"code\": \"PROCESS\", \"name\"", "{\"code\": \"BATCH\", \"name\"");

        assertThatThrownBy(() -> reader.read(stream(json)))
                .hasMessage("model file is malformed: \"code\" has unknown value \"BATCH\" at productionTypes[1]");
    }

    @Test
    void aValueOfTheWrongKindIsNamed() {
        String json = smallModel().replace("\"levels\": [1, 2]", "\"levels\": \"1-2\"");

        assertThatThrownBy(() -> reader.read(stream(json))).hasMessage(
                "model file is malformed: \"levels\" must be an array at elements[1].domains[0].subDomains[0]");
    }

    @Test
    void aMissingTranslationIsLeftForTheValidator() {
        String json = smallModel().replace("\"en\": \"Sales\"", "\"en\": null");

        MaturityModel model = reader.read(stream(json));

        assertThat(model.subDomain("SALES").orElseThrow().name().en()).isEmpty();
        assertThat(new ModelValidator().validate(model)).contains("no en translation of sub-domain SALES name");
    }

    @Test
    void anAnswerOptionMayCarryADefinition() {
        String json = smallModel().replaceFirst("\"code\": \"MOSTLY\",",
                "\"code\": \"MOSTLY\", \"definition\": {\"zh\": \"至少 80%\", \"en\": \"at least 80 %\"},");

        MaturityModel model = reader.read(stream(json));

        assertThat(model.answerOption("MOSTLY").orElseThrow().definition())
                .hasValue(LocalizedText.of("至少 80%", "at least 80 %"));
        assertThat(model.answerOption("FULLY").orElseThrow().definition()).isEmpty();
        assertThat(new ModelValidator().validate(model)).isEmpty();
    }

    @Test
    void aDefinitionWithoutItsEnglishIsLeftForTheValidator() {
        String json = smallModel().replaceFirst("\"code\": \"MOSTLY\",",
                "\"code\": \"MOSTLY\", \"definition\": {\"zh\": \"至少 80%\"},");

        assertThat(new ModelValidator().validate(reader.read(stream(json))))
                .containsExactly("no en translation of answer option MOSTLY definition");
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> reader.read(stream("{\"version\": ")))
                .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("model file is malformed: not a JSON object");
        assertThatThrownBy(() -> reader.read(stream("[]")))
                .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("model file is malformed: not a JSON object");
    }

    private static InputStream resource(String name) {
        InputStream in = ModelReaderTest.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    private static String smallModel() {
        try (InputStream in = resource("small-model.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
