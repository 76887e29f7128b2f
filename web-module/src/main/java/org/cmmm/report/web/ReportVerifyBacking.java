package org.cmmm.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.cmmm.report.boundary.VerifiedReport;

/**
 * State of /verify.xhtml: the public check of a report, showing what {@link VerifyAddress} found for a code, kept
 * under the key {@code ?result=…} the lookup sent the browser to. A code that was never issued, or is no code at
 * all, shows the same "not found" as any other, with status 404; too many lookups from one address show that instead
 * (429). A code typed into the page's form comes as {@code ?code=…} and is sent on to {@code /verify/{code}}, the one
 * place codes are looked up.
 */
@Named
@RequestScoped
public class ReportVerifyBacking {

    /** What a lookup found: the report, or nothing; or that the address asked too often. */
    public record Outcome(String code, VerifiedReport report, boolean tooMany) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    VerifyOutcomes outcomes;

    private String code;
    private String result;
    private VerifiedReport report;
    private boolean looked;
    private boolean tooMany;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<Outcome> found = outcomes.find(result);
        if (found.isPresent()) {
            code = found.get().code();
            report = found.get().report();
            tooMany = found.get().tooMany();
            looked = true;
            if (tooMany) {
                external.setResponseStatus(429);
            } else if (report == null) {
                external.setResponseStatus(404);
            }
        } else if (code != null && !code.isBlank()) {
            String sent = code.length() > 40 ? code.substring(0, 40) : code;
            external.redirect(external.getRequestContextPath() + "/verify/"
                    + URLEncoder.encode(sent, StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public VerifiedReport getReport() {
        return report;
    }

    public boolean isNotFound() {
        return looked && report == null && !tooMany;
    }

    public boolean isTooMany() {
        return tooMany;
    }

    public String getCompletedOn() {
        return report == null ? "" : DAY.format(report.completedAt());
    }
}
