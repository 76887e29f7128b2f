package org.cmmm.enterprise.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.entity.Industry;

/**
 * The industry picker (GB/T 4754-2017 classes) of every form that asks for one: suggestions shown as
 * "3311 金属结构制造", and the conversion between that label and the class code the form keeps.
 */
@Named
@RequestScoped
public class IndustryOptions {

    private static final int SUGGESTIONS = 20;

    @Inject
    EnterpriseService enterprises;

    /** Suggestions by code prefix or part of the name (the completeMethod of the autocomplete). */
    public List<String> complete(String query) {
        return enterprises.industryClasses(query, SUGGESTIONS).stream().map(Industry::getLabel).toList();
    }

    /** The label of a class code, or the code itself when it is no known class. */
    public String label(String code) {
        return enterprises.industry(code).map(Industry::getLabel).orElse(code);
    }

    /** The code of a picked label ("3311 金属结构制造") or of a code typed alone. */
    public static String codeOf(String label) {
        return label == null || label.isBlank() ? null : label.strip().split("\\s+", 2)[0];
    }
}
