package org.cmmm.diagnosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.model.control.Answer;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.ScoreExplanation;
import org.cmmm.model.control.ScoringEngine;
import org.cmmm.model.control.Tailoring;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbook of a diagnosis with known answers under the shipped model CMMM-2020r2, logistics tailored: level 1
 * answered "fully" (1.0), level 2 "mostly" (0.8, just reached), level 3 "partly" (0.5, not reached), so the total
 * is 2.30, maturity level 2. Read back with POI, in both languages.
 */
class AnswersWorkbookTest {

    /** The model as operators ship it; the web module's tests do not have config.jar on their class path. */
    private static final Path MODEL_FILE = Path.of("../config/model/CMMM-2020r2.json");
    private static final List<String> ANSWER_BY_LEVEL = List.of("FULL", "MOSTLY", "PARTLY");

    private static MaturityModel model;
    private static Tailoring tailoring;
    private static Map<String, String> answers;
    private static ScoreExplanation explanation;
    private static DiagnosisReport report;

    @BeforeAll
    static void diagnose() throws IOException {
        try (InputStream in = Files.newInputStream(MODEL_FILE)) {
            model = new ModelReader().read(in);
        }
        tailoring = Tailoring.of(model, List.of("LOGISTICS"));
        answers = new HashMap<>();
        for (int level = 1; level <= ANSWER_BY_LEVEL.size(); level++) {
            for (Question question : model.questionsFor(level, ProductionType.DISCRETE)) {
                answers.put(question.id(), tailoring.isTailored(question.subDomain())
                        ? Answer.NOT_INVOLVED_CODE : ANSWER_BY_LEVEL.get(level - 1));
            }
        }
        Map<String, Answer> stored = new HashMap<>();
        answers.forEach((question, code) -> stored.put(question, Answer.stored(code)));
        explanation = new ScoringEngine().explain(model, ProductionType.DISCRETE, tailoring, stored);
        report = new DiagnosisReport(diagnosis(), model, explanation, answers, Optional.empty(), Optional.empty());
    }

    @Test
    void theTestDiagnosisIsTheOneDescribed() {
        assertThat(explanation.levels()).extracting(LevelScore::display).containsExactly("1.00", "0.80", "0.50");
        assertThat(explanation.result().display()).isEqualTo("2.30");
        assertThat(explanation.result().maturityLevel()).isEqualTo(2);
    }

    @Test
    void oneRowPerAnsweredQuestionUnderAFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = read(Locale.SIMPLIFIED_CHINESE)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("答案");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(answers.size() + 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(answers.size());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I" + (answers.size() + 1));
            assertThat(sheet.getColumnWidth(5)).as("question text column").isGreaterThan(40 * 256);
        }
    }

    @Test
    void aQuestionsRowHasItsPlaceInTheModelItsAnswerAndANumericScore() throws IOException {
        try (XSSFWorkbook workbook = read(Locale.SIMPLIFIED_CHINESE)) {
            Row row = rowOf(workbook.getSheetAt(0), "L2.PROCUREMENT.01");
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(texts(row, 1, 4)).containsExactly("制造", "生产", "采购");
            assertThat(row.getCell(5).getStringCellValue())
                    .isEqualTo(model.question("L2.PROCUREMENT.01").orElseThrow().text().zh());
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("大部分满足");
            Cell score = row.getCell(7);
            assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(score.getNumericCellValue()).isEqualTo(0.8);
            assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(new DataFormatter().formatCellValue(score)).isEqualTo("0.80");
        }
    }

    @Test
    void aQuestionNotInvolvedHasNoScoreAndANoteSayingWhy() throws IOException {
        try (XSSFWorkbook workbook = read(Locale.SIMPLIFIED_CHINESE)) {
            Row row = rowOf(workbook.getSheetAt(0), "L3.LOGISTICS.01");
            assertThat(texts(row, 3, 4)).containsExactly("物流");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("企业不涉及此题目");
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(row.getCell(8).getStringCellValue()).contains("不计分");
        }
    }

    @Test
    void rowsFollowTheAnsweringTreeLevelOneFirst() throws IOException {
        try (XSSFWorkbook workbook = read(Locale.SIMPLIFIED_CHINESE)) {
            Sheet sheet = workbook.getSheetAt(0);
            // the model file begins with customer service; the tree begins with organization & strategy (人员)
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("L1.ORGANIZATION_STRATEGY.01");
            List<Double> levels = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                levels.add(sheet.getRow(i).getCell(0).getNumericCellValue());
                ids.add(sheet.getRow(i).getCell(4).getStringCellValue());
            }
            assertThat(levels).isSorted().startsWith(1.0).endsWith(3.0);
            assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(answers.keySet());
            assertThat(ids.indexOf("L1.PROCUREMENT.01")).as("生产 before 服务 at level 1")
                    .isLessThan(ids.indexOf("L1.CUSTOMER_SERVICE.01"));
        }
    }

    @Test
    void theScoresSheetHoldsEachLevelTheTotalAndTheMaturityLevel() throws IOException {
        try (XSSFWorkbook workbook = read(Locale.SIMPLIFIED_CHINESE)) {
            Sheet sheet = workbook.getSheetAt(1);
            assertThat(workbook.getSheetName(1)).isEqualTo("得分");
            DataFormatter shown = new DataFormatter();
            List<LevelScore> levels = explanation.levels();
            for (int i = 0; i < levels.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(levels.get(i).level());
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(shown.formatCellValue(row.getCell(2))).isEqualTo(levels.get(i).display());
            }
            assertThat(texts(sheet.getRow(1), 1, 4)).containsExactly("规划级", "1.00", "已达到");
            assertThat(texts(sheet.getRow(3), 1, 4)).containsExactly("集成级", "0.50", "未达到");
            Row total = sheet.getRow(levels.size() + 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("总分");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(2.3);
            assertThat(shown.formatCellValue(total.getCell(2))).isEqualTo(explanation.result().display());
            Row maturity = sheet.getRow(levels.size() + 2);
            assertThat(texts(maturity, 0, 2)).containsExactly("成熟度等级", "二级 规范级");
        }
    }

    @Test
    void theEnglishWorkbookSpeaksEnglish() throws IOException {
        try (XSSFWorkbook workbook = read(Locale.ENGLISH)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Answers");
            assertThat(workbook.getSheetName(1)).isEqualTo("Scores");
            assertThat(texts(workbook.getSheetAt(0).getRow(0), 0, 9)).containsExactly("Level", "Element", "Domain",
                    "Sub-domain", "Question code", "Question", "Answer", "Score", "Note");
            Row row = rowOf(workbook.getSheetAt(0), "L2.PROCUREMENT.01");
            assertThat(texts(row, 1, 4)).containsExactly("Manufacturing", "Production", "Procurement");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Mostly satisfied");
            assertThat(texts(workbook.getSheetAt(1).getRow(0), 0, 4)).containsExactly("Level", "Level name", "Score", "Reached");
            assertThat(texts(workbook.getSheetAt(1).getRow(explanation.levels().size() + 2), 0, 2))
                    .containsExactly("Maturity level", "Level 2 Standardized");
        }
    }

    @Test
    void theChineseWorkbookHasChineseHeaders() throws IOException {
        try (XSSFWorkbook workbook = read(Locale.SIMPLIFIED_CHINESE)) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0), 0, 9)).containsExactly("等级", "能力要素", "能力域",
                    "能力子域", "题目编号", "题目", "答案", "得分", "备注");
            assertThat(texts(workbook.getSheetAt(1).getRow(0), 0, 4)).containsExactly("等级", "等级名称", "得分", "是否达到");
        }
    }

    private static XSSFWorkbook read(Locale locale) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(AnswersWorkbook.write(report, locale)));
    }

    private static Row rowOf(Sheet sheet, String questionId) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && questionId.equals(row.getCell(4).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for question " + questionId);
    }

    /** The cells {@code from} (inclusive) to {@code to} (exclusive) as shown. */
    private static List<String> texts(Row row, int from, int to) {
        DataFormatter shown = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int column = from; column < to; column++) {
            texts.add(shown.formatCellValue(row.getCell(column)));
        }
        return texts;
    }

    private static Diagnosis diagnosis() {
        LocalDateTime completedAt = LocalDateTime.of(2026, 11, 30, 16, 20);
        Diagnosis diagnosis = new Diagnosis(42, "/320000/320500/320505/", model.version(), Set.of("LOGISTICS"),
                completedAt.minusDays(1));
        diagnosis.submitBasicData("{}", ProductionType.DISCRETE, completedAt.minusDays(1));
        diagnosis.complete(explanation.result().total().toString(), explanation.result().total().toBigDecimal(4),
                explanation.result().maturityLevel(), explanation.result().levelsReached(), completedAt);
        return diagnosis;
    }
}
