package org.cmmm.report.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.ClientAddress;
import org.cmmm.report.boundary.ReportVerification;

/**
 * The address a report's QR code holds, {@code /verify/{code}}: short enough for a small code and for typing from
 * paper, and the one place a code is looked up (the page {@code verify.xhtml?code=…}, where a code is typed, leads
 * here). The lookup takes a few milliseconds; its answer, a redirect to the verification page with what was found
 * ({@link VerifyOutcomes}), leaves {@link ReportVerification#FLOOR} after the request came, found or not, so its
 * timing tells nothing. No request thread waits meanwhile: the request goes asynchronous and a scheduled task answers
 * it once the floor has passed (a lookup sleeping on one of the server's few request threads let a handful of lookups
 * from many addresses stall every user: issue 25, finding 7). The page answers 404 for a code not found.
 */
@WebServlet(urlPatterns = "/verify/*", asyncSupported = true)
public class VerifyAddress extends HttpServlet {

    private static final long ANSWER_TIMEOUT_MS = 30_000;

    @Inject
    transient ReportVerification verification;

    @Inject
    transient ClientAddress clientAddress;

    @Inject
    transient VerifyOutcomes outcomes;

    @Resource
    transient ManagedScheduledExecutorService scheduler;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        long started = System.nanoTime();
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (code.length() > 40) {
            code = code.substring(0, 40); // no code is that long: the page says "not found" without echoing junk at length
        }
        String page = request.getContextPath() + "/verify.xhtml?result=" + outcomes.keep(lookUp(code, clientAddress.of(request)));
        AsyncContext answer = request.startAsync();
        answer.setTimeout(ANSWER_TIMEOUT_MS);
        long left = ReportVerification.FLOOR.toNanos() - (System.nanoTime() - started);
        scheduler.schedule(() -> redirect(answer, page), Math.max(0, left), TimeUnit.NANOSECONDS);
    }

    private static void redirect(AsyncContext answer, String page) {
        try {
            ((HttpServletResponse) answer.getResponse()).sendRedirect(page);
        } catch (IOException gone) {
            // the client left before the floor passed: nobody to answer
        } finally {
            answer.complete();
        }
    }

    private ReportVerifyBacking.Outcome lookUp(String code, String address) {
        try {
            return new ReportVerifyBacking.Outcome(code, verification.lookupAcrossRegions(code, address).orElse(null), false);
        } catch (BusinessException refused) {
            if (!refused.has(ReportVerification.FAULT_TOO_MANY)) {
                throw refused;
            }
            return new ReportVerifyBacking.Outcome(code, null, true);
        }
    }
}
