package org.cmmm.support.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Texts;
import org.cmmm.support.boundary.EnterpriseSummary;
import org.cmmm.support.boundary.SupportService;

/** State of /support/enterprises.xhtml: enterprises of every region by name or USCC. */
@Named
@ViewScoped
public class SupportEnterprisesBacking implements Serializable {

    static final int MAX_RESULTS = 50;

    @Inject
    transient SupportService support;

    private String text;
    private List<EnterpriseSummary> results = List.of();
    private boolean searched;

    public void search() {
        try {
            results = support.searchEnterprisesAcrossRegions(text, MAX_RESULTS);
            searched = true;
        } catch (BusinessException e) {
            Texts.errors(e);
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<EnterpriseSummary> getResults() {
        return results;
    }

    public boolean isSearched() {
        return searched;
    }

    public int getMaxResults() {
        return MAX_RESULTS;
    }
}
