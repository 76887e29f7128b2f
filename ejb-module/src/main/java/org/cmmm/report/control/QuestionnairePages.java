package org.cmmm.report.control;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cmmm.model.control.AnswerOption;
import org.cmmm.model.control.Domain;
import org.cmmm.model.control.Level;
import org.cmmm.model.control.LocalizedText;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.ProductionTypeName;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.SubDomain;

/**
 * Writes the blank questionnaire of a model version for one production type as a PDF to fill in by hand, for
 * enterprises that prepare on paper before answering online (issue 14): a cover with lines for the enterprise, the
 * answer degrees, then level by level and sub-domain by sub-domain in the answering tree's order every question the
 * type answers ({@link MaturityModel#questionsFor}), each with its evidence and a row of tick boxes.
 *
 * <p>"企业不涉及此题目" gets a box only under the questions of a tailorable domain: a blank form does not know the
 * tailoring yet, and only there may a diagnosis choose it ({@code Tailoring#allowsNotInvolved}).
 */
public final class QuestionnairePages {

    private static final float TEXT = 9.5f;
    private static final float EVIDENCE = 8.5f;
    private static final float OPTION = 8.5f;
    private static final float CODE = 7;
    private static final float LEADING = 1.45f;
    /** The running number's column left of the question. */
    private static final float NUMBER_COLUMN = 30;
    private static final float COLUMN = PdfCanvas.WIDTH - NUMBER_COLUMN;
    private static final float BOX = 8.5f;
    private static final float BOX_LABEL_GAP = 4;
    private static final float OPTION_GAP = 18;
    private static final float OPTION_ROW = 17;
    private static final float PADDING = 7;
    private static final float BAR = 20;

    private final MaturityModel model;
    private final ProductionType type;
    private final Locale locale;
    private final ResourceBundle texts;
    /** Numbers the questions through the whole form, so that a page of answers can be matched by eye. */
    private int number;

    private QuestionnairePages(MaturityModel model, ProductionType type, Locale locale) {
        this.model = model;
        this.type = type;
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("org.cmmm.report.control.report", locale);
    }

    public static byte[] write(MaturityModel model, ProductionType type, Locale locale) throws IOException {
        return new QuestionnairePages(model, type, locale).write();
    }

    private byte[] write() throws IOException {
        try (PdfCanvas canvas = new PdfCanvas()) {
            cover(canvas);
            degrees(canvas);
            for (Level level : model.levels()) {
                level(canvas, level);
            }
            return canvas.finish(text("report.questionnaire.title") + " · " + model.version(),
                    (page, pages) -> format("report.page", page, pages));
        }
    }

    private void cover(PdfCanvas canvas) throws IOException {
        canvas.heading(text("report.questionnaire.title"), 18);
        canvas.paragraph(text("report.questionnaire.subtitle"), 9, PdfCanvas.MUTED);
        canvas.gap(8);
        int questions = model.levels().stream().mapToInt(level -> model.questionsFor(level.number(), type).size()).sum();
        canvas.table(new float[] {1, 3}, null, List.of(
                List.of(text("report.modelVersion"), model.version() + "  " + name(model.name())),
                List.of(text("report.questionnaire.productionType"), typeName()),
                List.of(text("report.questionnaire.questions"), String.valueOf(questions))), 9.5f);
        canvas.gap(22);
        canvas.ensure(60);
        float half = PdfCanvas.WIDTH / 2;
        blank(canvas, text("report.enterprise"), PdfCanvas.MARGIN, PdfCanvas.WIDTH);
        canvas.gap(26);
        blank(canvas, text("report.questionnaire.filledBy"), PdfCanvas.MARGIN, half - 20);
        blank(canvas, text("report.questionnaire.date"), PdfCanvas.MARGIN + half, half);
        canvas.gap(22);
        canvas.paragraph(text("report.questionnaire.howTo"), 9, PdfCanvas.MUTED);
    }

    /** A label and a rule after it to write on, {@code width} wide from {@code x}, on the current line. */
    private static void blank(PdfCanvas canvas, String label, float x, float width) throws IOException {
        canvas.text(label, x, canvas.y(), 10, PdfCanvas.INK, false);
        float from = x + canvas.width(label, 10) + 8;
        canvas.content().setStrokingColor(PdfCanvas.INK);
        canvas.content().setLineWidth(0.6f);
        canvas.content().moveTo(from, canvas.y() - 3);
        canvas.content().lineTo(x + width, canvas.y() - 3);
        canvas.content().stroke();
    }

    private void degrees(PdfCanvas canvas) throws IOException {
        canvas.heading(text("report.questionnaire.degrees"), 13);
        List<List<String>> rows = new ArrayList<>();
        for (AnswerOption option : model.answerOptions()) {
            rows.add(List.of(name(option.label()) + " (" + option.value().toDisplay() + ")", option.definitionIn(locale)));
        }
        rows.add(List.of(name(model.notInvolved()), text("report.questionnaire.notInvolved")));
        canvas.table(new float[] {1.4f, 4}, List.of(text("report.questionnaire.degree"), text("report.questionnaire.meaning")),
                rows, 9);
    }

    /** A level starts a page: a printed form is sorted and handed round by level. */
    private void level(PdfCanvas canvas, Level level) throws IOException {
        List<Question> questions = model.questionsFor(level.number(), type);
        if (questions.isEmpty()) {
            return;
        }
        canvas.newPage();
        String title = format("report.questionnaire.level", level.number(), name(level.name()));
        canvas.heading(title, 15);
        canvas.paragraph(name(level.description()), 9, PdfCanvas.MUTED);
        canvas.gap(6);
        for (SubDomain subDomain : model.subDomainsAt(level.number(), type)) {
            List<Question> asked = questions.stream().filter(question -> question.subDomain().equals(subDomain.code())).toList();
            if (!asked.isEmpty()) {
                subDomain(canvas, title, subDomain, asked);
            }
        }
    }

    /**
     * The sub-domain's bar, then its questions, each kept whole on a page; a page the sub-domain continues on opens
     * with the bar again, naming the level, since the same sub-domain comes back at every level.
     */
    private void subDomain(PdfCanvas canvas, String levelTitle, SubDomain subDomain, List<Question> questions)
            throws IOException {
        for (int i = 0; i < questions.size(); i++) {
            Block block = block(canvas, questions.get(i));
            if (i == 0) {
                canvas.ensure(6 + BAR + block.height());
                canvas.gap(6);
                bar(canvas, name(subDomain.name()));
            } else {
                float before = canvas.y();
                canvas.ensure(block.height());
                if (canvas.y() > before) {
                    bar(canvas, levelTitle + " · " + name(subDomain.name()) + text("report.questionnaire.continued"));
                }
            }
            draw(canvas, block);
        }
    }

    private static void bar(PdfCanvas canvas, String title) throws IOException {
        float top = canvas.y();
        canvas.content().setNonStrokingColor(PdfCanvas.ZEBRA);
        canvas.content().addRect(PdfCanvas.MARGIN, top - BAR, PdfCanvas.WIDTH, BAR);
        canvas.content().fill();
        canvas.content().setNonStrokingColor(PdfCanvas.ACCENT);
        canvas.content().addRect(PdfCanvas.MARGIN, top - BAR, 3, BAR);
        canvas.content().fill();
        canvas.text(title, PdfCanvas.MARGIN + 10, top - BAR + 6.5f, 10, PdfCanvas.ACCENT, true);
        canvas.take(BAR);
    }

    /** A question laid out before it is drawn, so that its height is known for keeping it on one page. */
    private record Block(int number, String code, List<String> text, List<String> evidence, List<List<Option>> rows,
                         boolean codeOnLastRow, float height) {
    }

    /** A tick box and its label, {@code x} from the question column's left edge. */
    private record Option(String label, float x) {
    }

    private Block block(PdfCanvas canvas, Question question) {
        List<String> text = Lines.wrap(name(question.text()), COLUMN, piece -> canvas.width(piece, TEXT));
        List<String> evidence = Lines.wrap(name(question.explanation()), COLUMN, piece -> canvas.width(piece, EVIDENCE));
        List<String> labels = new ArrayList<>(model.answerOptions().stream().map(option -> name(option.label())).toList());
        if (model.domainOf(question.subDomain()).map(Domain::tailorable).orElse(false)) {
            labels.add(name(model.notInvolved()));
        }
        List<List<Option>> rows = new ArrayList<>();
        List<Option> row = new ArrayList<>();
        float x = 0;
        for (String label : labels) {
            float width = BOX + BOX_LABEL_GAP + canvas.width(label, OPTION);
            if (!row.isEmpty() && x + width > COLUMN) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            row.add(new Option(label, x));
            x += width + OPTION_GAP;
        }
        rows.add(row);
        boolean codeOnLastRow = x + canvas.width(question.id(), CODE) <= COLUMN;
        int optionRows = rows.size() + (codeOnLastRow ? 0 : 1);
        float height = 2 * PADDING + text.size() * TEXT * LEADING + 2 + evidence.size() * EVIDENCE * LEADING + 3
                + optionRows * OPTION_ROW;
        return new Block(++number, question.id(), text, evidence, rows, codeOnLastRow, height);
    }

    private static void draw(PdfCanvas canvas, Block block) throws IOException {
        float top = canvas.y();
        float left = PdfCanvas.MARGIN + NUMBER_COLUMN;
        float cursor = top - PADDING;
        canvas.text(String.valueOf(block.number()), PdfCanvas.MARGIN + 2, cursor - TEXT, TEXT, PdfCanvas.ACCENT, true);
        for (String line : block.text()) {
            canvas.text(line, left, cursor - TEXT, TEXT, PdfCanvas.INK, false);
            cursor -= TEXT * LEADING;
        }
        cursor -= 2;
        for (String line : block.evidence()) {
            canvas.text(line, left, cursor - EVIDENCE, EVIDENCE, PdfCanvas.MUTED, false);
            cursor -= EVIDENCE * LEADING;
        }
        cursor -= 3;
        float baseline = cursor;
        for (List<Option> row : block.rows()) {
            baseline = cursor - OPTION_ROW + 5;
            for (Option option : row) {
                tickBox(canvas, left + option.x(), baseline - 1.5f);
                canvas.text(option.label(), left + option.x() + BOX + BOX_LABEL_GAP, baseline, OPTION, PdfCanvas.INK, false);
            }
            cursor -= OPTION_ROW;
        }
        if (!block.codeOnLastRow()) {
            baseline = cursor - OPTION_ROW + 5;
        }
        float codeX = PdfCanvas.MARGIN + PdfCanvas.WIDTH - canvas.width(block.code(), CODE);
        canvas.text(block.code(), codeX, baseline, CODE, PdfCanvas.MUTED, false);
        canvas.take(block.height());
        canvas.content().setStrokingColor(PdfCanvas.RULE);
        canvas.content().setLineWidth(0.5f);
        canvas.content().moveTo(PdfCanvas.MARGIN, canvas.y());
        canvas.content().lineTo(PdfCanvas.MARGIN + PdfCanvas.WIDTH, canvas.y());
        canvas.content().stroke();
    }

    /** An empty square to tick, its lower left corner at x, y. */
    private static void tickBox(PdfCanvas canvas, float x, float y) throws IOException {
        canvas.content().setStrokingColor(PdfCanvas.INK);
        canvas.content().setLineWidth(0.7f);
        canvas.content().addRect(x, y, BOX, BOX);
        canvas.content().stroke();
    }

    /** The model's name for the type; MIXED is a diagnosis choice the model does not name. */
    private String typeName() {
        return model.productionTypes().stream().filter(named -> named.code() == type).findFirst()
                .map(ProductionTypeName::name).map(this::name).orElse(text("report.questionnaire.mixed"));
    }

    private String name(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
