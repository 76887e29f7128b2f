package org.cmmm.report.control;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * A radar chart drawn with paths (no bitmap): a ring per point of the scale, a spoke and a label per axis, and each
 * series as a closed polygon, translucent so that the ones below stay visible. A missing value (a sub-domain the
 * enterprise tailored, a figure suppressed for too few enterprises) is drawn at the centre.
 */
public final class RadarDrawing {

    /** One polygon of the chart: its name (for the legend) and a value per axis, {@code null} where there is none. */
    public record Series(String name, List<Double> values, Color colour) {
    }

    private RadarDrawing() {
    }

    /** Draws the chart centred at (cx, cy) with the outer ring at {@code radius} = {@code max}, labels outside. */
    public static void draw(PdfCanvas canvas, float cx, float cy, float radius, List<String> labels, List<Series> series,
                            int max) throws IOException {
        PDPageContentStream content = canvas.content();
        int axes = labels.size();
        content.setStrokingColor(PdfCanvas.RULE);
        content.setLineWidth(0.5f);
        for (int ring = 1; ring <= max; ring++) {
            polygon(content, cx, cy, radius * ring / max, axes, null);
            content.stroke();
            // the scale between the first two spokes, clear of the first axis's label
            double between = angle(0, axes) - Math.PI / axes;
            float r = radius * ring / max;
            canvas.text(String.valueOf(ring), (float) (cx + r * Math.cos(between)) + 1, (float) (cy + r * Math.sin(between)) - 2,
                    6, PdfCanvas.MUTED, false);
        }
        for (int axis = 0; axis < axes; axis++) {
            content.setStrokingColor(PdfCanvas.RULE);
            content.setLineWidth(0.5f);
            content.moveTo(cx, cy);
            content.lineTo(x(cx, radius, axis, axes), y(cy, radius, axis, axes));
            content.stroke();
            label(canvas, labels.get(axis), cx, cy, radius + 6, axis, axes);
        }
        for (Series each : series) {
            double[] scaled = each.values().stream().mapToDouble(value -> value == null ? 0 : Math.min(value, max) / max).toArray();
            PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
            translucent.setNonStrokingAlphaConstant(0.18f);
            content.saveGraphicsState();
            content.setGraphicsStateParameters(translucent);
            content.setNonStrokingColor(each.colour());
            polygon(content, cx, cy, radius, axes, scaled);
            content.fill();
            content.restoreGraphicsState();
            content.setStrokingColor(each.colour());
            content.setLineWidth(1.2f);
            polygon(content, cx, cy, radius, axes, scaled);
            content.stroke();
        }
    }

    private static void polygon(PDPageContentStream content, float cx, float cy, float radius, int axes, double[] scale)
            throws IOException {
        for (int axis = 0; axis < axes; axis++) {
            float r = scale == null ? radius : (float) (radius * scale[axis]);
            if (axis == 0) {
                content.moveTo(x(cx, r, axis, axes), y(cy, r, axis, axes));
            } else {
                content.lineTo(x(cx, r, axis, axes), y(cy, r, axis, axes));
            }
        }
        content.closePath();
    }

    /** A label outside its spoke, set so that it grows away from the chart. */
    private static void label(PdfCanvas canvas, String text, float cx, float cy, float radius, int axis, int axes)
            throws IOException {
        float size = 7;
        float x = x(cx, radius, axis, axes);
        float y = y(cy, radius, axis, axes);
        double angle = angle(axis, axes);
        float width = canvas.width(text, size);
        float dx = Math.abs(Math.cos(angle)) < 0.2 ? -width / 2 : Math.cos(angle) < 0 ? -width : 0;
        float dy = Math.sin(angle) < -0.2 ? -size : Math.abs(Math.sin(angle)) <= 0.2 ? -size / 3 : 0;
        canvas.text(text, x + dx, y + dy, size, PdfCanvas.INK, false);
    }

    /** Axis 0 points up; the others follow clockwise. */
    private static double angle(int axis, int axes) {
        return Math.PI / 2 - 2 * Math.PI * axis / axes;
    }

    private static float x(float cx, float radius, int axis, int axes) {
        return (float) (cx + radius * Math.cos(angle(axis, axes)));
    }

    private static float y(float cy, float radius, int axis, int axes) {
        return (float) (cy + radius * Math.sin(angle(axis, axes)));
    }
}
