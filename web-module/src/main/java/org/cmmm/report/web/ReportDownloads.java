package org.cmmm.report.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cmmm.diagnosis.boundary.DiagnosisResultService;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.diagnosis.web.AnswersWorkbook;
import org.cmmm.model.control.ProductionType;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.web.Language;
import org.cmmm.report.boundary.BlankQuestionnaire;
import org.cmmm.report.boundary.Report;
import org.cmmm.report.boundary.ReportService;

/**
 * The report downloads, plain GET addresses a link, a bookmark or a second tab can open: {@code
 * /report/diagnosis/{id}.pdf} (the report) and {@code /report/diagnosis/{id}.xlsx} (its answers), and the public blank questionnaire {@code
 * /report/questionnaire/{version}/{discrete|process|mixed}.pdf}. Who may download is the boundary's to say (the tenant rule): anything it refuses —
 * another enterprise's diagnosis, one outside a regional admin's region, one still being answered, an id that is
 * no number — is "not found", alike.
 */
@WebServlet("/report/*")
public class ReportDownloads extends HttpServlet {

    private static final Pattern DIAGNOSIS = Pattern.compile("/diagnosis/([1-9][0-9]{0,17})\\.(pdf|xlsx)");
    private static final Pattern QUESTIONNAIRE = Pattern.compile("/questionnaire/([A-Za-z0-9.-]{1,40})/(discrete|process|mixed)\\.pdf");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportService reports;

    @Inject
    DiagnosisResultService results;

    @Inject
    BlankQuestionnaire questionnaires;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher questionnaire = QUESTIONNAIRE.matcher(path);
        if (questionnaire.matches()) {
            try {
                send(response, questionnaires.pdf(questionnaire.group(1),
                        ProductionType.valueOf(questionnaire.group(2).toUpperCase(Locale.ROOT)), language.getLocale()));
            } catch (BusinessException refused) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        Matcher diagnosis = DIAGNOSIS.matcher(path);
        if (!diagnosis.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(diagnosis.group(1));
        Report report;
        try {
            report = "pdf".equals(diagnosis.group(2)) ? reports.pdf(id, language.getLocale(), base(request)) : answers(id);
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, report);
    }

    /** The answers of a diagnosis as a workbook: {@code CMMM-<USCC>-<date>-answers.xlsx}. */
    private Report answers(long id) {
        DiagnosisReport diagnosis = results.report(id);
        return new Report(reports.fileName(diagnosis, "-answers.xlsx"), XLSX,
                AnswersWorkbook.write(diagnosis, language.getLocale()));
    }

    static void send(HttpServletResponse response, Report report) throws IOException {
        response.setContentType(report.contentType());
        response.setContentLength(report.bytes().length);
        // the file name as saved; RFC 6266 with the UTF-8 form for names that are not ASCII
        response.setHeader("Content-Disposition", "attachment; filename=\"" + report.fileName().replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(report.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(report.bytes());
    }

    /** The platform's address as this request reached it: {@code https://host:port/context}. */
    static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
