package org.cmmm.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cmmm.model.control.AnswerOption;
import org.cmmm.model.control.Domain;
import org.cmmm.model.control.Level;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blank questionnaire of the shipped model CMMM-2020r2, read back as text. Texts are compared without white space,
 * since a question wraps over lines and the reader breaks it there.
 */
class QuestionnairePagesTest {

    private static final MaturityModel MODEL = model();
    private static byte[] chinese;

    @BeforeAll
    static void theChineseFormForDiscreteProduction() throws Exception {
        chinese = QuestionnairePages.write(MODEL, ProductionType.DISCRETE, Locale.SIMPLIFIED_CHINESE);
        // kept for a look: pdftoppm -r 60 -png -f 1 -l 2 target/questionnaire-zh.pdf /tmp/questionnaire
        Files.write(Path.of("target", "questionnaire-zh.pdf"), chinese);
    }

    @Test
    void theChineseFormHasTheCoverEveryLevelAndTheFirstAndLastQuestionOfEachLevel() throws Exception {
        String text = compact(textOf(chinese));
        assertThat(text).contains("智能制造能力成熟度自诊断问卷", "CMMM-2020r2", "离散型", "企业名称", "填写人", "填写日期", "答题标准");
        for (Level level : MODEL.levels()) {
            List<Question> questions = MODEL.questionsFor(level.number(), ProductionType.DISCRETE);
            assertThat(text).contains(compact(level.number() + " 级 " + level.name().zh()),
                    compact(questions.get(0).text().zh()), compact(questions.get(0).explanation().zh()),
                    compact(questions.get(questions.size() - 1).text().zh()), questions.get(questions.size() - 1).id());
        }
        for (AnswerOption option : MODEL.answerOptions()) {
            assertThat(text).contains(compact(option.label().zh()), compact(option.definition().orElseThrow().zh()));
        }
    }

    @Test
    void everyDiscreteQuestionHasItsBoxesAndNoProcessOnlyQuestionIsAsked() throws Exception {
        String text = compact(textOf(chinese));
        List<Question> asked = asked(ProductionType.DISCRETE);
        assertThat(occurrences(text, "全部满足")).as("one row of boxes a question, and the legend").isEqualTo(asked.size() + 1);
        long tailorable = asked.stream().filter(QuestionnairePagesTest::inTailorableDomain).count();
        assertThat(tailorable).isPositive().isLessThan(asked.size());
        String howTo = ResourceBundle.getBundle("org.cmmm.report.control.report", Locale.SIMPLIFIED_CHINESE)
                .getString("report.questionnaire.howTo");
        assertThat(occurrences(text, "企业不涉及此题目"))
                .as("a box only where tailoring allows it, the legend, and the instructions")
                .isEqualTo(tailorable + 1 + occurrences(howTo, "企业不涉及此题目"));
        List<Question> processOnly = MODEL.questions().stream()
                .filter(question -> question.productionTypes().equals(java.util.Set.of(ProductionType.PROCESS))).toList();
        assertThat(processOnly).isNotEmpty();
        for (Question question : processOnly) {
            assertThat(text).doesNotContain(question.id(), compact(question.text().zh()));
        }
    }

    @Test
    void aMixedFormAsksTheQuestionsOfBothTypes() throws Exception {
        String text = compact(textOf(QuestionnairePages.write(MODEL, ProductionType.MIXED, Locale.SIMPLIFIED_CHINESE)));
        List<Question> asked = asked(ProductionType.MIXED);
        assertThat(asked.size()).isGreaterThan(asked(ProductionType.DISCRETE).size());
        assertThat(occurrences(text, "全部满足")).isEqualTo(asked.size() + 1);
        assertThat(text).contains("混合型");
        asked.stream().filter(question -> !question.isAnsweredBy(ProductionType.DISCRETE))
                .forEach(question -> assertThat(text).contains(question.id()));
    }

    @Test
    void theEnglishFormIsInEnglish() throws Exception {
        String text = compact(textOf(QuestionnairePages.write(MODEL, ProductionType.DISCRETE, Locale.ENGLISH)));
        Question first = MODEL.questionsFor(1, ProductionType.DISCRETE).get(0);
        assertThat(text).contains(compact("Intelligent Manufacturing Capability Maturity Self-Diagnosis Questionnaire"),
                compact("Level 1 " + MODEL.level(1).orElseThrow().name().en()), compact(first.text().en()),
                compact("Fully satisfied"), compact(MODEL.notInvolved().en())).doesNotContain("智能制造能力成熟度自诊断问卷", "全部满足");
    }

    @Test
    void everyPageIsVectorInASubsetOfTheReportFontAndNumbered() throws Exception {
        try (PDDocument document = Loader.loadPDF(chinese)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int n = 1; n <= pages; n++) {
                PDPage page = document.getPage(n - 1);
                assertThat(page.getResources().getXObjectNames()).as("no image on page %d", n).isEmpty();
                for (COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).getName()).matches("[A-Z]{6}\\+NotoSansSC-Regular");
                }
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(n);
                one.setEndPage(n);
                assertThat(one.getText(document)).contains(n + " / " + pages, "智能制造能力成熟度自诊断问卷 · CMMM-2020r2");
            }
        }
        assertThat(chinese.length).as("a subset, not the 10 MB font").isLessThan(600_000);
    }

    private static List<Question> asked(ProductionType type) {
        return MODEL.levels().stream().flatMap(level -> MODEL.questionsFor(level.number(), type).stream()).toList();
    }

    private static boolean inTailorableDomain(Question question) {
        return MODEL.domainOf(question.subDomain()).map(Domain::tailorable).orElseThrow();
    }

    private static long occurrences(String text, String part) {
        long count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static MaturityModel model() {
        try (InputStream in = QuestionnairePagesTest.class.getClassLoader().getResourceAsStream("cmmm/model/CMMM-2020r2.json")) {
            return new ModelReader().read(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
