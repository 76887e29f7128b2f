package org.cmmm.model.control;

import java.util.Objects;
import java.util.Set;

/**
 * A question of the bank: one capability the level and sub-domain call for, in our own words, with the evidence
 * that satisfies it ({@code explanation}, the "!" hover text). Its id is never reused.
 */
public record Question(String id, int level, String subDomain, Set<ProductionType> productionTypes,
                       LocalizedText text, LocalizedText explanation) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subDomain, "subDomain");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(explanation, "explanation");
        productionTypes = SubDomain.enumSet(productionTypes);
    }

    public boolean isAnsweredBy(ProductionType diagnosisType) {
        return diagnosisType.answers(productionTypes);
    }
}
