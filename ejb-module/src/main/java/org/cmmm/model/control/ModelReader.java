package org.cmmm.model.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a model file (format: config/model/README.md) into a {@link MaturityModel}. It only reads: a file that
 * reads but breaks the rules is for {@link ModelValidator}; a file that cannot be read is refused with an
 * {@link InvalidModelException} naming the first missing key or bad value and where it is.
 */
public final class ModelReader {

    /** A question without {@code productionTypes} is asked in both. */
    private static final List<ProductionType> BOTH_TYPES = List.of(ProductionType.DISCRETE, ProductionType.PROCESS);

    public MaturityModel read(InputStream in) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw InvalidModelException.malformed("not a JSON object: " + e.getMessage());
        }
        return model(new ModelJson(root, ""));
    }

    private MaturityModel model(ModelJson json) {
        return new MaturityModel(
                json.string("version"),
                json.text("name"),
                json.text("description"),
                json.has("standards") ? json.strings("standards") : List.of(),
                json.ratio("threshold"),
                json.objects("answerOptions").stream().map(ModelReader::answerOption).toList(),
                json.text("notInvolved"),
                json.objects("scoreBands").stream().map(ModelReader::scoreBand).toList(),
                json.objects("levels").stream().map(ModelReader::level).toList(),
                json.objects("productionTypes").stream().map(ModelReader::productionType).toList(),
                json.objects("elements").stream().map(ModelReader::element).toList(),
                json.objects("weights").stream().map(ModelReader::weightTable).toList(),
                json.objects("questions").stream().map(ModelReader::question).toList(),
                json.objects("basicData").stream().map(ModelReader::basicDataField).toList());
    }

    private static AnswerOption answerOption(ModelJson json) {
        LocalizedText label = json.has("label") ? json.text("label") : json.inlineText();
        return new AnswerOption(json.string("code"), json.ratio("value"), label, json.optionalText("definition"));
    }

    private static ScoreBand scoreBand(ModelJson json) {
        return new ScoreBand(json.integer("level"), json.ratio("from"), json.ratio("to"));
    }

    private static Level level(ModelJson json) {
        return new Level(json.integer("number"), json.string("code"), json.text("name"), json.text("description"));
    }

    private static ProductionTypeName productionType(ModelJson json) {
        return new ProductionTypeName(json.enumValue("code", ProductionType.class), json.text("name"));
    }

    private static Element element(ModelJson json) {
        OptionalInt elementOrder = json.optionalInteger("navigationOrder");
        return new Element(json.string("code"), json.text("name"),
                json.objects("domains").stream().map(domain -> domain(domain, elementOrder)).toList());
    }

    /** A domain without its own navigation order takes its element's (人员, 技术, 资源 are single top nodes). */
    private static Domain domain(ModelJson json, OptionalInt elementOrder) {
        int navigationOrder = json.has("navigationOrder") || elementOrder.isEmpty()
                ? json.integer("navigationOrder")
                : elementOrder.getAsInt();
        return new Domain(json.string("code"), json.text("name"), json.bool("tailorable", false), navigationOrder,
                json.objects("subDomains").stream().map(ModelReader::subDomain).toList());
    }

    private static SubDomain subDomain(ModelJson json) {
        return new SubDomain(json.string("code"), json.text("name"), Set.copyOf(json.integers("levels")),
                Set.copyOf(json.enumValues("productionTypes", ProductionType.class)));
    }

    private static WeightTable weightTable(ModelJson json) {
        return new WeightTable(json.enumValue("productionType", ProductionType.class), json.integer("level"),
                json.ratios("weights"));
    }

    private static Question question(ModelJson json) {
        List<ProductionType> types = json.has("productionTypes")
                ? json.enumValues("productionTypes", ProductionType.class)
                : BOTH_TYPES;
        return new Question(json.string("id"), json.integer("level"), json.string("subDomain"),
                Set.copyOf(types),
                json.text("text"), json.text("explanation"));
    }

    private static BasicDataField basicDataField(ModelJson json) {
        return new BasicDataField(json.string("code"), json.enumValue("type", BasicDataType.class),
                json.bool("required", false), json.decimal("min"), json.decimal("max"),
                json.optionalInteger("maxLength"), json.optionalText("unit"), json.text("label"),
                json.optionalText("help"),
                json.objectsOrEmpty("options").stream()
                        .map(option -> new BasicDataOption(option.string("code"), option.text("label")))
                        .toList());
    }
}
