package org.cmmm.report.control;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The totals of an enterprise's completed diagnoses over time as a small line chart, drawn with paths: the 0–5 scale
 * with a rule per level, a point per diagnosis labelled with its total, its date below.
 */
public final class HistoryDrawing {

    private static final int SCALE = 5;

    private HistoryDrawing() {
    }

    /** Draws into the box with its lower left corner at (x, y); one point per label, in order. */
    public static void draw(PdfCanvas canvas, float x, float y, float width, float height, List<String> labels,
                            List<Double> totals) throws IOException {
        PDPageContentStream content = canvas.content();
        float left = x + 16;
        float bottom = y + 14;
        float plotWidth = width - 24;
        float plotHeight = height - 20;
        content.setLineWidth(0.5f);
        content.setStrokingColor(PdfCanvas.RULE);
        for (int level = 0; level <= SCALE; level++) {
            float ruleY = bottom + plotHeight * level / SCALE;
            content.moveTo(left, ruleY);
            content.lineTo(left + plotWidth, ruleY);
            content.stroke();
            canvas.text(String.valueOf(level), x + 4, ruleY - 2.5f, 7, PdfCanvas.MUTED, false);
        }
        int points = totals.size();
        float step = points == 1 ? 0 : plotWidth / (points - 1);
        float start = points == 1 ? left + plotWidth / 2 : left;
        content.setStrokingColor(PdfCanvas.ACCENT);
        content.setLineWidth(1.4f);
        for (int i = 0; i < points; i++) {
            float px = start + step * i;
            float py = bottom + (float) (plotHeight * Math.min(totals.get(i), SCALE) / SCALE);
            if (i == 0) {
                content.moveTo(px, py);
            } else {
                content.lineTo(px, py);
            }
        }
        content.stroke();
        for (int i = 0; i < points; i++) {
            float px = start + step * i;
            float py = bottom + (float) (plotHeight * Math.min(totals.get(i), SCALE) / SCALE);
            content.setNonStrokingColor(PdfCanvas.ACCENT);
            content.addRect(px - 2, py - 2, 4, 4);
            content.fill();
            String total = String.format(java.util.Locale.ROOT, "%.2f", totals.get(i));
            float labelX = Math.max(x, Math.min(px - canvas.width(total, 7) / 2, x + width - canvas.width(total, 7)));
            canvas.text(total, labelX, py + 4, 7, PdfCanvas.INK, false);
            String date = labels.get(i);
            float dateX = Math.max(x, Math.min(px - canvas.width(date, 7) / 2, x + width - canvas.width(date, 7)));
            canvas.text(date, dateX, y + 2, 7, PdfCanvas.MUTED, false);
        }
    }
}
