package org.cmmm.model.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.SubDomain;

/** State of /model/overview.xhtml: the current model version, to learn before a diagnosis. */
@Named
@RequestScoped
public class ModelOverviewBacking extends CurrentModelPage {

    /** The versions published before the current one, oldest first (diagnoses started under them keep them). */
    public List<String> getOtherVersions() {
        return catalog.versions().stream().filter(version -> !version.equals(getModel().version())).toList();
    }

    public List<Integer> getLevelNumbers() {
        return IntStream.rangeClosed(1, 5).boxed().toList();
    }

    public List<SubDomain> getSubDomains() {
        return getModel().navigationOrder();
    }

    /** Questions a discrete enterprise answers in a sub-domain at a level; 0 where the sub-domain does not apply. */
    public long questionCount(SubDomain subDomain, int level) {
        return getModel().questionsFor(level, ProductionType.DISCRETE).stream()
                .filter(question -> question.subDomain().equals(subDomain.code()))
                .count();
    }

    public long questionCount(int level) {
        return getModel().questionsFor(level, ProductionType.DISCRETE).size();
    }
}
