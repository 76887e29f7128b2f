package org.cmmm.report.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages written top to bottom: headings, wrapped paragraphs and tables that continue on a new page, and room
 * for drawings; at the end a header and "n / m" on every page. Everything is vector text and paths in the report
 * font; nothing is a bitmap.
 */
public final class PdfCanvas implements AutoCloseable {

    public static final PDRectangle PAGE = PDRectangle.A4;
    public static final float MARGIN = 50;
    public static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    public static final Color INK = new Color(0x1d, 0x29, 0x39);
    public static final Color MUTED = new Color(0x47, 0x54, 0x67);
    public static final Color ACCENT = new Color(0x0b, 0x4f, 0x9c);
    public static final Color RULE = new Color(0xd0, 0xd5, 0xdd);
    public static final Color ZEBRA = new Color(0xf5, 0xf8, 0xfc);

    private static final float TOP = PAGE.getHeight() - 64;
    private static final float BOTTOM = 56;
    private static final float LEADING = 1.45f;
    private static final float CELL_PADDING = 4;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;

    public PdfCanvas() throws IOException {
        font = ReportFont.in(document);
        newPage();
    }

    public PDPageContentStream content() {
        return content;
    }

    public PDType0Font font() {
        return font;
    }

    /** Where the next thing is written, from the bottom of the page. */
    public float y() {
        return y;
    }

    /** Takes {@code height} points of the page for a drawing the caller makes between {@link #y()} and below. */
    public void take(float height) {
        y -= height;
    }

    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Starts a new page unless {@code height} points are left on this one. */
    public void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    public void gap(float points) {
        y -= points;
    }

    /** The width of a text in points at a size. */
    public float width(String text, float size) {
        try {
            return font.getStringWidth(ReportFont.printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line at a place; {@code bold} strokes the outline as well, since the font has one weight. */
    public void text(String text, float x, float baseline, float size, Color colour, boolean bold) throws IOException {
        content.setNonStrokingColor(colour);
        if (bold) {
            content.setStrokingColor(colour);
            content.setLineWidth(size * 0.03f);
        }
        content.beginText();
        content.setFont(font, size);
        content.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        content.newLineAtOffset(x, baseline);
        content.showText(ReportFont.printable(text));
        content.endText();
    }

    public void heading(String text, float size) throws IOException {
        gap(size * 0.6f);
        paragraph(text, size, ACCENT, true);
        gap(size * 0.3f);
    }

    public void paragraph(String text, float size, Color colour) throws IOException {
        paragraph(text, size, colour, false);
    }

    private void paragraph(String text, float size, Color colour, boolean bold) throws IOException {
        for (String line : Lines.wrap(text, WIDTH, piece -> width(piece, size))) {
            ensure(size * LEADING);
            y -= size * LEADING;
            text(line, MARGIN, y + size * (LEADING - 1) / 2 + size * 0.2f, size, colour, bold);
        }
    }

    /**
     * A table across the text width: the header (if any) on a tinted row, again on each page the table continues on;
     * cells wrapped within their columns, rows striped.
     */
    public void table(float[] columnWidths, List<String> header, List<List<String>> rows, float size) throws IOException {
        float scale = WIDTH / sum(columnWidths);
        float[] widths = new float[columnWidths.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columnWidths[i] * scale;
        }
        if (header != null) {
            row(widths, header, size, ACCENT, true, ZEBRA);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> cells = wrapped(widths, rows.get(r), size);
            if (y - height(cells, size) < BOTTOM) {
                newPage();
                if (header != null) {
                    row(widths, header, size, ACCENT, true, ZEBRA);
                }
            }
            drawRow(widths, cells, size, INK, false, r % 2 == 1 ? ZEBRA : null);
        }
    }

    private void row(float[] widths, List<String> texts, float size, Color colour, boolean bold, Color fill) throws IOException {
        List<List<String>> cells = wrapped(widths, texts, size);
        ensure(height(cells, size));
        drawRow(widths, cells, size, colour, bold, fill);
    }

    private void drawRow(float[] widths, List<List<String>> cells, float size, Color colour, boolean bold, Color fill)
            throws IOException {
        float height = height(cells, size);
        float top = y;
        if (fill != null) {
            content.setNonStrokingColor(fill);
            content.addRect(MARGIN, top - height, WIDTH, height);
            content.fill();
        }
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            float baseline = top - CELL_PADDING - size;
            for (String line : cells.get(c)) {
                text(line, x + CELL_PADDING, baseline, size, colour, bold);
                baseline -= size * LEADING;
            }
            x += widths[c];
        }
        content.setStrokingColor(RULE);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, top - height);
        content.lineTo(MARGIN + WIDTH, top - height);
        content.stroke();
        y = top - height;
    }

    private List<List<String>> wrapped(float[] widths, List<String> texts, float size) {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < texts.size() ? texts.get(c) : "";
            cells.add(Lines.wrap(text, widths[c] - 2 * CELL_PADDING, piece -> width(piece, size)));
        }
        return cells;
    }

    private static float height(List<List<String>> cells, float size) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return 2 * CELL_PADDING + size + (lines - 1) * size * LEADING + size * 0.25f;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }

    /**
     * Writes the header on every page and the footer {@code footer(page, pages)} (e.g. "3 / 7"), then the document:
     * the font subset is made here, once.
     */
    public byte[] finish(String header, BiFunction<Integer, Integer, String> footer) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int n = 1; n <= pages; n++) {
            PDPage page = document.getPage(n - 1);
            try (PDPageContentStream frame = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                content = frame;
                text(header, MARGIN, PAGE.getHeight() - 36, 8, MUTED, false);
                frame.setStrokingColor(RULE);
                frame.setLineWidth(0.5f);
                frame.moveTo(MARGIN, PAGE.getHeight() - 42);
                frame.lineTo(MARGIN + WIDTH, PAGE.getHeight() - 42);
                frame.stroke();
                String number = footer.apply(n, pages);
                text(number, MARGIN + WIDTH - width(number, 8), 30, 8, MUTED, false);
            }
        }
        content = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
        document.save(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
