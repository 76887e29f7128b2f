package org.cmmm.report.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font every report writes with: Noto Sans SC, shipped in {@code org/cmmm/report/fonts/} (see its README),
 * parsed once per JVM and embedded as a subset of the glyphs each report uses.
 *
 * <p>Parsing the 10 MB file costs about half a second, so it is done once and the parsed font is shared, read-only:
 * a PDFBox font object belongs to one document, but the parsed TrueType data may back many ({@link #in}). Glyph
 * substitution (GSUB) is switched off before any document uses it: PDFBox would otherwise run a substitution pass
 * in every text it shows, which doubled the time of a report, and horizontal Chinese and English need none.
 */
public final class ReportFont {

    private static final String FILE = "/org/cmmm/report/fonts/NotoSansSC-Regular.ttf";

    private static volatile TrueTypeFont parsed;

    private ReportFont() {
    }

    /** The font for one document, embedded as a subset when the document is saved. */
    public static PDType0Font in(PDDocument document) throws IOException {
        return PDType0Font.load(document, parsed(), true);
    }

    /**
     * The text with every character the font cannot draw replaced by '?': PDFBox refuses a whole text for one such
     * character (an emoji, a control character, a rare name character outside the font), and user input may hold any.
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        TrueTypeFont font = parsed();
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            try {
                boolean drawable = codePoint >= 0x20 && font.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
                printable.appendCodePoint(drawable ? codePoint : '?');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return printable.toString();
    }

    private static TrueTypeFont parsed() {
        TrueTypeFont font = parsed;
        if (font == null) {
            synchronized (ReportFont.class) {
                font = parsed;
                if (font == null) {
                    font = parse();
                    parsed = font;
                }
            }
        }
        return font;
    }

    private static TrueTypeFont parse() {
        try (InputStream file = ReportFont.class.getResourceAsStream(FILE)) {
            if (file == null) {
                throw new IllegalStateException("the report font is missing: " + FILE);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file.readAllBytes()));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
