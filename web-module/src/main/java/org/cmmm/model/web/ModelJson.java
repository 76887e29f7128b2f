package org.cmmm.model.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.List;
import org.cmmm.model.control.AnswerOption;
import org.cmmm.model.control.Domain;
import org.cmmm.model.control.Element;
import org.cmmm.model.control.Level;
import org.cmmm.model.control.LocalizedText;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.ScoreBand;
import org.cmmm.model.control.SubDomain;

/**
 * The JSON form of a model version in API v1: version, levels, scoring data and the element → domain →
 * sub-domain tree, each sub-domain with its questions. Texts carry both languages ({@code {"zh","en"}}), so
 * one document serves every client. Field names are part of the API contract: add, never rename.
 */
final class ModelJson {

    private ModelJson() {
    }

    static JsonObject of(MaturityModel model) {
        return Json.createObjectBuilder()
                .add("version", model.version())
                .add("name", text(model.name()))
                .add("description", text(model.description()))
                .add("threshold", model.threshold().toBigDecimal(2))
                .add("answerOptions", answerOptions(model.answerOptions()))
                .add("notInvolved", text(model.notInvolved()))
                .add("scoreBands", scoreBands(model.scoreBands()))
                .add("levels", levels(model.levels()))
                .add("elements", elements(model))
                .add("questionCount", model.questions().size())
                .build();
    }

    private static JsonArrayBuilder answerOptions(List<AnswerOption> options) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AnswerOption option : options) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("code", option.code())
                    .add("value", option.value().toBigDecimal(1))
                    .add("label", text(option.label()));
            option.definition().ifPresent(definition -> json.add("definition", text(definition)));
            array.add(json);
        }
        return array;
    }

    private static JsonArrayBuilder scoreBands(List<ScoreBand> bands) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        bands.forEach(band -> array.add(Json.createObjectBuilder()
                .add("level", band.level())
                .add("from", band.from().toBigDecimal(2))
                .add("to", band.to().toBigDecimal(2))));
        return array;
    }

    private static JsonArrayBuilder levels(List<Level> levels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        levels.forEach(level -> array.add(Json.createObjectBuilder()
                .add("number", level.number())
                .add("code", level.code())
                .add("name", text(level.name()))
                .add("description", text(level.description()))));
        return array;
    }

    private static JsonArrayBuilder elements(MaturityModel model) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Element element : model.elements()) {
            JsonArrayBuilder domains = Json.createArrayBuilder();
            for (Domain domain : element.domains()) {
                JsonArrayBuilder subDomains = Json.createArrayBuilder();
                for (SubDomain subDomain : domain.subDomains()) {
                    subDomains.add(subDomain(model, subDomain));
                }
                domains.add(Json.createObjectBuilder()
                        .add("code", domain.code())
                        .add("name", text(domain.name()))
                        .add("tailorable", domain.tailorable())
                        .add("navigationOrder", domain.navigationOrder())
                        .add("subDomains", subDomains));
            }
            array.add(Json.createObjectBuilder()
                    .add("code", element.code())
                    .add("name", text(element.name()))
                    .add("domains", domains));
        }
        return array;
    }

    private static JsonObjectBuilder subDomain(MaturityModel model, SubDomain subDomain) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        model.questions().stream()
                .filter(question -> question.subDomain().equals(subDomain.code()))
                .forEach(question -> questions.add(question(question)));
        return Json.createObjectBuilder()
                .add("code", subDomain.code())
                .add("name", text(subDomain.name()))
                .add("levels", strings(subDomain.levels().stream().sorted().map(String::valueOf).toList(), true))
                .add("productionTypes", strings(subDomain.productionTypes().stream().map(Enum::name).toList(), false))
                .add("questions", questions);
    }

    private static JsonObjectBuilder question(Question question) {
        return Json.createObjectBuilder()
                .add("id", question.id())
                .add("level", question.level())
                .add("productionTypes", strings(question.productionTypes().stream().map(Enum::name).toList(), false))
                .add("text", text(question.text()))
                .add("explanation", text(question.explanation()));
    }

    private static JsonObjectBuilder text(LocalizedText text) {
        return Json.createObjectBuilder().add("zh", text.zh()).add("en", text.en());
    }

    private static JsonArrayBuilder strings(Collection<String> values, boolean asNumbers) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(value -> {
            if (asNumbers) {
                array.add(Integer.parseInt(value));
            } else {
                array.add(value);
            }
        });
        return array;
    }
}
