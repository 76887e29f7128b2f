package org.cmmm.report.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as filled rectangles, one per run of dark modules in a row, so it stays sharp at any zoom and in
 * print. The caller leaves the quiet zone (4 modules of white) around it.
 */
public final class QrDrawing {

    private QrDrawing() {
    }

    /** Draws the code of {@code text} with its lower left corner at (x, y), {@code size} points wide. */
    public static void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + text, e);
        }
        float module = size / modules.getWidth();
        content.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < modules.getHeight(); row++) {
            int column = 0;
            while (column < modules.getWidth()) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules.getWidth() && modules.get(column, row)) {
                    column++;
                }
                // a hair taller than a module, so that no viewer shows seams between rows
                content.addRect(x + start * module, y + size - (row + 1) * module - 0.01f, (column - start) * module,
                        module + 0.02f);
            }
        }
        content.fill();
    }
}
