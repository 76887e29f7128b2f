package org.cmmm.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.model.control.Question;
import org.cmmm.platform.control.AccountPrincipal;

/**
 * An enterprise answering diagnoses through the real boundary, inside the server: started, basic data submitted,
 * level after level answered with the options a test chooses and submitted, until the diagnosis completes.
 */
public final class DiagnosisAnswering {

    private final DiagnosisService diagnoses;
    private final AccountPrincipal enterprise;

    public DiagnosisAnswering(DiagnosisService diagnoses, AccountPrincipal enterprise) {
        this.diagnoses = diagnoses;
        this.enterprise = enterprise;
    }

    /** Starts a diagnosis and answers it to the end; returns its id. */
    public long complete(Set<String> tailored, Function<Integer, Function<Integer, String>> optionsPerLevel) {
        long id = as(() -> diagnoses.start(tailored));
        finish(id, optionsPerLevel);
        return id;
    }

    /** Basic data, then level after level with the options given for it (question index → option) until it ends. */
    public void finish(long id, Function<Integer, Function<Integer, String>> optionsPerLevel) {
        int version = as(() -> diagnoses.get(id)).getVersion();
        int submitted = as(() -> diagnoses.saveBasicData(id, version, basicData(), true));
        Diagnosis diagnosis = as(() -> diagnoses.get(id));
        int current = submitted;
        while (diagnosis.getStatus().isInProgress()) {
            int level = diagnosis.getCurrentLevel();
            List<Question> questions = as(() -> diagnoses.modelOf(diagnoses.get(id)).questionsFor(level, diagnoses.get(id).getProductionType()));
            Function<Integer, String> options = optionsPerLevel.apply(level);
            for (int i = 0; i < questions.size(); i++) {
                Question question = questions.get(i);
                String answer = diagnosis.getTailoredSubDomains().contains(question.subDomain()) ? "NOT_INVOLVED" : options.apply(i);
                int seen = current;
                current = as(() -> diagnoses.answer(id, seen, question.id(), answer));
            }
            int seen = current;
            as(() -> diagnoses.submitLevel(id, seen, level));
            diagnosis = as(() -> diagnoses.get(id));
            current = diagnosis.getVersion();
        }
    }

    /** Options in turn by question index: alternate("NOT", "PARTLY") answers NOT, PARTLY, NOT, … */
    public static Function<Integer, String> alternate(String... options) {
        return index -> options[index % options.length];
    }

    public static Map<String, String> basicData() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("productionType", "DISCRETE");
        values.put("employees", "120");
        values.put("annualRevenue", "FROM_20M_TO_400M");
        values.put("rdShare", "3.5");
        values.put("digitizedEquipmentShare", "60");
        values.put("networkedEquipmentShare", "40");
        values.put("systemsInUse", "ERP,MES");
        return values;
    }

    private <T> T as(Callable<T> work) {
        return Subjects.as(enterprise, work);
    }
}
