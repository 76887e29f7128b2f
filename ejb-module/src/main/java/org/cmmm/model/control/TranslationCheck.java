package org.cmmm.model.control;

import java.util.List;

/** Every text a user sees exists in both languages (config/model/README.md: "Text is always given in both"). */
final class TranslationCheck {

    private final List<String> faults;

    private TranslationCheck(List<String> faults) {
        this.faults = faults;
    }

    static void check(MaturityModel model, List<String> faults) {
        new TranslationCheck(faults).model(model);
    }

    private void model(MaturityModel model) {
        require(model.name(), "model name");
        require(model.description(), "model description");
        require(model.notInvolved(), "not-involved label");
        for (AnswerOption option : model.answerOptions()) {
            require(option.label(), "answer option " + option.code() + " label");
            option.definition().ifPresent(definition -> require(definition, "answer option " + option.code()
                    + " definition"));
        }
        for (Level level : model.levels()) {
            require(level.name(), "level " + level.number() + " name");
            require(level.description(), "level " + level.number() + " description");
        }
        model.productionTypes().forEach(type -> require(type.name(), "production type " + type.code() + " name"));
        model.elements().forEach(element -> require(element.name(), "element " + element.code() + " name"));
        model.domains().forEach(domain -> require(domain.name(), "domain " + domain.code() + " name"));
        model.subDomains().forEach(subDomain -> require(subDomain.name(), "sub-domain " + subDomain.code() + " name"));
        for (Question question : model.questions()) {
            require(question.text(), "question " + question.id() + " text");
            require(question.explanation(), "question " + question.id() + " explanation");
        }
        model.basicData().forEach(this::basicDataField);
    }

    private void basicDataField(BasicDataField field) {
        String where = "basic-data field " + field.code();
        require(field.label(), where + " label");
        field.help().ifPresent(help -> require(help, where + " help"));
        field.unit().ifPresent(unit -> require(unit, where + " unit"));
        field.options().forEach(option -> require(option.label(), where + " option " + option.code() + " label"));
    }

    private void require(LocalizedText text, String where) {
        if (text.zh().isBlank()) {
            faults.add("no zh translation of " + where);
        }
        if (text.en().isBlank()) {
            faults.add("no en translation of " + where);
        }
    }
}
