package org.cmmm.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A document of the report's parts, written and read back with PDFBox, as a reader's PDF viewer would see it. */
class PdfCanvasTest {

    private static final String URL = "https://cmmm.example.cn/verify/K7Q2M9XW4TP8RZ3A";
    private static byte[] pdf;

    @BeforeAll
    static void aDocumentWithHeadingsATableARadarAndAQrCode() throws Exception {
        try (PdfCanvas canvas = new PdfCanvas()) {
            canvas.heading("智能制造能力成熟度自诊断报告", 18);
            canvas.paragraph("企业名称：苏州精密机械有限公司 😀 Self-diagnosis report", 10, PdfCanvas.INK);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                rows.add(List.of("能力子域 " + i, String.format("%.2f", i / 20.0), i % 2 == 0 ? "已达到" : "未达到"));
            }
            canvas.table(new float[] {3, 1, 1}, List.of("能力子域", "得分", "是否达到"), rows, 9);
            canvas.newPage();
            canvas.heading("能力子域雷达图", 14);
            canvas.ensure(260);
            List<String> labels = IntStream.rangeClosed(1, 20).mapToObj(i -> "子域" + i).toList();
            List<Double> values = IntStream.rangeClosed(1, 20).mapToObj(i -> i % 5 == 0 ? null : i / 5.0).toList();
            RadarDrawing.draw(canvas, PdfCanvas.MARGIN + PdfCanvas.WIDTH / 2, canvas.y() - 130, 100, labels,
                    List.of(new RadarDrawing.Series("本企业", values, PdfCanvas.ACCENT)), 5);
            canvas.take(260);
            canvas.ensure(120);
            QrDrawing.draw(canvas.content(), URL, PdfCanvas.MARGIN + 12, canvas.y() - 112, 100);
            canvas.take(120);
            pdf = canvas.finish("智能制造能力成熟度自诊断报告 · 报告编号 R-1", (page, pages) -> page + " / " + pages);
        }
        // kept for a look (pdftoppm -png -r 80 target/report-parts.pdf target/report-parts)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-parts.pdf"), pdf);
    }

    @Test
    void theTextReadsBackWithPageNumbersAndACharacterTheFontLacksBecomesAQuestionMark() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).as("60 rows continue on a second page, the radar starts a third").isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("智能制造能力成熟度自诊断报告", "苏州精密机械有限公司 ? Self-diagnosis report", "能力子域 60",
                    "1 / " + pages, pages + " / " + pages, "子域20");
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(document)).as("the header row again on the page the table continues on").contains("是否达到");
        }
    }

    @Test
    void theOnlyFontIsTheReportFontEmbeddedAsASubset() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-Regular");
                    PDType0Font type0 = (PDType0Font) font;
                    assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2()).as("embedded TrueType").isNotNull();
                }
            }
        }
        assertThat(pdf.length).as("a subset, not the 10 MB font").isLessThan(300_000);
    }

    @Test
    void theRadarAndTheQrCodeAreVectorAndTheCodeReadsBack() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getResources().getXObjectNames()).as("no image on any page").isEmpty();
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
        }
    }

    @Test
    void printableKeepsWhatTheFontDrawsAndReplacesTheRest() {
        assertThat(ReportFont.printable("能力 Maturity，①㎡—“”")).isEqualTo("能力 Maturity，①㎡—“”");
        assertThat(ReportFont.printable("a\tb😀\uD840\uDC00")).isEqualTo("a?b??");
        assertThat(ReportFont.printable(null)).isEmpty();
    }
}
