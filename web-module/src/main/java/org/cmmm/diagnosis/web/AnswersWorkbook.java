package org.cmmm.diagnosis.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.model.control.AnswerOption;
import org.cmmm.model.control.Domain;
import org.cmmm.model.control.Element;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.Ratio;
import org.cmmm.model.control.SubDomain;
import org.cmmm.platform.web.Texts;

/**
 * One completed diagnosis as an Excel workbook (issue 14 item 6), for the enterprise and the authorities that
 * check its result: sheet "答案" lists every answered question with its place in the model, the answer and the
 * score it gave, level 1 first and in the order of the answering tree, so that a reader can filter it by level
 * or sub-domain; sheet "得分" holds the level scores, the total and the maturity level.
 *
 * <p>Scores are numeric cells rounded to two decimals, the numbers the result page and the PDF report show, so
 * the three never disagree. A question answered "企业不涉及此题目" scores nothing: its score cell stays empty (an
 * empty cell, not a 0, which would read as "not satisfied") and the note column says why.
 *
 * <p>Texts come from the web bundle through {@link Texts#text(Locale, String, Object...)}, which needs no Faces
 * request, so the workbook can be written from any endpoint.
 */
public final class AnswersWorkbook {

    private static final int LEVEL = 0;
    private static final int ELEMENT = 1;
    private static final int DOMAIN = 2;
    private static final int SUB_DOMAIN = 3;
    private static final int QUESTION = 4;
    private static final int QUESTION_TEXT = 5;
    private static final int ANSWER = 6;
    private static final int SCORE = 7;
    private static final int NOTE = 8;

    private static final List<String> ANSWER_HEADERS = List.of("diagnosis.answers.excel.level",
            "diagnosis.answers.excel.element", "diagnosis.answers.excel.domain", "diagnosis.answers.excel.subDomain",
            "diagnosis.answers.excel.question", "diagnosis.answers.excel.questionText",
            "diagnosis.answers.excel.answer", "diagnosis.answers.excel.score", "diagnosis.answers.excel.note");

    /** Widths in characters; Chinese characters count double, the widths fit them. Fixed, as autosizing is slow. */
    private static final int[] ANSWER_WIDTHS = {8, 12, 16, 20, 26, 70, 22, 9, 36};

    private static final List<String> SCORE_HEADERS = List.of("diagnosis.answers.excel.level",
            "diagnosis.answers.excel.levelName", "diagnosis.answers.excel.score", "diagnosis.answers.excel.reached");

    private static final int[] SCORE_WIDTHS = {14, 24, 10, 14};

    /** Two decimals, as the result page shows scores. */
    private static final String SCORE_FORMAT = "0.00";

    private AnswersWorkbook() {
    }

    /** The .xlsx file of a diagnosis, with texts in the language of {@code locale}. */
    public static byte[] write(DiagnosisReport report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            writeAnswers(workbook.createSheet(Texts.text(locale, "diagnosis.answers.excel.sheet.answers")), report, locale, styles);
            writeScores(workbook.createSheet(Texts.text(locale, "diagnosis.answers.excel.sheet.scores")), report, locale, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook to memory failed", e);
        }
    }

    private static void writeAnswers(Sheet sheet, DiagnosisReport report, Locale locale, Styles styles) {
        header(sheet, ANSWER_HEADERS, ANSWER_WIDTHS, locale, styles);
        Map<String, Place> places = Place.all(report.model());
        List<Question> answered = answeredInNavigationOrder(report);
        int rowNumber = 1;
        for (Question question : answered) {
            Place place = places.get(question.subDomain());
            Row row = sheet.createRow(rowNumber++);
            number(row, LEVEL, question.level(), styles.text);
            text(row, ELEMENT, place.element().name().in(locale), styles.text);
            text(row, DOMAIN, place.domain().name().in(locale), styles.text);
            text(row, SUB_DOMAIN, place.subDomain().name().in(locale), styles.text);
            text(row, QUESTION, question.id(), styles.text);
            text(row, QUESTION_TEXT, question.text().in(locale), styles.wrapped);
            if (report.isNotInvolved(question.id())) {
                text(row, ANSWER, report.model().notInvolved().in(locale), styles.text);
                row.createCell(SCORE).setCellStyle(styles.score); // blank: not involved scores nothing
                text(row, NOTE, Texts.text(locale, "diagnosis.answers.excel.notScored"), styles.wrapped);
            } else {
                AnswerOption option = optionOf(report, question);
                text(row, ANSWER, option.label().in(locale), styles.text);
                number(row, SCORE, shown(option.value()), styles.score);
                row.createCell(NOTE).setCellStyle(styles.wrapped);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, answered.size(), 0, ANSWER_HEADERS.size() - 1));
    }

    private static void writeScores(Sheet sheet, DiagnosisReport report, Locale locale, Styles styles) {
        header(sheet, SCORE_HEADERS, SCORE_WIDTHS, locale, styles);
        int rowNumber = 1;
        for (LevelScore level : report.levels()) {
            Row row = sheet.createRow(rowNumber++);
            number(row, 0, level.level(), styles.text);
            text(row, 1, report.model().level(level.level()).map(l -> l.name().in(locale)).orElse(""), styles.text);
            number(row, 2, shown(level.score()), styles.score);
            text(row, 3, Texts.text(locale, level.reached()
                    ? "diagnosis.answers.excel.reached.yes" : "diagnosis.answers.excel.reached.no"), styles.text);
        }
        Row total = sheet.createRow(rowNumber++);
        text(total, 0, Texts.text(locale, "diagnosis.answers.excel.total"), styles.header);
        number(total, 2, shown(report.explanation().result().total()), styles.score);
        Row maturity = sheet.createRow(rowNumber);
        text(maturity, 0, Texts.text(locale, "diagnosis.answers.excel.maturityLevel"), styles.header);
        // the level names the diagnosis list shows: "三级 集成级", "未达到一级"
        text(maturity, 1, Texts.text(locale, "diagnosis.maturity." + report.maturityLevel()), styles.text);
        sheet.createFreezePane(0, 1);
    }

    /**
     * The questions answered, level by level, then in the order of the answering tree (by sub-domain in
     * navigation order, then as the model file lists them): the order the enterprise went through them.
     */
    private static List<Question> answeredInNavigationOrder(DiagnosisReport report) {
        MaturityModel model = report.model();
        return model.questions().stream()
                .filter(question -> report.answers().containsKey(question.id()))
                .sorted(Comparator.comparingInt(Question::level)
                        .thenComparing(Question::subDomain, model.byNavigationOrder())) // stable: file order within
                .toList();
    }

    private static AnswerOption optionOf(DiagnosisReport report, Question question) {
        return report.answerOf(question.id()).orElseThrow(() -> new IllegalStateException("model "
                + report.model().version() + " has no answer option " + report.answers().get(question.id())
                + " (question " + question.id() + ")"));
    }

    /** A score as shown, so that the cell and the result page agree to the last digit. */
    private static double shown(Ratio score) {
        return score.toBigDecimal(2).doubleValue();
    }

    private static void header(Sheet sheet, List<String> keys, int[] widths, Locale locale, Styles styles) {
        Row row = sheet.createRow(0);
        for (int column = 0; column < keys.size(); column++) {
            text(row, column, Texts.text(locale, keys.get(column)), styles.header);
            sheet.setColumnWidth(column, widths[column] * 256);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Where a sub-domain sits in the model: its element and domain, for the columns a reader filters by. */
    private record Place(Element element, Domain domain, SubDomain subDomain) {

        static Map<String, Place> all(MaturityModel model) {
            Map<String, Place> places = new HashMap<>();
            for (Element element : model.elements()) {
                for (Domain domain : element.domains()) {
                    for (SubDomain subDomain : domain.subDomains()) {
                        places.put(subDomain.code(), new Place(element, domain, subDomain));
                    }
                }
            }
            return places;
        }
    }

    /** The few cell styles of the workbook, made once: a workbook holds at most 64,000 styles. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle score;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped.setWrapText(true);
            score = workbook.createCellStyle();
            score.setVerticalAlignment(VerticalAlignment.TOP);
            score.setDataFormat(workbook.createDataFormat().getFormat(SCORE_FORMAT));
        }
    }
}
