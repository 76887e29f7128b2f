package org.cmmm.report.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cmmm.model.boundary.ModelCatalog;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ProductionType;
import org.cmmm.platform.boundary.Public;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.report.control.QuestionnairePages;

/**
 * The blank questionnaire of a model version and production type as a PDF to print (issue 14), for anyone: the
 * model is public. A published version never changes, so each file is written once per language and kept (a few
 * dozen at most: versions × three production types × two languages).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Public
public class BlankQuestionnaire {

    /** No such model version. */
    public static final String FAULT_NO_VERSION = "model.version.notFound";

    @EJB
    ModelCatalog catalog;

    private final Map<String, byte[]> written = new ConcurrentHashMap<>();

    public Report pdf(String version, ProductionType type, Locale locale) {
        MaturityModel model = catalog.find(version).orElseThrow(() -> new BusinessException(FAULT_NO_VERSION));
        String language = locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "en" : "zh";
        byte[] bytes = written.computeIfAbsent(version + "/" + type + "/" + language, key -> write(model, type, locale));
        return new Report("CMMM-questionnaire-" + version + "-" + type.name().toLowerCase(Locale.ROOT) + "-" + language + ".pdf",
                ReportService.PDF, bytes);
    }

    private static byte[] write(MaturityModel model, ProductionType type, Locale locale) {
        try {
            return QuestionnairePages.write(model, type, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
