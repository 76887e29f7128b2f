package org.cmmm.enterprise.boundary;

import org.cmmm.enterprise.control.Uscc;

/** For development and tests: any name matches a USCC whose format and check character are right. */
public class DevelopmentEnterpriseRegistry implements EnterpriseRegistry {

    @Override
    public Verdict check(String enterpriseName, String uscc) {
        return Uscc.validate(uscc).isEmpty() && enterpriseName != null && !enterpriseName.isBlank()
                ? Verdict.MATCH : Verdict.MISMATCH;
    }
}
