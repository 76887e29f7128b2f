package org.cmmm.enterprise.web;

import org.cmmm.platform.web.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.cmmm.enterprise.boundary.EnterpriseService;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.enterprise.entity.Industry;

/**
 * State of /enterprise/view.xhtml?id=…: an enterprise as the signed-in user may see it. An id outside the
 * user's tenancy (or a tampered one) finds nothing, and the answer is the same 404 as for an id that does not
 * exist, so nothing is learnt about other tenants.
 */
@Named
@RequestScoped
public class EnterpriseViewBacking {

    @Inject
    EnterpriseService enterprises;

    private Long id;
    private Enterprise enterprise;

    public void load() throws IOException {
        enterprise = id == null ? null : enterprises.find(id).orElse(null);
        if (enterprise == null) {
            NotFound.send();
        }
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public String getIndustryLabel() {
        return enterprises.industry(enterprise.getIndustryCode()).map(Industry::getLabel).orElse(enterprise.getIndustryCode());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
