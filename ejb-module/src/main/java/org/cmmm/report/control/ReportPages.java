package org.cmmm.report.control;

import java.awt.Color;
import java.io.IOException;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.cmmm.diagnosis.control.DiagnosisComparison;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.model.control.Domain;
import org.cmmm.model.control.Element;
import org.cmmm.model.control.GapQuestion;
import org.cmmm.model.control.LevelGap;
import org.cmmm.model.control.LevelScore;
import org.cmmm.model.control.Ratio;
import org.cmmm.model.control.SubDomain;

/**
 * Writes the self-diagnosis report of {@link ReportContent} as a PDF in the content's language: the cover, the
 * result, each level, the sub-domains (table and radar), what is tailored, strengths and weaknesses, the gap to the
 * next level, the history, the change since the previous diagnosis, the peers and how to verify the report.
 */
public final class ReportPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<Color> SERIES = List.of(PdfCanvas.ACCENT, new Color(0xd9, 0x77, 0x06));
    private static final int STRENGTHS_SHOWN = 3;

    private final ReportContent content;
    private final DiagnosisReport diagnosis;
    private final ResourceBundle texts;

    private ReportPages(ReportContent content) {
        this.content = content;
        this.diagnosis = content.diagnosis();
        this.texts = ResourceBundle.getBundle("org.cmmm.report.control.report", content.locale());
    }

    public static byte[] write(ReportContent content) throws IOException {
        return new ReportPages(content).write();
    }

    /** A size class as the report names it: 小型 / Small. */
    public static String sizeName(Locale locale, String size) {
        return ResourceBundle.getBundle("org.cmmm.report.control.report", locale).getString("report.size." + size);
    }

    /** A peer group's name from its pattern ({@code report.peers.inDivision}) and what it is about. */
    public static String peerName(Locale locale, String pattern, String about) {
        return new MessageFormat(ResourceBundle.getBundle("org.cmmm.report.control.report", locale).getString(pattern), locale)
                .format(new Object[] {about});
    }

    private byte[] write() throws IOException {
        try (PdfCanvas canvas = new PdfCanvas()) {
            cover(canvas);
            levels(canvas);
            capabilities(canvas);
            strengths(canvas);
            gap(canvas);
            history(canvas);
            peers(canvas);
            verification(canvas);
            return canvas.finish(text("report.title") + " · " + content.number(),
                    (page, pages) -> format("report.page", page, pages));
        }
    }

    private void cover(PdfCanvas canvas) throws IOException {
        canvas.heading(text("report.title"), 18);
        canvas.paragraph(text("report.subtitle"), 9, PdfCanvas.MUTED);
        canvas.gap(8);
        ReportContent.Enterprise enterprise = content.enterprise();
        canvas.table(new float[] {1, 3}, null, List.of(
                List.of(text("report.enterprise"), enterprise.name()),
                List.of(text("report.uscc"), enterprise.uscc()),
                List.of(text("report.region"), enterprise.region()),
                List.of(text("report.industry"), enterprise.industry()),
                List.of(text("report.size"), enterprise.size()),
                List.of(text("report.completedAt"), MINUTE.format(diagnosis.diagnosis().getCompletedAt())),
                List.of(text("report.modelVersion"), diagnosis.model().version()),
                List.of(text("report.number"), content.number())), 9.5f);
        canvas.heading(text("report.summary"), 13);
        canvas.paragraph(text("report.total") + "  " + diagnosis.totalDisplay() + "      " + text("report.level") + "  "
                + levelName(diagnosis.maturityLevel()), 14, PdfCanvas.INK);
        diagnosis.level().ifPresent(level -> paragraph(canvas, level.description().in(content.locale()), 9.5f));
    }

    private void levels(PdfCanvas canvas) throws IOException {
        canvas.heading(text("report.levels"), 13);
        List<List<String>> rows = new ArrayList<>();
        for (LevelScore level : diagnosis.levels()) {
            rows.add(List.of(levelName(level.level()), level.display(),
                    text(level.reached() ? "report.levels.yes" : "report.levels.no")));
        }
        canvas.table(new float[] {2, 1, 1}, List.of(text("report.levels.level"), text("report.levels.score"),
                text("report.levels.reached")), rows, 9.5f);
        canvas.gap(4);
        canvas.paragraph(format("report.threshold", diagnosis.model().threshold().toDisplay()), 8.5f, PdfCanvas.MUTED);
    }

    private void capabilities(PdfCanvas canvas) throws IOException {
        canvas.heading(text("report.capabilities"), 13);
        canvas.paragraph(text("report.capabilities.intro"), 8.5f, PdfCanvas.MUTED);
        canvas.gap(4);
        List<List<String>> rows = new ArrayList<>();
        for (Element element : diagnosis.model().elements()) {
            for (Domain domain : element.domains()) {
                for (SubDomain subDomain : domain.subDomains()) {
                    rows.add(List.of(name(element.name()), name(domain.name()), name(subDomain.name()),
                            capability(subDomain.code()).map(Ratio::toDisplay).orElse(text("report.capabilities.tailored"))));
                }
            }
        }
        canvas.table(new float[] {1.2f, 1.2f, 1.6f, 0.8f}, List.of(text("report.capabilities.element"),
                text("report.capabilities.domain"), text("report.capabilities.subDomain"), text("report.capabilities.score")),
                rows, 9);

        canvas.heading(text("report.radar"), 13);
        canvas.ensure(300);
        List<SubDomain> order = diagnosis.model().navigationOrder();
        List<RadarDrawing.Series> series = new ArrayList<>();
        series.add(new RadarDrawing.Series(content.enterprise().name(), order.stream()
                .map(subDomain -> capability(subDomain.code()).map(ratio -> ratio.toBigDecimal(4).doubleValue()).orElse(null))
                .toList(), SERIES.get(0)));
        content.peers().scopes().stream().findFirst().ifPresent(peer -> series.add(new RadarDrawing.Series(peer.scope(),
                peer.bySubDomain().stream().map(value -> value == null ? null : value.doubleValue()).toList(), SERIES.get(1))));
        RadarDrawing.draw(canvas, PdfCanvas.MARGIN + PdfCanvas.WIDTH / 2, canvas.y() - 140, 105,
                order.stream().map(subDomain -> name(subDomain.name())).toList(), series, 5);
        canvas.take(280);
        float x = PdfCanvas.MARGIN;
        for (RadarDrawing.Series each : series) {
            canvas.content().setNonStrokingColor(each.colour());
            canvas.content().addRect(x, canvas.y() + 1, 10, 6);
            canvas.content().fill();
            canvas.text(each.name(), x + 14, canvas.y(), 8, PdfCanvas.INK, false);
            x += 24 + canvas.width(each.name(), 8);
        }
        canvas.gap(14);

        canvas.heading(text("report.tailored"), 11);
        List<SubDomain> tailored = diagnosis.tailored();
        canvas.paragraph(tailored.isEmpty() ? text("report.tailored.none")
                : String.join("、", tailored.stream().map(subDomain -> name(subDomain.name())).toList()), 9.5f, PdfCanvas.INK);
    }

    private void strengths(PdfCanvas canvas) throws IOException {
        List<SubDomain> scored = diagnosis.model().navigationOrder().stream()
                .filter(subDomain -> capability(subDomain.code()).isPresent()).toList();
        Comparator<SubDomain> byScore = Comparator.comparing(subDomain -> capability(subDomain.code()).orElseThrow());
        canvas.heading(text("report.strengths"), 11);
        canvas.paragraph(listed(scored.stream().sorted(byScore.reversed()).limit(STRENGTHS_SHOWN).toList()), 9.5f, PdfCanvas.INK);
        canvas.heading(text("report.weaknesses"), 11);
        canvas.paragraph(listed(scored.stream().sorted(byScore).limit(STRENGTHS_SHOWN).toList()), 9.5f, PdfCanvas.INK);
    }

    private void gap(PdfCanvas canvas) throws IOException {
        canvas.heading(text("report.gap"), 13);
        Optional<LevelGap> gap = diagnosis.gap();
        if (gap.isEmpty()) {
            canvas.paragraph(text("report.gap.none"), 9.5f, PdfCanvas.INK);
            return;
        }
        canvas.paragraph(format("report.gap.intro", levelName(gap.get().level()), gap.get().score().toDisplay(),
                gap.get().shortfall().toDisplay()), 9.5f, PdfCanvas.INK);
        canvas.gap(4);
        List<List<String>> rows = new ArrayList<>();
        for (GapQuestion question : diagnosis.gapQuestions()) {
            var asked = diagnosis.question(question.questionId());
            rows.add(List.of(name(asked.text()) + "\n" + name(asked.explanation()), name(diagnosis.subDomain(question.subDomain()).name()),
                    diagnosis.answerOf(question.questionId()).map(option -> name(option.label())).orElse("–"),
                    question.gain().toDisplay()));
        }
        canvas.table(new float[] {4, 1.3f, 1, 0.8f}, List.of(text("report.gap.question"), text("report.capabilities.subDomain"),
                text("report.gap.answer"), text("report.gap.gain")), rows, 8.5f);
    }

    private void history(PdfCanvas canvas) throws IOException {
        canvas.heading(text("report.history"), 13);
        List<ReportContent.HistoryPoint> history = content.history();
        if (history.size() < 2) {
            canvas.paragraph(text("report.history.none"), 9.5f, PdfCanvas.INK);
        } else {
            canvas.ensure(130);
            HistoryDrawing.draw(canvas, PdfCanvas.MARGIN, canvas.y() - 110, PdfCanvas.WIDTH, 100,
                    history.stream().map(point -> DAY.format(point.completedAt())).toList(),
                    history.stream().map(point -> point.total().toBigDecimal(4).doubleValue()).toList());
            canvas.take(125);
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReportContent.HistoryPoint point : history) {
            rows.add(List.of(MINUTE.format(point.completedAt()), point.total().toDisplay(), levelName(point.maturityLevel())));
        }
        canvas.table(new float[] {2, 1, 2}, List.of(text("report.history.completedAt"), text("report.total"),
                text("report.level")), rows, 9);

        Optional<DiagnosisComparison> comparison = diagnosis.comparison();
        if (comparison.isPresent()) {
            canvas.heading(text("report.change"), 11);
            List<List<String>> changes = new ArrayList<>();
            comparison.get().subDomains().forEach(change -> changes.add(List.of(name(diagnosis.subDomain(change.subDomain()).name()),
                    change.previous().toDisplay(), change.current().toDisplay(), change.display())));
            canvas.table(new float[] {2, 1, 1, 1}, List.of(text("report.capabilities.subDomain"), text("report.change.previous"),
                    text("report.change.current"), text("report.change.change")), changes, 9);
        }
    }

    private void peers(PdfCanvas canvas) throws IOException {
        canvas.heading(text("report.peers"), 13);
        ReportContent.Peers peers = content.peers();
        if (peers.asOf() == null) {
            canvas.paragraph(text("report.peers.none"), 9.5f, PdfCanvas.INK);
            return;
        }
        canvas.paragraph(format("report.peers.intro", MINUTE.format(peers.asOf()), peers.minimumCell()), 8.5f, PdfCanvas.MUTED);
        canvas.gap(4);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(content.enterprise().name(), diagnosis.totalDisplay()));
        for (ReportContent.Peer peer : peers.scopes()) {
            rows.add(List.of(peer.scope(), peer.averageTotal() == null ? text("report.suppressed")
                    : peer.averageTotal().setScale(2, RoundingMode.HALF_UP).toPlainString()));
            // the sub-domain averages are in the radar (the first scope) and not repeated here
        }
        canvas.table(new float[] {3, 1}, List.of(text("report.peers.scope"), text("report.peers.average")), rows, 9.5f);
    }

    private void verification(PdfCanvas canvas) throws IOException {
        canvas.heading(text("report.verify"), 13);
        canvas.ensure(130);
        float top = canvas.y();
        QrDrawing.draw(canvas.content(), content.verificationUrl(), PdfCanvas.MARGIN + 8, top - 108, 100);
        float textX = PdfCanvas.MARGIN + 130;
        float line = top - 14;
        for (String each : Lines.wrap(text("report.verify.text"), PdfCanvas.WIDTH - 130, piece -> canvas.width(piece, 9.5f))) {
            canvas.text(each, textX, line, 9.5f, PdfCanvas.INK, false);
            line -= 14;
        }
        canvas.text(text("report.verify.code") + "  " + content.verificationCode(), textX, line - 6, 11, PdfCanvas.INK, true);
        canvas.text(content.verificationUrl(), textX, line - 24, 8.5f, PdfCanvas.ACCENT, false);
        canvas.take(120);
    }

    private Optional<Ratio> capability(String subDomain) {
        return diagnosis.explanation().capabilities().of(subDomain);
    }

    private String listed(List<SubDomain> subDomains) {
        return String.join("、", subDomains.stream().map(subDomain -> name(subDomain.name()) + " "
                + capability(subDomain.code()).orElseThrow().toDisplay()).toList());
    }

    private String levelName(int level) {
        return diagnosis.model().level(level).map(found -> name(found.name())).orElse(text("report.level.none"));
    }

    private void paragraph(PdfCanvas canvas, String text, float size) {
        try {
            canvas.paragraph(text, size, PdfCanvas.MUTED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String name(org.cmmm.model.control.LocalizedText text) {
        return text == null ? "" : text.in(content.locale());
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), content.locale()).format(arguments);
    }
}
