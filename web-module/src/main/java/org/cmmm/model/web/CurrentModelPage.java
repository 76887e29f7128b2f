package org.cmmm.model.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.cmmm.model.boundary.ModelCatalog;
import org.cmmm.model.control.AnswerOption;
import org.cmmm.model.control.LocalizedText;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.platform.web.Language;

/** What the public pages about the current model version share: the version, read once a request, in the visitor's language. */
abstract class CurrentModelPage {

    @Inject
    ModelCatalog catalog;

    @Inject
    Language language;

    private MaturityModel model;

    @PostConstruct
    void load() {
        model = catalog.current();
    }

    public MaturityModel getModel() {
        return model;
    }

    public String text(LocalizedText text) {
        return text.in(language.getLocale());
    }

    /** The production types a blank questionnaire PDF is written for, one link each. */
    public java.util.List<org.cmmm.model.control.ProductionType> getProductionTypes() {
        return java.util.List.of(org.cmmm.model.control.ProductionType.values());
    }

    public String definition(AnswerOption option) {
        return option.definitionIn(language.getLocale());
    }
}
